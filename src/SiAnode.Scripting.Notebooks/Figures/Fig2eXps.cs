using System.Globalization;
using Plotly.NET;
using Plotly.NET.CSharp;
using SiAnode.Scripting.Fitting;
using SiAnode.Scripting.Fitting.Backgrounds;
using SiAnode.Scripting.Formats.Xps;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Synthetic;
using SiAnode.Scripting.Tabular;
using SiAnode.Scripting.Xps;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SiAnode.Scripting.Notebooks.Figures;

/// <summary>Fig. 2e reproduced: the Si 2p fit, its table, the figure and results rows.</summary>
/// <param name="Block">The loaded VAMAS block.</param>
/// <param name="BindingEnergyElectronVolts">Binding energies of the points (eV).</param>
/// <param name="Background">The iterative Shirley background (counts).</param>
/// <param name="Model">The peak model (four 2p doublets).</param>
/// <param name="Fit">The fit to the background-subtracted counts.</param>
/// <param name="Table">Fitted 2p3/2 positions, FWHM and area fractions with standard errors.</param>
/// <param name="Figure">Fig. 2e: data, background, components and envelope.</param>
/// <param name="Comparison">Rows for results.csv.</param>
public sealed record Fig2eResult(VamasBlock Block, double[] BindingEnergyElectronVolts, double[] Background, XpsPeakModel Model, FitResult Fit,
    ColumnTable Table, PaperFigure Figure, ComparisonTable Comparison);

/// <summary>
/// Fig. 2e of Liu et al. (2025): Si 2p XPS of p-mSi@SiOx/C with Si–O (103.6 eV), LixSiOy (101.5), Si–O–C (100.0) and Si⁰ (99.4)
/// components. The spectrum is not published, so this runs on the SYNTHETIC VAMAS file of <see cref="XpsDataset"/>:
/// VAMAS loader → iterative Shirley background → four GL(30) 2p doublets (0.61 eV, 2:1, tied) by Levenberg–Marquardt.
/// </summary>
public static class Fig2eXps
{
    /// <summary>Start offset (eV) added to the reported positions, so the fit has to find them.</summary>
    public const double StartOffsetElectronVolts = 0.2;

    /// <summary>Loads <paramref name="path"/>, subtracts a Shirley background, fits the four doublets and compares.</summary>
    /// <param name="paper">The reported numbers.</param>
    /// <param name="path">The VAMAS file (data/synthetic/xps/p-mSi-SiOx-C_Si2p.vms).</param>
    public static Fig2eResult Reproduce(ReportedNumbers paper, string path)
    {
        var block = VamasReader.Read(path).Blocks[0];
        var be = block.BindingEnergyElectronVolts();
        var y = block.Intensity.ToArray();
        var bg = ShirleyBackground.Compute(be, y);
        var net = y.Select((v, i) => v - bg[i]).ToArray();
        double total = net.Sum() * Math.Abs(be[1] - be[0]);
        var model = new XpsPeakModel();
        var p = new ParameterSet();
        foreach (var (q, label, _) in XpsDataset.Components)
            model.AddDoublet(p, label, total / 4 / 1.5, paper.Get(q, XpsDataset.Sample).RequireValue() + StartOffsetElectronVolts, 1.0);
        // Poisson weights: σ² = counts (data plus background)
        var weights = y.Select(v => 1 / Math.Sqrt(Math.Max(v, 1))).ToArray();
        var fit = SiAnode.Scripting.Fitting.Fit.Model(model, p, be, net, weights);

        var rows = new List<ComparisonRow>();
        var names = new List<string>(); var pos = new List<double>(); var posErr = new List<double>();
        var fwhm = new List<double>(); var frac = new List<double>(); var fracErr = new List<double>();
        for (int c = 0; c < model.Components.Count; c++)
        {
            int k = model.Components[c].Peaks[0];
            var (q, label, _) = XpsDataset.Components[c];
            var f = fit.Derive(model.FractionExpression(c));
            names.Add(label); pos.Add(fit[$"c{k}"].Value); posErr.Add(fit[$"c{k}"].StandardError);
            fwhm.Add(fit[$"w{k}"].Value); frac.Add(100 * f.Value); fracErr.Add(100 * f.StandardError);
            rows.Add(ComparisonRow.Against(paper.Get(q, XpsDataset.Sample), "2e", fit[$"c{k}"].Value, DataKind.Synthetic,
                string.Create(CultureInfo.InvariantCulture, $"Si 2p3/2 of a GL(30) doublet fit after a Shirley background, synthetic VAMAS file; +/- {fit[$"c{k}"].StandardError:0.###} eV")));
        }
        var table = new ColumnTable(
        [
            TableColumn.Of("component", names),
            TableColumn.Of("Si 2p3/2", "eV", pos),
            TableColumn.Of("+/- Si 2p3/2", "eV", posErr),
            TableColumn.Of("FWHM", "eV", fwhm),
            TableColumn.Of("area fraction", "%", frac),
            TableColumn.Of("+/- area fraction", "%", fracErr),
        ], string.Create(CultureInfo.InvariantCulture, $"Si 2p: four 2p doublets (0.61 eV, 2:1) on a Shirley background; reduced chi2 {fit.ReducedChiSquare:0.00}"));
        return new Fig2eResult(block, be, bg, model, fit, table, Figure(be, y, bg, model, fit), new ComparisonTable(rows));
    }

    private static PaperFigure Figure(double[] be, double[] y, double[] bg, XpsPeakModel model, FitResult fit)
    {
        var v = model.ParameterNames.Select(n => fit[n].Value).ToArray();
        var charts = new List<GenericChart>
        {
            CSharpChart.Point<double, double, string>(x: be, y: y, Name: "Si 2p (synthetic data)"),
            CSharpChart.Line<double, double, string>(x: be, y: bg, Name: "Shirley background"),
        };
        foreach (var (name, peaks) in model.Components)
        {
            var comp = be.Select((e, i) => bg[i] + peaks.Sum(k => model.Peak(k - 1, e, v[3 * (k - 1)], v[3 * (k - 1) + 1], v[3 * (k - 1) + 2]))).ToArray();
            charts.Add(CSharpChart.Line<double, double, string>(x: be, y: comp,
                Name: string.Create(CultureInfo.InvariantCulture, $"{name} {fit[$"c{peaks[0]}"].Value:0.00} eV")));
        }
        charts.Add(CSharpChart.Line<double, double, string>(x: be, y: be.Select((e, i) => bg[i] + model.Evaluate([e], v)), Name: "envelope"));
        var chart = CSharpChart.Combine(charts)
            .WithXAxisStyle<double, double, string>(TitleText: "Binding energy (eV)", MinMax: Tuple.Create(be.Max(), be.Min())) // binding energy decreasing to the right
            .WithYAxisStyle<double, double, string>(TitleText: "Intensity (counts)")
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal, X: 0.0, Y: -0.2, YAnchor: StyleParam.YAnchorPosition.Top)
            .WithSize(Width: 900, Height: 620);
        return new PaperFigure("2e", "Si 2p XPS of p-mSi@SiOx/C: Si–O, LixSiOy, Si–O–C and Si⁰ doublets", DataKind.Synthetic, chart,
            "Markers: SYNTHETIC VAMAS spectrum written by XpsDataset from the reported component energies (areas, widths, background assumed; Poisson noise). " +
            "Lines: iterative Shirley background and four GL(30) Si 2p doublets (2p1/2 at +0.61 eV, half area, tied) fitted by Levenberg–Marquardt with Poisson weights.");
    }
}
