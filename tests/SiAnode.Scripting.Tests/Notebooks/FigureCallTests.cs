using SiAnode.Scripting.Notebooks.Figures;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Notebooks;

/// <summary>The one-call-per-figure functions, run directly on the repository's data (what the notebooks display).</summary>
public class FigureCallTests
{
    private static ReportedNumbers Paper => ReportedNumbers.Load(Path.Combine(TestPaths.Data, "reported", "liu2025-reported-numbers.csv"));

    [Fact]
    public void Fig4h_recovers_the_reported_b_values_and_capacitive_share()
    {
        // The synthetic CVs were calibrated to b = 0.64, 0.34, 0.37 and 83.4 % (VoltammetryDataset); with 0.5 % noise the
        // pipeline must return b within 0.01 and the share within 0.5 percentage points.
        var r = Fig4hVoltammetry.Reproduce(Paper, Path.Combine(TestPaths.Data, "synthetic", "voltammetry"));
        foreach (var row in r.Comparison.Rows.Where(x => x.Quantity == "b-value")) Assert.Equal(row.Paper!.Value, row.Ours, 0.01);
        Assert.Equal(83.4, r.Comparison.Rows.Single(x => x.Quantity == "capacitive fraction").Ours, 0.5);
        Assert.All(r.Dunn.Currents, c => Assert.True(c[0] > 0, "the anodic branch must not start on the cathodic turning point"));
        Assert.All(r.Comparison.Rows, x => Assert.Equal(DataKind.Synthetic, x.Data));
    }

    [Fact]
    public void FigS15f_rows_are_reported_data_with_the_implied_voltages()
    {
        var r = FigS15f.Reproduce(Paper);
        Assert.Equal(0.7568, r.Comparison.Rows.Single(x => x.Quantity.Contains("2.33", StringComparison.Ordinal) && x.Sample.Contains("5 A/g", StringComparison.Ordinal)).Ours, 4);
        Assert.Equal("S15f", r.Figure.Id);
        Assert.Equal(DataKind.Reported, r.Figure.Data);
    }
}

/// <summary>The validation notebook's calls.</summary>
public class ValidationCallTests
{
    [Fact]
    public void Nist_table_from_start_2_meets_the_parameter_bar_on_every_set()
    {
        // issue 3: from start 2 every certified parameter of every set to >= 6 significant digits (data/samples/nist-strd).
        var t = SiAnode.Scripting.Fitting.Nist.NistValidation.Run(Path.Combine(TestPaths.Data, "samples", "nist-strd"), 2);
        Assert.Equal(27, t.RowCount);
        Assert.All(t["min digits, parameters"].Numbers!, d => Assert.True(d >= 6, $"{d} digits"));
        Assert.DoesNotContain("more rows", t.ToHtml());
    }

    [Fact]
    public void The_demo_fit_covers_the_true_parameters()
    {
        var r = SiAnode.Scripting.Notebooks.Validation.FittingDemo.Run(7);
        Assert.All(r.Truth["(fitted - true)/error"].Numbers!, z => Assert.True(Math.Abs(z) < 4, $"{z} standard errors"));
        Assert.InRange(r.Fit.ReducedChiSquare, 0.0025 * 0.8, 0.0025 * 1.2); // noise σ = 0.05 → χ²_red ≈ σ² = 0.0025
    }
}
