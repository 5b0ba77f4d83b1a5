using System.Globalization;
using Plotly.NET;
using Plotly.NET.CSharp;
using SiAnode.Scripting.Formats.Potentiostats;
using SiAnode.Scripting.Kinetics;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Synthetic;
using SiAnode.Scripting.Tabular;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SiAnode.Scripting.Notebooks.Figures;

/// <summary>The CVs of one sample at every scan rate, with its anodic peaks and b-value.</summary>
/// <param name="Sample">Sample name.</param>
/// <param name="ScanRatesMillivoltsPerSecond">Scan rates.</param>
/// <param name="Potentials">Vf of each file (V).</param>
/// <param name="Currents">Im of each file (A).</param>
/// <param name="AnodicPeaks">The anodic peak of each file.</param>
/// <param name="B">The b-value fit.</param>
public sealed record SampleVoltammetry(string Sample, IReadOnlyList<double> ScanRatesMillivoltsPerSecond, IReadOnlyList<double[]> Potentials,
    IReadOnlyList<double[]> Currents, IReadOnlyList<VoltammetricPeak> AnodicPeaks, BValueResult B);

/// <summary>Figs. 4h–j reproduced.</summary>
/// <param name="Samples">Per-sample CVs, peaks and b-values.</param>
/// <param name="Dunn">Dunn's split of p-mSi@SiOx/C's anodic sweeps.</param>
/// <param name="BTable">b-values with confidence intervals.</param>
/// <param name="FractionTable">Capacitive share against scan rate.</param>
/// <param name="BPlot">Fig. 4h: log i_p against log v.</param>
/// <param name="DunnPlot">Fig. 4i: the 1 mV/s CV with its surface-capacitive part.</param>
/// <param name="FractionPlot">Fig. 4j: capacitive share against scan rate.</param>
/// <param name="Comparison">Rows for results.csv.</param>
public sealed record Fig4hResult(IReadOnlyList<SampleVoltammetry> Samples, DunnResult Dunn, ColumnTable BTable, ColumnTable FractionTable,
    PaperFigure BPlot, PaperFigure DunnPlot, PaperFigure FractionPlot, ComparisonTable Comparison);

/// <summary>
/// Figs. 4h–j and S22 of Liu et al. (2025): b-values from the anodic (dealloying) peak currents at 0.2–1.0 mV/s and Dunn's split
/// of p-mSi@SiOx/C into surface-capacitive and diffusion-controlled currents. The measured CVs are not published; this runs on
/// SYNTHETIC Gamry files (<see cref="VoltammetryDataset"/>).
/// </summary>
public static class Fig4hVoltammetry
{
    /// <summary>Potential window searched for the anodic peak (V).</summary>
    public const double PeakWindowLowVolts = 0.3, PeakWindowHighVolts = 0.7;

    /// <summary>Loads the CV files of <paramref name="directory"/>, finds peaks, fits b, splits by Dunn and compares.</summary>
    public static Fig4hResult Reproduce(ReportedNumbers paper, string directory)
    {
        var samples = new List<SampleVoltammetry>();
        foreach (var (sample, stem) in VoltammetryDataset.Samples)
        {
            var rates = VoltammetryDataset.ScanRatesMillivoltsPerSecond;
            var potentials = new List<double[]>();
            var currents = new List<double[]>();
            var peaks = new List<VoltammetricPeak>();
            foreach (double rate in rates)
            {
                var curve = GamryFile.Load(Path.Combine(directory, VoltammetryDataset.FileName(stem, rate))).Table("CURVE1");
                var e = curve.Column("Vf");
                var i = curve.Column("Im");
                potentials.Add(e);
                currents.Add(i);
                peaks.Add(VoltammetricPeaks.Find(e, i, PeakWindowLowVolts, PeakWindowHighVolts).First(p => p.Anodic));
            }
            samples.Add(new SampleVoltammetry(sample, rates, potentials, currents, peaks, BValue.Fit(rates, peaks.Select(p => p.Current).ToArray())));
        }

        var target = samples.Single(s => s.Sample == "p-mSi@SiOx/C");
        var (grid, anodic) = AnodicBranches(target);
        var dunn = Dunn.Split(grid, target.ScanRatesMillivoltsPerSecond, anodic);

        var bTable = new ColumnTable(
        [
            TableColumn.Of("sample", samples.Select(s => s.Sample).ToList()),
            TableColumn.Of("b", "", samples.Select(s => s.B.B).ToList()),
            TableColumn.Of("standard error", "", samples.Select(s => s.B.StandardError).ToList()),
            TableColumn.Of("95% CI low", "", samples.Select(s => s.B.ConfidenceLow).ToList()),
            TableColumn.Of("95% CI high", "", samples.Select(s => s.B.ConfidenceHigh).ToList()),
            TableColumn.Of("interpretable (0.5 <= b <= 1)", samples.Select(s => s.B.Interpretable ? "yes" : "no").ToList()),
        ], "b-values of the anodic peak, log i_p = log a + b log v (0.2-1.0 mV/s)");

        var rows = new List<ComparisonRow>();
        foreach (var s in samples)
            rows.Add(ComparisonRow.Against(paper.Get("b-value", s.Sample), "4h", s.B.B, DataKind.Synthetic,
                string.Create(CultureInfo.InvariantCulture, $"log-log fit of anodic peak currents, 95% CI [{s.B.ConfidenceLow:0.000}, {s.B.ConfidenceHigh:0.000}]")));
        rows.Add(ComparisonRow.Against(paper.Get("capacitive fraction", "p-mSi@SiOx/C"), "4j", 100 * dunn.CapacitiveFraction(1.0), DataKind.Synthetic,
            "Dunn split of the anodic sweeps at 0.2-1.0 mV/s, share at 1 mV/s"));

        return new Fig4hResult(samples, dunn, bTable, dunn.FractionTable("mV/s"), BPlot(samples), DunnPlot(dunn, grid), FractionPlot(dunn), new ComparisonTable(rows));
    }

    /// <summary>The positive-going sweep of each file on the first file's potential grid (linear interpolation).</summary>
    public static (double[] Grid, IReadOnlyList<double[]> Currents) AnodicBranches(SampleVoltammetry s)
    {
        (double[] E, double[] I) Branch(double[] e, double[] i)
        {
            // the positive-going sweep starts just after the lowest potential (the turning point still carries the cathodic current)
            int low = Math.Min(Array.IndexOf(e, e.Min()) + 1, e.Length - 2);
            return (e[low..], i[low..]);
        }
        var (grid, _) = Branch(s.Potentials[0], s.Currents[0]);
        var list = new List<double[]>();
        for (int r = 0; r < s.Potentials.Count; r++)
        {
            var (e, i) = Branch(s.Potentials[r], s.Currents[r]);
            list.Add(grid.Select(g => Interpolate(e, i, g)).ToArray());
        }
        return (grid, list);
    }

    private static double Interpolate(double[] x, double[] y, double at)
    {
        int k = Array.BinarySearch(x, at);
        if (k >= 0) return y[k];
        k = ~k;
        if (k <= 0) return y[0];
        if (k >= x.Length) return y[^1];
        double t = (at - x[k - 1]) / (x[k] - x[k - 1]);
        return y[k - 1] + t * (y[k] - y[k - 1]);
    }

    private const string SyntheticNote = "SYNTHETIC Gamry CVs written by VoltammetryDataset: capacitive background plus a dealloying peak whose scan-rate law was calibrated to the reported values.";

    private static PaperFigure BPlot(IReadOnlyList<SampleVoltammetry> samples)
    {
        var charts = new List<GenericChart>();
        foreach (var s in samples)
        {
            var lx = s.ScanRatesMillivoltsPerSecond.Select(Math.Log10).ToArray();
            charts.Add(CSharpChart.Point<double, double, string>(x: lx, y: s.AnodicPeaks.Select(p => Math.Log10(Math.Abs(p.Current) * 1e3)),
                Name: $"{s.Sample} (synthetic)"));
            charts.Add(CSharpChart.Line<double, double, string>(x: lx, y: lx.Select(x => Math.Log10(s.B.A * 1e3) + s.B.B * x),
                Name: string.Create(CultureInfo.InvariantCulture, $"{s.Sample}: b = {s.B.B:0.00} ± {s.B.StandardError:0.00}")));
        }
        var chart = CSharpChart.Combine(charts)
            .WithXAxisStyle<double, double, string>(TitleText: "log₁₀ v (v in mV/s)")
            .WithYAxisStyle<double, double, string>(TitleText: "log₁₀ i_p (i_p in mA)")
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal, X: 0.0, Y: -0.2, YAnchor: StyleParam.YAnchorPosition.Top)
            .WithSize(Width: 900, Height: 600);
        return new PaperFigure("4h", "b-values from the anodic peak currents", DataKind.Synthetic, chart,
            SyntheticNote + " Lines: least squares of log i_p on log v. b below 0.5 (mSi, mSi@C, as reported) lies outside the diffusion/capacitive model.");
    }

    private static PaperFigure DunnPlot(DunnResult dunn, double[] grid)
    {
        int r = dunn.ScanRates.Count - 1;
        var chart = CSharpChart.Combine(new[]
        {
            CSharpChart.Line<double, double, string>(x: grid, y: dunn.Currents[r].Select(i => i * 1e3), Name: "measured (synthetic), 1 mV/s"),
            CSharpChart.Line<double, double, string>(x: grid, y: dunn.CapacitiveCurrent(dunn.ScanRates[r]).Select(i => i * 1e3),
                Name: string.Create(CultureInfo.InvariantCulture, $"surface-capacitive k_cap·v ({100 * dunn.CapacitiveFraction(dunn.ScanRates[r]):0.0} %)"),
                Fill: StyleParam.Fill.ToZero_y),
        })
            .WithXAxisStyle<double, double, string>(TitleText: "potential (V vs Li/Li⁺)")
            .WithYAxisStyle<double, double, string>(TitleText: "current (mA)")
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal, X: 0.0, Y: -0.2, YAnchor: StyleParam.YAnchorPosition.Top)
            .WithSize(Width: 900, Height: 560);
        return new PaperFigure("4i", "p-mSi@SiOx/C at 1 mV/s: surface-capacitive part (Dunn)", DataKind.Synthetic, chart,
            SyntheticNote + " Shaded: k_cap(V)·v from i/v^½ = k_cap·v^½ + k_diff fitted at each potential over the five scan rates (the paper's k₁/k₂ labels are swapped; named terms here).");
    }

    private static PaperFigure FractionPlot(DunnResult dunn)
    {
        var chart = CSharpChart.Column<double, string, string>(values: dunn.ScanRates.Select(v => 100 * dunn.CapacitiveFraction(v)),
                Keys: dunn.ScanRates.Select(v => v.ToString("0.0", CultureInfo.InvariantCulture) + " mV/s").ToArray(), Name: "surface-capacitive share")
            .WithXAxisStyle<double, double, string>(TitleText: "scan rate")
            .WithYAxisStyle<double, double, string>(TitleText: "capacitive share (%)")
            .WithSize(Width: 800, Height: 500);
        return new PaperFigure("4j", "p-mSi@SiOx/C: capacitive share against scan rate", DataKind.Synthetic, chart, SyntheticNote);
    }
}
