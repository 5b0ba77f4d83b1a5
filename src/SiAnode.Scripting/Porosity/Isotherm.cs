using System.Globalization;
using SiAnode.Scripting.Display;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Porosity;

/// <summary>
/// A gas adsorption isotherm: the adsorbate, the temperature, and points of relative pressure p/p₀ and amount adsorbed in
/// cm³(STP)/g (IUPAC STP, 273.15 K and 101.325 kPa; 1 mmol = 22.414 cm³ STP), each on the adsorption or desorption branch.
/// Loaders in <c>SiAnode.Scripting.Formats.Isotherms</c> build it; the analyses (<see cref="Bet"/>, <see cref="TPlot"/>,
/// <see cref="Bjh"/>, <see cref="PoreVolume"/>) read it.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class Isotherm : IHtmlRenderable
{
    /// <summary>Creates an isotherm; throws <see cref="ArgumentException"/> for a negative or non-finite pressure or amount.</summary>
    /// <param name="adsorbate">The adsorptive.</param>
    /// <param name="points">The points in measurement order.</param>
    /// <param name="temperatureKelvin">Measurement temperature (K), null when the file does not say.</param>
    /// <param name="sampleMassGrams">Mass of the degassed sample (g), null when unknown.</param>
    /// <param name="metadata">Other header fields as text (operator, instrument, sample name...).</param>
    /// <param name="source">File path or description.</param>
    /// <param name="sourceTable">The file's own columns with their units, as read.</param>
    public Isotherm(Adsorbate adsorbate, IReadOnlyList<IsothermPoint> points, double? temperatureKelvin = null, double? sampleMassGrams = null,
        IReadOnlyDictionary<string, string>? metadata = null, string? source = null, ColumnTable? sourceTable = null)
    {
        Adsorbate = adsorbate ?? throw new ArgumentNullException(nameof(adsorbate));
        ArgumentNullException.ThrowIfNull(points);
        for (int i = 0; i < points.Count; i++)
        {
            var p = points[i];
            if (!double.IsFinite(p.RelativePressure) || p.RelativePressure < 0)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"point {i}: relative pressure {p.RelativePressure} must be finite and >= 0"), nameof(points));
            if (!double.IsFinite(p.AmountCm3StpPerGram))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"point {i}: amount {p.AmountCm3StpPerGram} must be finite"), nameof(points));
        }
        Points = points.ToArray();
        TemperatureKelvin = temperatureKelvin;
        SampleMassGrams = sampleMassGrams;
        Metadata = metadata ?? new Dictionary<string, string>();
        Source = source ?? "isotherm";
        SourceTable = sourceTable;
    }

    /// <summary>Creates an isotherm from relative pressures and amounts (cm³ STP/g); branches are inferred by <see cref="InferBranches"/>.</summary>
    public static Isotherm FromRelative(Adsorbate adsorbate, IReadOnlyList<double> relativePressure, IReadOnlyList<double> amountCm3StpPerGram,
        double? temperatureKelvin = null, string? source = null)
    {
        if (relativePressure.Count != amountCm3StpPerGram.Count)
            throw new ArgumentException($"{relativePressure.Count} pressures but {amountCm3StpPerGram.Count} amounts", nameof(amountCm3StpPerGram));
        var branches = InferBranches(relativePressure);
        return new Isotherm(adsorbate, relativePressure.Select((p, i) => new IsothermPoint(p, amountCm3StpPerGram[i], branches[i])).ToArray(),
            temperatureKelvin, source: source);
    }

    /// <summary>
    /// Branches of points given in measurement order without flags: everything up to and including the (first) highest pressure
    /// is adsorption, everything after it desorption (the convention of pyGAPS and of instrument exports).
    /// </summary>
    public static IsothermBranch[] InferBranches(IReadOnlyList<double> pressures)
    {
        int top = 0;
        for (int i = 1; i < pressures.Count; i++) if (pressures[i] > pressures[top]) top = i;
        return pressures.Select((_, i) => i <= top ? IsothermBranch.Adsorption : IsothermBranch.Desorption).ToArray();
    }

    /// <summary>The adsorptive.</summary>
    public Adsorbate Adsorbate { get; }

    /// <summary>All points in measurement order.</summary>
    public IReadOnlyList<IsothermPoint> Points { get; }

    /// <summary>Measurement temperature (K), null when unknown.</summary>
    public double? TemperatureKelvin { get; }

    /// <summary>Sample mass (g), null when unknown.</summary>
    public double? SampleMassGrams { get; }

    /// <summary>Header fields of the file (operator, instrument, sample...), as text.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>File path or description.</summary>
    public string Source { get; }

    /// <summary>The file's columns with their original units, as read; null when the isotherm was not loaded from a file.</summary>
    public ColumnTable? SourceTable { get; }

    /// <summary>Whether the isotherm has desorption points.</summary>
    public bool HasDesorption => Points.Any(p => p.Branch == IsothermBranch.Desorption);

    /// <summary>
    /// The points of one branch sorted by increasing relative pressure (stable: equal pressures keep measurement order), as
    /// parallel arrays of p/p₀ and cm³(STP)/g.
    /// </summary>
    public (double[] RelativePressure, double[] AmountCm3StpPerGram) GetBranch(IsothermBranch branch)
    {
        var pts = Points.Where(p => p.Branch == branch).OrderBy(p => p.RelativePressure).ToArray();
        return (pts.Select(p => p.RelativePressure).ToArray(), pts.Select(p => p.AmountCm3StpPerGram).ToArray());
    }

    /// <summary>The normalised points as a table: p/p0, amount (cm3(STP)/g), amount (mmol/g), branch, and p and p0 (kPa) where known.</summary>
    public ColumnTable ToTable()
    {
        var cols = new List<TableColumn>
        {
            TableColumn.Of("p/p0", "", Points.Select(p => p.RelativePressure).ToArray()),
            TableColumn.Of("amount adsorbed", "cm3(STP)/g", Points.Select(p => p.AmountCm3StpPerGram).ToArray()),
            TableColumn.Of("amount adsorbed", "mmol/g", Points.Select(p => AdsorptionConstants.MillimolesFromCm3Stp(p.AmountCm3StpPerGram)).ToArray()),
            TableColumn.Of("branch", Points.Select(p => p.Branch == IsothermBranch.Adsorption ? "ads" : "des").ToArray()),
        };
        if (Points.Any(p => p.PressureKilopascals is not null))
            cols.Add(TableColumn.Of("p", "kPa", Points.Select(p => p.PressureKilopascals ?? double.NaN).ToArray()));
        if (Points.Any(p => p.SaturationPressureKilopascals is not null))
            cols.Add(TableColumn.Of("p0", "kPa", Points.Select(p => p.SaturationPressureKilopascals ?? double.NaN).ToArray()));
        return new ColumnTable(cols, $"{Adsorbate.Name} isotherm ({Source})");
    }

    /// <inheritdoc />
    public string ToHtml() => ToTable().ToHtml();

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Adsorbate.Name} isotherm, {Points.Count} points ({Points.Count(p => p.Branch == IsothermBranch.Adsorption)} ads), T = {(TemperatureKelvin is { } t ? t.ToString("0.###", CultureInfo.InvariantCulture) + " K" : "unknown")}, {Source}");
}
