using System.Globalization;
using SiAnode.Scripting.Display;
using SiAnode.Scripting.Formats.Isotherms;
using SiAnode.Scripting.Porosity;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Notebooks.Figures;

/// <summary>
/// One sample's N₂ isotherm run through the porosity pipeline as Figs. 1j and S12 use it: BET on the automatically chosen Rouquerol
/// range, the single-point total pore volume at p/p₀ = 0.99 and BJH on the desorption branch above the N₂ cavitation closure.
/// </summary>
/// <param name="Sample">Sample name (the file's Sample ID, else its file name).</param>
/// <param name="Isotherm">The loaded isotherm.</param>
/// <param name="Bet">BET with the automatic range (ISO 9277, Rouquerol criteria).</param>
/// <param name="PoreVolume">Total pore volume at <see cref="PorositySample.PoreVolumeRelativePressure"/>.</param>
/// <param name="Bjh">BJH distribution.</param>
/// <param name="Data">Which kind of data the file is.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record PorositySampleResult(string Sample, Isotherm Isotherm, BetResult Bet, TotalPoreVolumeResult PoreVolume, BjhResult Bjh, DataKind Data)
    : IHtmlRenderable
{
    /// <summary>dV/dlog₁₀D of each BJH step, ln 10·D·dV/dD (cm³/g).</summary>
    public IReadOnlyList<double> DvDlogD => Bjh.DvDdCm3PerGramPerNanometre.Select((v, i) => Math.Log(10) * Bjh.PoreDiameterNanometres[i] * v).ToArray();

    /// <summary>Diameter at the maximum of dV/dlog D (nm), the "dominant pore size" of a dV/dlog D plot.</summary>
    public double DominantPoreDiameterNanometres
    {
        get
        {
            var d = DvDlogD;
            int k = 0;
            for (int i = 1; i < d.Count; i++) if (d[i] > d[k]) k = i;
            return Bjh.PoreDiameterNanometres[k];
        }
    }

    /// <inheritdoc />
    public string ToHtml() => HtmlTable.KeyValue(string.Create(CultureInfo.InvariantCulture, $"{Sample}: N2 isotherm ({Data.ToCsv()} data)"),
    [
        ("BET area", Bet.AreaSquareMetresPerGram, "m²/g"),
        ("BET C", Bet.C, ""),
        ("BET range p/p0 from", Bet.LowerRelativePressure, ""),
        ("BET range p/p0 to", Bet.UpperRelativePressure, ""),
        ("total pore volume at p/p0 = 0.99", PoreVolume.VolumeCm3PerGram, "cm³/g"),
        ("BJH cumulative volume", Bjh.TotalVolumeCm3PerGram, "cm³/g"),
        ("dominant pore size (dV/dlog D peak)", DominantPoreDiameterNanometres, "nm"),
    ]);
}

/// <summary>Runs <see cref="PorositySampleResult"/> on files and folders.</summary>
public static class PorositySample
{
    /// <summary>p/p₀ of the single-point total pore volume (0.99).</summary>
    public const double PoreVolumeRelativePressure = 0.99;

    /// <summary>Lowest p/p₀ of the BJH desorption analysis (0.45, above the N₂ cavitation closure at about 0.42).</summary>
    public const double BjhLowerRelativePressure = 0.45;

    /// <summary>The paper's samples in its order; other names follow alphabetically.</summary>
    public static IReadOnlyList<string> PaperOrder { get; } = ["mSi", "mSi@C", "p-mSi@SiOx/C", "p-mSi@SiOx/C-3", "p-mSi@SiOx/C-5", "p-mSi@SiOx/C-7"];

    /// <summary>Loads one isotherm file (any format <see cref="IsothermFile"/> reads) and runs the pipeline.</summary>
    /// <param name="path">The file.</param>
    /// <param name="sample">Sample name; the file's Sample ID (or file name) when null.</param>
    /// <param name="data">Kind of data; synthetic when the file says SYNTHETIC, else real.</param>
    /// <param name="betOptions">Options of the automatic BET range search.</param>
    public static PorositySampleResult Analyze(string path, string? sample = null, DataKind? data = null, BetOptions? betOptions = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var iso = IsothermFile.Load(path);
        sample ??= iso.Metadata.TryGetValue("material", out var m) && m.Length > 0 ? m : Path.GetFileNameWithoutExtension(path);
        data ??= File.ReadAllText(path).Contains("SYNTHETIC", StringComparison.Ordinal) ? DataKind.Synthetic : DataKind.Real;
        return Analyze(iso, sample, data.Value, betOptions);
    }

    /// <summary>Runs the pipeline on an isotherm already loaded.</summary>
    public static PorositySampleResult Analyze(Isotherm isotherm, string sample, DataKind data, BetOptions? betOptions = null)
    {
        ArgumentNullException.ThrowIfNull(isotherm);
        var bet = Bet.Automatic(isotherm, betOptions);
        var vp = PoreVolume.Total(isotherm, PoreVolumeRelativePressure);
        var bjh = Bjh.Compute(isotherm, isotherm.HasDesorption ? IsothermBranch.Desorption : IsothermBranch.Adsorption,
            lowerRelativePressure: BjhLowerRelativePressure);
        return new PorositySampleResult(sample, isotherm, bet, vp, bjh, data);
    }

    /// <summary>Every isotherm file in <paramref name="directory"/> (files whose format is recognised), in the paper's sample order.</summary>
    public static IReadOnlyList<PorositySampleResult> AnalyzeFolder(string directory, BetOptions? betOptions = null)
    {
        var files = Directory.GetFiles(directory).Order(StringComparer.Ordinal)
            .Where(f => IsothermFile.Detect(File.ReadAllBytes(f)) != IsothermFileFormat.Unknown).ToList();
        if (files.Count == 0) throw new FileNotFoundException($"no isotherm files in {directory}");
        return files.Select(f => Analyze(f, betOptions: betOptions)).OrderBy(r => Rank(r.Sample)).ThenBy(r => r.Sample, StringComparer.Ordinal).ToList();
    }

    /// <summary>A table of the pipeline's numbers for each sample, with units.</summary>
    public static ColumnTable Table(IReadOnlyList<PorositySampleResult> results, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new ColumnTable(
        [
            TableColumn.Of("sample", results.Select(r => r.Sample).ToList()),
            TableColumn.Of("BET area", "m2/g", results.Select(r => r.Bet.AreaSquareMetresPerGram).ToList()),
            TableColumn.Of("BET standard error", "m2/g", results.Select(r => r.Bet.AreaStandardErrorSquareMetresPerGram).ToList()),
            TableColumn.Of("BET C", "", results.Select(r => r.Bet.C).ToList()),
            TableColumn.Of("BET p/p0 from", "", results.Select(r => r.Bet.LowerRelativePressure).ToList()),
            TableColumn.Of("BET p/p0 to", "", results.Select(r => r.Bet.UpperRelativePressure).ToList()),
            TableColumn.Of("BET points", "", results.Select(r => (double)r.Bet.PointCount).ToList()),
            TableColumn.Of("total pore volume (p/p0 0.99)", "cm3/g", results.Select(r => r.PoreVolume.VolumeCm3PerGram).ToList()),
            TableColumn.Of("BJH cumulative volume", "cm3/g", results.Select(r => r.Bjh.TotalVolumeCm3PerGram).ToList()),
            TableColumn.Of("dominant pore size (BJH dV/dlogD)", "nm", results.Select(r => r.DominantPoreDiameterNanometres).ToList()),
            TableColumn.Of("data", results.Select(r => r.Data.ToCsv()).ToList()),
        ], title ?? "N2 77 K: BET, total pore volume and BJH");
    }

    /// <summary>The paper's value of <paramref name="quantity"/> for <paramref name="sample"/>, or null when not reported.</summary>
    public static ReportedNumber? Reported(ReportedNumbers paper, string quantity, string sample)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return paper.WithQuantity(quantity).FirstOrDefault(r => string.Equals(r.Sample, sample, StringComparison.OrdinalIgnoreCase));
    }

    private static int Rank(string sample)
    {
        for (int i = 0; i < PaperOrder.Count; i++) if (string.Equals(PaperOrder[i], sample, StringComparison.OrdinalIgnoreCase)) return i;
        return PaperOrder.Count;
    }
}
