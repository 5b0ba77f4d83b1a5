using System.Globalization;
using System.Text.RegularExpressions;
using Plotly.NET;
using SiAnode.Scripting.Energy;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Tabular;
using Plotly.NET.CSharp;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SiAnode.Scripting.Notebooks.Figures;

/// <summary>Everything Fig. S15f / Table S3 reproduces: tables, the figure and the numbers for results.csv.</summary>
/// <param name="Design">The cell design of Eq. 2.</param>
/// <param name="DensityGramsPerCm3">Density used for Q⁻ = ρ·Q_g.</param>
/// <param name="Implied">The average delithiation voltages implied by the reported energy densities (both conventions).</param>
/// <param name="Polarization">V̄⁻(I) through the implied voltages of the chosen convention.</param>
/// <param name="RateTable">U_R of p-mSi@SiOx/C at every reported current density.</param>
/// <param name="Graphite">The graphite reference computed by Eq. 2.</param>
/// <param name="Figure">The figure.</param>
/// <param name="Comparison">Rows for results.csv.</param>
public sealed record FigS15fResult(
    StackCellDesign Design,
    double DensityGramsPerCm3,
    ColumnTable Implied,
    LinearPolarization Polarization,
    ColumnTable RateTable,
    StackEnergyDensityResult Graphite,
    PaperFigure Figure,
    ComparisonTable Comparison);

/// <summary>
/// Fig. S15f / Table S3 of Liu et al. (2025): stack energy density U_R (Eq. 2, Obrovac's stack model) against current density.
/// Table S3 (the average delithiation voltages) is not available, so the voltages are implied by inverting Eq. 2 at the
/// reported (capacity, U_R) pairs, and interpolated by a linear polarisation line; analysis.md §B explains the conventions.
/// </summary>
public static partial class FigS15f
{
    /// <summary>The sample the paper reports at several current densities.</summary>
    public const string Sample = "p-mSi@SiOx/C";

    /// <summary>Density of crystalline Si (g/cm³), the likeliest basis of the paper's Q⁻ (analysis.md §B).</summary>
    public const double SiliconDensityGramsPerCm3 = 2.33;

    /// <summary>Runs the whole figure from the reported numbers.</summary>
    /// <param name="paper">The paper's reported numbers (data/reported/liu2025-reported-numbers.csv).</param>
    /// <param name="design">Cell design; Eq. 2's LiCoO₂ design when null.</param>
    /// <param name="convention">How Q⁻ is formed from Q_g; the unlithiated Q_g·ρ by default.</param>
    /// <param name="densityGramsPerCm3">ρ for Q⁻; 2.33 g/cm³ by default.</param>
    public static FigS15fResult Reproduce(ReportedNumbers paper, StackCellDesign? design = null,
        CapacityConvention convention = CapacityConvention.Unlithiated, double densityGramsPerCm3 = SiliconDensityGramsPerCm3)
    {
        design ??= StackCellDesign.Obrovac2007LiCoO2;
        var rates = paper.WithQuantity("reversible capacity")
            .Where(r => string.Equals(r.Sample, Sample, StringComparison.OrdinalIgnoreCase))
            .Select(r => (Row: r, I: CurrentDensity(r.Condition)))
            .Where(x => x.I is not null)
            .Select(x => (I: x.I!.Value, Q: x.Row.RequireValue()))
            .OrderBy(x => x.I).ToList();
        var reportedU = paper.WithQuantity("stack energy density")
            .Select(r => (Row: r, I: CurrentDensity(r.Condition)))
            .Where(x => x.I is not null).ToList();

        double Qv(CapacityConvention c, double qg) => VolumetricCapacity.From(c, qg, densityGramsPerCm3);
        double CapacityAt(double i) => rates.Where(x => x.I == i).Select(x => x.Q).DefaultIfEmpty(double.NaN).First();

        // Implied voltages for the sample at every current density with both a capacity and a reported U_R.
        var impliedRows = new List<(double I, double Qg, CapacityConvention C, double Qv, double U, double V, double UMax)>();
        foreach (var (row, i) in reportedU.Where(x => string.Equals(x.Row.Sample, Sample, StringComparison.OrdinalIgnoreCase)))
        {
            double qg = CapacityAt(i!.Value);
            if (double.IsNaN(qg)) continue;
            foreach (var c in new[] { CapacityConvention.Unlithiated, CapacityConvention.Lithiated })
            {
                double qv = Qv(c, qg);
                impliedRows.Add((i.Value, qg, c, qv, row.RequireValue(),
                    StackEnergyDensity.ImpliedAverageDelithiationVoltage(qv, row.RequireValue(), design), StackEnergyDensity.MaximumWhPerL(qv, design)));
            }
        }
        var implied = new ColumnTable(
        [
            TableColumn.Of("current density", "A/g", impliedRows.Select(r => r.I).ToList()),
            TableColumn.Of("convention", impliedRows.Select(r => r.C == CapacityConvention.Unlithiated ? $"unlithiated, Q_g x {densityGramsPerCm3.ToString(CultureInfo.InvariantCulture)} g/cm3" : "lithiated (Obrovac), v_Li = 9 cm3/mol").ToList()),
            TableColumn.Of("Q_g reported", "mAh/g", impliedRows.Select(r => r.Qg).ToList()),
            TableColumn.Of("Q- anode", "Ah/L", impliedRows.Select(r => r.Qv).ToList()),
            TableColumn.Of("U_R reported", "Wh/L", impliedRows.Select(r => r.U).ToList()),
            TableColumn.Of("U_R at V- = 0", "Wh/L", impliedRows.Select(r => r.UMax).ToList()),
            TableColumn.Of("V- implied", "V", impliedRows.Select(r => r.V).ToList()),
        ], $"Average delithiation voltages implied by Eq. 2 for {Sample} (Table S3 is not available)");

        var chosen = impliedRows.Where(r => r.C == convention).Select(r => (r.I, r.V)).ToList();
        var polarization = LinearPolarization.Fit(chosen);

        var modelled = rates.Select(x =>
        {
            double qv = Qv(convention, x.Q);
            double v = polarization.VoltageAt(x.I);
            var rep = reportedU.FirstOrDefault(r => string.Equals(r.Row.Sample, Sample, StringComparison.OrdinalIgnoreCase) && r.I == x.I);
            return (x.I, x.Q, Qv: qv, V: v, U: StackEnergyDensity.WhPerL(qv, v, design), Paper: rep.Row?.Value ?? double.NaN,
                Basis: chosen.Any(c => c.I == x.I) ? "implied by the reported U_R" : "linear polarisation model");
        }).ToList();
        var rateTable = new ColumnTable(
        [
            TableColumn.Of("current density", "A/g", modelled.Select(r => r.I).ToList()),
            TableColumn.Of("Q_g reported", "mAh/g", modelled.Select(r => r.Q).ToList()),
            TableColumn.Of("Q-", "Ah/L", modelled.Select(r => r.Qv).ToList()),
            TableColumn.Of("V-", "V", modelled.Select(r => r.V).ToList()),
            TableColumn.Of("V- from", modelled.Select(r => r.Basis).ToList()),
            TableColumn.Of("U_R Eq. 2", "Wh/L", modelled.Select(r => r.U).ToList()),
            TableColumn.Of("U_R paper", "Wh/L", modelled.Select(r => r.Paper).ToList()),
        ], $"Stack energy density of {Sample} against current density");

        var graphite = StackEnergyDensity.GraphiteReference(design);
        var figure = BuildFigure(modelled.Select(m => (m.I, m.U)).ToList(), reportedU, graphite, polarization, convention, densityGramsPerCm3);
        var comparison = BuildComparison(paper, impliedRows.Select(r => (r.I, r.C, r.Qv, r.V)).ToList(), polarization, graphite, convention);
        return new FigS15fResult(design, densityGramsPerCm3, implied, polarization, rateTable, graphite, figure, comparison);
    }

    private static PaperFigure BuildFigure(List<(double I, double U)> modelled,
        List<(ReportedNumber Row, double? I)> reportedU, StackEnergyDensityResult graphite, LinearPolarization polarization,
        CapacityConvention convention, double density)
    {
        var charts = new List<GenericChart>
        {
            CSharpChart.Line<double, double, string>(
                x: modelled.Select(m => m.I), y: modelled.Select(m => m.U), ShowMarkers: true,
                Name: $"{Sample}: Eq. 2, V̄⁻(I) linear through the implied points (model)", LineDash: StyleParam.DrawingStyle.Dash),
        };
        foreach (var group in reportedU.Where(r => r.I is not null).GroupBy(r => r.Row.Sample))
        {
            charts.Add(CSharpChart.Point<double, double, string>(
                x: group.Select(g => g.I!.Value), y: group.Select(g => g.Row.RequireValue()),
                Name: $"{group.Key}: reported U_R", MarkerSymbol: StyleParam.MarkerSymbol.Diamond));
        }
        double xMin = Math.Min(0.2, modelled.Min(m => m.I)), xMax = Math.Max(8, modelled.Max(m => m.I));
        charts.Add(CSharpChart.Line<double, double, string>(
            x: [xMin, xMax], y: [graphite.EnergyDensityWhPerL, graphite.EnergyDensityWhPerL],
            Name: $"graphite reference: Eq. 2 with Q⁻ = {graphite.AnodeVolumetricCapacityAhPerL:0.#} Ah/L, V̄⁻ = {graphite.AnodeAverageDelithiationVoltage} V",
            LineDash: StyleParam.DrawingStyle.Dot));
        var chart = CSharpChart.Combine(charts)
            .WithXAxisStyle<double, double, string>(TitleText: "current density (A/g)", AxisType: StyleParam.AxisType.Log)
            .WithYAxisStyle<double, double, string>(TitleText: "stack energy density U_R (Wh/L)")
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal, X: 0.0, Y: -0.22, YAnchor: StyleParam.YAnchorPosition.Top)
            .WithSize(Width: 900, Height: 600);
        string conv = convention == CapacityConvention.Unlithiated
            ? $"Q⁻ = Q_g × {density.ToString(CultureInfo.InvariantCulture)} g/cm³ (unlithiated material)"
            : "Q⁻ in Obrovac's lithiated-volume convention";
        return new PaperFigure("S15f", "Stack energy density against current density (Eq. 2)", DataKind.Reported, chart,
            $"Markers: energy densities reported in the text. Dashed line: Eq. 2 from the reported capacities of {Sample} with {conv} " +
            $"and V̄⁻(I) = {polarization.InterceptVolts:0.000} V + {polarization.SlopeVoltsPerAmpPerGram:0.0000} V/(A/g) × I, a line through the voltages " +
            "implied by the reported U_R at 5 and 8 A/g (Table S3 is not available, so between and below those points it is a model, not data). " +
            "Dotted: the graphite reference, reconstructed (analysis.md §B). mSi and mSi@C capacities at 5 A/g are not reported, so only their U_R is shown.");
    }

    private static ComparisonTable BuildComparison(ReportedNumbers paper, List<(double I, CapacityConvention C, double Qv, double V)> implied,
        LinearPolarization polarization, StackEnergyDensityResult graphite, CapacityConvention convention)
    {
        var rows = new List<ComparisonRow>
        {
            ComparisonRow.Against(paper.Get("stack energy density", "graphite"), "S15f", graphite.EnergyDensityWhPerL, DataKind.Reported,
                $"Eq. 2 with Q⁻ = 372 mAh/g x 1.4 g/cm3 = {graphite.AnodeVolumetricCapacityAhPerL:0.#} Ah/L and V̄⁻ = {graphite.AnodeAverageDelithiationVoltage} V (assumed inputs, analysis.md §B)"),
        };
        foreach (var (i, c, qv, v) in implied)
        {
            string conv = c == CapacityConvention.Unlithiated ? "Q- = 2.33 g/cm3 x Q_g" : "Q- lithiated (Obrovac)";
            rows.Add(new ComparisonRow("S15f", $"implied average delithiation voltage ({conv})", $"{Sample}, {i.ToString(CultureInfo.InvariantCulture)} A/g",
                "V", null, v, DataKind.Reported, $"inverse of Eq. 2 at the reported U_R and capacity; Q- = {qv:0.#} Ah/L"));
        }
        rows.Add(new ComparisonRow("S15f", "extrapolated average delithiation voltage at zero current", Sample, "V", null, polarization.InterceptVolts,
            DataKind.Reported, $"linear polarisation line through the implied voltages ({convention.ToString().ToLowerInvariant()} convention)"));
        return new ComparisonTable(rows);
    }

    /// <summary>The current density in A/g at the start of a condition such as "5 A/g Eq2" or "0.2 A/g"; null for others ("back to 1 A/g", "theoretical").</summary>
    public static double? CurrentDensity(string condition)
    {
        var m = LeadingCurrent().Match(condition);
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?) A/g\b")]
    private static partial Regex LeadingCurrent();
}
