using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Notebooks.Figures;

/// <summary>Everything Fig. 1j reproduces: the two samples' analyses, a table, the figure and the numbers for results.csv.</summary>
/// <param name="Samples">mSi@C and p-mSi@SiOx/C through the pipeline.</param>
/// <param name="Table">BET, pore volume and BJH numbers with units.</param>
/// <param name="Figure">The N₂ isotherms with the BET areas.</param>
/// <param name="Comparison">Rows for results.csv.</param>
public sealed record Fig1jResult(IReadOnlyList<PorositySampleResult> Samples, ColumnTable Table, PaperFigure Figure, ComparisonTable Comparison);

/// <summary>
/// Fig. 1j of Liu et al. (2025): N₂ (77 K) isotherms and BET surface areas of mSi@C (44.99 m²/g) and p-mSi@SiOx/C (68.29 m²/g).
/// The paper's isotherms are not published: by default the call runs on the synthetic files of data/synthetic/porosity.
/// </summary>
public static class Fig1j
{
    /// <summary>The samples of Fig. 1j.</summary>
    public static IReadOnlyList<string> SampleNames { get; } = ["mSi@C", "p-mSi@SiOx/C"];

    /// <summary>Loads every isotherm in <paramref name="directory"/>, keeps the Fig. 1j samples and runs BET, pore volume and BJH.</summary>
    /// <param name="paper">The paper's reported numbers.</param>
    /// <param name="directory">Folder of isotherm files whose Sample IDs are the paper's sample names.</param>
    public static Fig1jResult Reproduce(ReportedNumbers paper, string directory = "../data/synthetic/porosity")
        => Reproduce(paper, PorositySample.AnalyzeFolder(directory));

    /// <summary>Builds the figure from samples already analysed (e.g. your own files through <see cref="PorositySample.Analyze(string, string?, DataKind?, Porosity.BetOptions?)"/>).</summary>
    public static Fig1jResult Reproduce(ReportedNumbers paper, IReadOnlyList<PorositySampleResult> samples)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(samples);
        var chosen = samples.Where(s => SampleNames.Contains(s.Sample, StringComparer.OrdinalIgnoreCase)).ToList();
        if (chosen.Count == 0) chosen = samples.ToList(); // someone else's samples: show them all
        var data = chosen.Select(s => s.Data).Distinct().Count() == 1 ? chosen[0].Data : DataKind.Synthetic;
        var figure = new PaperFigure("1j", "N₂ adsorption–desorption isotherms and BET surface areas", data, PorosityCharts.Isotherms(chosen),
            (data == DataKind.Synthetic
                ? "The isotherms are SYNTHETIC: written by the project's seeded generator (PorosityDataset) from the reported BET areas and pore volumes with a " +
                  "GAB-film plus Kelvin-condensation model of log-normal cylindrical pores, then read back through the Quantachrome loader. "
                : "") +
            "Filled markers: adsorption; open markers: desorption. The BET areas in the legend come from the library's BET analysis (ISO 9277, range " +
            "chosen automatically by the four Rouquerol criteria, σ(N₂) = 0.162 nm²) at run time.");
        var rows = chosen.Select(s =>
        {
            var rep = PorositySample.Reported(paper, "BET surface area", s.Sample);
            string note = FormattableString.Invariant($"BET, automatic Rouquerol range p/p0 {s.Bet.LowerRelativePressure:0.###}-{s.Bet.UpperRelativePressure:0.###} ({s.Bet.PointCount} points), C = {s.Bet.C:0}");
            return rep is not null
                ? ComparisonRow.Against(rep, "1j", s.Bet.AreaSquareMetresPerGram, s.Data, note)
                : new ComparisonRow("1j", "BET surface area", s.Sample, "m2/g", null, s.Bet.AreaSquareMetresPerGram, s.Data, note + "; not reported");
        }).ToList();
        return new Fig1jResult(chosen, PorositySample.Table(chosen, "Fig. 1j: N2 77 K, BET"), figure, new ComparisonTable(rows));
    }
}
