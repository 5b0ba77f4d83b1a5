using Plotly.NET;
using Plotly.NET.CSharp;
using SiAnode.Scripting.Porosity;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SiAnode.Scripting.Notebooks.Figures;

/// <summary>The charts of Figs. 1j and S12, built from <see cref="PorositySampleResult"/>s (one colour per sample).</summary>
internal static class PorosityCharts
{
    private static readonly string[] Palette = ["#7f7f7f", "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b"];

    private static readonly StyleParam.MarkerSymbol OpenCircle = StyleParam.MarkerSymbol.NewModified(StyleParam.MarkerSymbol.Circle, StyleParam.SymbolStyle.Open);

    private static Color ColorOf(int i) => Color.fromString(Palette[i % Palette.Length]);

    /// <summary>The colour of a sample: by its place in the paper's order, so that a sample keeps its colour in every figure.</summary>
    private static Color ColorOf(IReadOnlyList<PorositySampleResult> results, int i)
    {
        int k = -1;
        for (int j = 0; j < PorositySample.PaperOrder.Count; j++)
            if (string.Equals(PorositySample.PaperOrder[j], results[i].Sample, StringComparison.OrdinalIgnoreCase)) k = j;
        return ColorOf(k >= 0 ? k : PorositySample.PaperOrder.Count + i);
    }

    private static GenericChart Layout(GenericChart chart, string xTitle, string yTitle, bool logX = false) => chart
        .WithXAxisStyle<double, double, string>(TitleText: xTitle, AxisType: logX ? StyleParam.AxisType.Log : StyleParam.AxisType.Linear)
        .WithYAxisStyle<double, double, string>(TitleText: yTitle)
        .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal, X: 0.0, Y: -0.2, YAnchor: StyleParam.YAnchorPosition.Top)
        .WithSize(Width: 900, Height: 600);

    /// <summary>Isotherms: adsorption as filled markers and a solid line, desorption as open markers and a dashed line.</summary>
    public static GenericChart Isotherms(IReadOnlyList<PorositySampleResult> results)
    {
        var charts = new List<GenericChart>();
        for (int i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var (pa, na) = r.Isotherm.GetBranch(IsothermBranch.Adsorption);
            var (pd, nd) = r.Isotherm.GetBranch(IsothermBranch.Desorption);
            charts.Add(CSharpChart.Line<double, double, string>(x: pa, y: na, ShowMarkers: true,
                Name: FormattableString.Invariant($"{r.Sample} adsorption (BET {r.Bet.AreaSquareMetresPerGram:0.00} m²/g)"),
                MarkerColor: ColorOf(results, i), LineColor: ColorOf(results, i), MarkerSymbol: StyleParam.MarkerSymbol.Circle));
            if (pd.Length > 0)
                charts.Add(CSharpChart.Line<double, double, string>(x: pd, y: nd, ShowMarkers: true, Name: $"{r.Sample} desorption",
                    MarkerColor: ColorOf(results, i), LineColor: ColorOf(results, i), MarkerSymbol: OpenCircle, LineDash: StyleParam.DrawingStyle.Dash));
        }
        return Layout(CSharpChart.Combine(charts), "relative pressure p/p₀", "N₂ adsorbed (cm³ STP/g)");
    }

    /// <summary>BET plots: (p/p₀)/[n(1 − p/p₀)] against p/p₀ up to 0.35, with the fitted line over each automatically chosen range.</summary>
    public static GenericChart BetPlots(IReadOnlyList<PorositySampleResult> results)
    {
        var charts = new List<GenericChart>();
        for (int i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var (p, n) = r.Isotherm.GetBranch(IsothermBranch.Adsorption);
            var keep = Enumerable.Range(0, p.Length).Where(k => p[k] > 0 && p[k] <= 0.35 && n[k] > 0).ToArray();
            charts.Add(CSharpChart.Point<double, double, string>(x: keep.Select(k => p[k]), y: keep.Select(k => p[k] / (n[k] * (1 - p[k]))),
                Name: $"{r.Sample}: BET transform", MarkerColor: ColorOf(results, i), MarkerSymbol: OpenCircle));
            double lo = r.Bet.LowerRelativePressure, hi = r.Bet.UpperRelativePressure;
            charts.Add(CSharpChart.Line<double, double, string>(x: [lo, hi], y: [r.Bet.Intercept + r.Bet.Slope * lo, r.Bet.Intercept + r.Bet.Slope * hi],
                Name: FormattableString.Invariant($"{r.Sample}: fit p/p₀ {lo:0.###}–{hi:0.###}, C = {r.Bet.C:0}, {r.Bet.AreaSquareMetresPerGram:0.00} m²/g"),
                LineColor: ColorOf(results, i), LineWidth: 3));
        }
        return Layout(CSharpChart.Combine(charts), "relative pressure p/p₀", "(p/p₀)/[n(1 − p/p₀)] (g/cm³ STP)");
    }

    /// <summary>BJH dV/dlog D against pore diameter (log axis), with the paper's 5–8 nm band as dotted lines.</summary>
    public static GenericChart PoreSizeDistributions(IReadOnlyList<PorositySampleResult> results, (double Low, double High)? band)
    {
        var charts = new List<GenericChart>();
        double yMax = 0;
        for (int i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var y = r.DvDlogD;
            yMax = Math.Max(yMax, y.Max());
            charts.Add(CSharpChart.Line<double, double, string>(x: r.Bjh.PoreDiameterNanometres, y: y, ShowMarkers: true,
                Name: FormattableString.Invariant($"{r.Sample} (peak {r.DominantPoreDiameterNanometres:0.0} nm)"), MarkerColor: ColorOf(results, i), LineColor: ColorOf(results, i)));
        }
        if (band is { } b)
        {
            charts.Add(CSharpChart.Line<double, double, string>(x: [b.Low, b.Low], y: [0, yMax * 1.05],
                Name: FormattableString.Invariant($"paper: dominant pores {b.Low:0.#}–{b.High:0.#} nm (p-mSi@SiOx/C)"), LineColor: Color.fromString("#000000"), LineDash: StyleParam.DrawingStyle.Dot));
            charts.Add(CSharpChart.Line<double, double, string>(x: [b.High, b.High], y: [0, yMax * 1.05], ShowLegend: false,
                LineColor: Color.fromString("#000000"), LineDash: StyleParam.DrawingStyle.Dot));
        }
        return Layout(CSharpChart.Combine(charts), "pore diameter D (nm)", "dV/dlog D (cm³/g)", logX: true);
    }

    /// <summary>Total pore volumes: the pipeline's (from the files) beside the paper's, per sample (ours first, so that every sample keeps its place).</summary>
    public static GenericChart PoreVolumes(IReadOnlyList<PorositySampleResult> results, IReadOnlyList<double?> paper)
    {
        var names = results.Select(r => r.Sample).ToArray();
        var ours = CSharpChart.Column<double, string, string>(values: results.Select(r => r.PoreVolume.VolumeCm3PerGram), Keys: names,
            Name: "ours: single point at p/p₀ = 0.99", MarkerColor: Color.fromString("#1f77b4"),
            MultiText: results.Select(r => r.PoreVolume.VolumeCm3PerGram.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        var idx = Enumerable.Range(0, results.Count).Where(i => paper[i] is not null).ToArray();
        var reported = CSharpChart.Column<double, string, string>(values: idx.Select(i => paper[i]!.Value), Keys: idx.Select(i => names[i]).ToArray(),
            Name: "paper (text)", MarkerColor: Color.fromString("#bbbbbb"),
            MultiText: idx.Select(i => paper[i]!.Value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        return CSharpChart.Combine([ours, reported])
            .WithXAxisStyle<double, double, string>(TitleText: "sample")
            .WithYAxisStyle<double, double, string>(TitleText: "total pore volume (cm³/g)")
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal, X: 0.0, Y: -0.2, YAnchor: StyleParam.YAnchorPosition.Top)
            .WithSize(Width: 900, Height: 600);
    }
}
