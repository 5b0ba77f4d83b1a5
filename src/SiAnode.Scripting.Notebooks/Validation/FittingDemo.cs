using System.Globalization;
using Plotly.NET;
using Plotly.NET.CSharp;
using SiAnode.Scripting.Fitting;
using SiAnode.Scripting.Synthetic;
using SiAnode.Scripting.Tabular;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SiAnode.Scripting.Notebooks.Validation;

/// <summary>A fit of a seeded synthetic spectrum, with the true parameters beside the fitted ones.</summary>
/// <param name="X">Abscissa.</param>
/// <param name="Y">SYNTHETIC intensities (three pseudo-Voigt peaks on a linear baseline plus seeded Gaussian noise).</param>
/// <param name="Fit">The fit with standard errors.</param>
/// <param name="Truth">True parameters vs fitted, with the deviation in standard errors.</param>
/// <param name="Chart">Data, fit and residuals.</param>
public sealed record FittingDemoResult(double[] X, double[] Y, FitResult Fit, ColumnTable Truth, GenericChart Chart);

/// <summary>Fitting-engine demonstration for the validation notebook: a known spectrum, fitted, with uncertainties that cover the truth.</summary>
public static class FittingDemo
{
    /// <summary>The model fitted (the library's expression syntax).</summary>
    public const string Model = "pseudovoigt(x, a1, c1, w1, e1) + pseudovoigt(x, a2, c2, w2, e2) + pseudovoigt(x, a3, c3, w3, e3) + b0 + b1*x";

    private static readonly (string Name, double Value, double Start)[] Parameters =
    [
        ("a1", 50, 40), ("c1", 30, 29), ("w1", 4, 5), ("e1", 0.3, 0.5),
        ("a2", 80, 70), ("c2", 50, 51), ("w2", 6, 5), ("e2", 0.5, 0.5),
        ("a3", 30, 25), ("c3", 70, 69.5), ("w3", 3, 4), ("e3", 0.2, 0.5),
        ("b0", 2, 1), ("b1", 0.01, 0),
    ];

    /// <summary>Generates the spectrum (1001 points, noise σ = 0.05, seeded) and fits it.</summary>
    public static FittingDemoResult Run(int seed = 7)
    {
        var x = Enumerable.Range(0, 1001).Select(i => 0.1 * i).ToArray();
        var model = new ExpressionModel(Model);
        var trueValues = model.ParameterNames.Select(n => Parameters.Single(p => p.Name == n).Value).ToArray();
        var noise = new SeededNoise(seed);
        var y = x.Select(xi => model.Evaluate([xi], trueValues) + 0.05 * noise.Gaussian()).ToArray();
        var start = new ParameterSet();
        foreach (var (n, _, s) in Parameters) start.Add(n, s, n.StartsWith('e') ? 0 : double.NegativeInfinity, n.StartsWith('e') ? 1 : double.PositiveInfinity);
        var fit = Fitting.Fit.Curve(x, y, Model, start);
        var rows = Parameters.Select(p => (p.Name, p.Value, Fitted: fit.Parameters.Single(q => q.Name == p.Name))).ToList();
        var table = new ColumnTable(
        [
            TableColumn.Of("parameter", rows.Select(r => r.Name).ToList()),
            TableColumn.Of("true", "", rows.Select(r => r.Value).ToList()),
            TableColumn.Of("fitted", "", rows.Select(r => r.Fitted.Value).ToList()),
            TableColumn.Of("standard error", "", rows.Select(r => r.Fitted.StandardError).ToList()),
            TableColumn.Of("(fitted - true)/error", "", rows.Select(r => (r.Fitted.Value - r.Value) / r.Fitted.StandardError).ToList()),
        ], "SYNTHETIC spectrum: true parameters and the fit's estimates with standard errors");
        var chart = CSharpChart.Combine(new[]
        {
            CSharpChart.Point<double, double, string>(x: x, y: y, Name: "synthetic data (seeded noise)"),
            CSharpChart.Line<double, double, string>(x: x, y: fit.BestFit, Name: string.Create(CultureInfo.InvariantCulture, $"fit (reduced χ² {fit.ReducedChiSquare:0.000})")),
            CSharpChart.Line<double, double, string>(x: x, y: y.Zip(fit.BestFit, (a, b) => a - b - 1), Name: "residual − 1"),
        })
            .WithXAxisStyle<double, double, string>(TitleText: "x (arbitrary units)")
            .WithYAxisStyle<double, double, string>(TitleText: "intensity (arbitrary units)")
            .WithSize(Width: 900, Height: 500);
        return new FittingDemoResult(x, y, fit, table, chart);
    }
}
