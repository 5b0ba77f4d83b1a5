using System.Globalization;
using Plotly.NET;
using Plotly.NET.CSharp;
using SiAnode.Scripting.Formats.Potentiostats;
using SiAnode.Scripting.Impedance;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Synthetic;
using SiAnode.Scripting.Tabular;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace SiAnode.Scripting.Notebooks.Figures;

/// <summary>One fitted spectrum of Fig. 4e or S29.</summary>
/// <param name="Sample">Sample name as the paper writes it.</param>
/// <param name="State">"after activation" or "after 100 cycles".</param>
/// <param name="Fit">The circuit fit.</param>
/// <param name="Sei">The high-frequency R‖CPE arc (R_SEI).</param>
/// <param name="ChargeTransfer">The low-frequency R‖CPE arc (R_ct).</param>
public sealed record ImpedanceFitSummary(string Sample, string State, EisFitResult Fit, RqArc Sei, RqArc ChargeTransfer);

/// <summary>Figs. 4e and S29 reproduced: fits, table, Nyquist figures and results rows.</summary>
/// <param name="Fits">One fit per file.</param>
/// <param name="Table">R_SEI and R_ct with standard errors, capacitances and apex frequencies.</param>
/// <param name="Activated">Fig. 4e: Nyquist plots after activation.</param>
/// <param name="Cycled">Fig. S29: Nyquist plots after 100 cycles.</param>
/// <param name="Comparison">Rows for results.csv.</param>
public sealed record Fig4eResult(IReadOnlyList<ImpedanceFitSummary> Fits, ColumnTable Table, PaperFigure Activated, PaperFigure Cycled, ComparisonTable Comparison);

/// <summary>
/// Figs. 4e, S20 and S29 of Liu et al. (2025): EIS of mSi, mSi@C and p-mSi@SiOx/C after activation and after 100 cycles,
/// fitted with R0-p(R1,CPE1)-p(R2,CPE2)-W1 (R1 = R_SEI, the high-frequency arc; R2 = R_ct). The paper's spectra are not
/// published, so this runs on SYNTHETIC Gamry files written from the reported resistances (<see cref="ImpedanceDataset"/>).
/// </summary>
public static class Fig4eImpedance
{
    /// <summary>The equivalent circuit (impedance.py notation).</summary>
    public const string Circuit = ImpedanceDataset.CircuitText;

    /// <summary>Loads every file of <paramref name="directory"/> named in <see cref="ImpedanceDataset.Files"/>, fits and compares.</summary>
    /// <param name="paper">The reported numbers.</param>
    /// <param name="directory">The folder with the .DTA files (data/synthetic/impedance).</param>
    /// <param name="starts">Multi-start count per fit.</param>
    public static Fig4eResult Reproduce(ReportedNumbers paper, string directory, int starts = 20)
    {
        var fits = new List<ImpedanceFitSummary>();
        foreach (var (sample, state, _, file) in ImpedanceDataset.Files)
        {
            var spectrum = ImpedanceFile.Load(Path.Combine(directory, file));
            var fit = EisFit.Fit(spectrum, Circuit, InitialGuess(spectrum), EisWeighting.Modulus, starts: starts);
            var arcs = fit.ArcsByFrequency(("R1", "CPE1"), ("R2", "CPE2"));
            fits.Add(new ImpedanceFitSummary(sample, state, fit, arcs[0], arcs[1]));
        }
        var table = new ColumnTable(
        [
            TableColumn.Of("sample", fits.Select(f => f.Sample).ToList()),
            TableColumn.Of("state", fits.Select(f => f.State).ToList()),
            TableColumn.Of("R_SEI", "ohm", fits.Select(f => f.Sei.ResistanceOhms).ToList()),
            TableColumn.Of("+/- R_SEI", "ohm", fits.Select(f => f.Sei.ResistanceStandardError).ToList()),
            TableColumn.Of("R_ct", "ohm", fits.Select(f => f.ChargeTransfer.ResistanceOhms).ToList()),
            TableColumn.Of("+/- R_ct", "ohm", fits.Select(f => f.ChargeTransfer.ResistanceStandardError).ToList()),
            TableColumn.Of("C_eff SEI", "F", fits.Select(f => f.Sei.EffectiveCapacitanceFarads).ToList()),
            TableColumn.Of("f apex SEI", "Hz", fits.Select(f => f.Sei.ApexFrequencyHertz).ToList()),
            TableColumn.Of("f apex ct", "Hz", fits.Select(f => f.ChargeTransfer.ApexFrequencyHertz).ToList()),
            TableColumn.Of("reduced chi2", "", fits.Select(f => f.Fit.Fit.ReducedChiSquare).ToList()),
        ], $"{Circuit} fitted to each spectrum (modulus weighting, best of {starts} starts)");

        var rows = new List<ComparisonRow>();
        foreach (var f in fits)
        {
            bool cycled = f.State.Contains("cycles", StringComparison.Ordinal);
            string suffix = cycled ? " cycled" : "";
            string figure = cycled ? "S29" : "4e";
            rows.Add(ComparisonRow.Against(paper.Get("R_SEI" + suffix, f.Sample), figure, f.Sei.ResistanceOhms, DataKind.Synthetic,
                $"{Circuit} fit of the synthetic Gamry file; +/- {f.Sei.ResistanceStandardError:0.##} ohm", "R_SEI", $"{f.Sample}, {f.State}"));
            rows.Add(ComparisonRow.Against(paper.Get("R_ct" + suffix, f.Sample), figure, f.ChargeTransfer.ResistanceOhms, DataKind.Synthetic,
                $"{Circuit} fit of the synthetic Gamry file; +/- {f.ChargeTransfer.ResistanceStandardError:0.##} ohm", "R_ct", $"{f.Sample}, {f.State}"));
        }
        return new Fig4eResult(fits, table,
            Nyquist("4e", "EIS after activation: Nyquist plots with equivalent-circuit fits", fits.Where(f => !f.State.Contains("cycles", StringComparison.Ordinal))),
            Nyquist("S29", "EIS after 100 cycles: Nyquist plots with equivalent-circuit fits", fits.Where(f => f.State.Contains("cycles", StringComparison.Ordinal))),
            new ComparisonTable(rows));
    }

    /// <summary>
    /// Start values read off the spectrum: R0 from the high-frequency intercept, the two arc resistances as halves of the span
    /// up to the minimum of −Z″ before the diffusion tail, typical CPEs and a Warburg coefficient; multi-start does the rest.
    /// </summary>
    public static double[] InitialGuess(ImpedanceSpectrum s)
    {
        int hi = Enumerable.Range(0, s.Count).MaxBy(i => s.FrequenciesHertz[i]);
        double r0 = Math.Max(s.RealOhms[hi], 1e-6);
        // the low-frequency local minimum of −Z″ marks the end of the arcs
        int end = Enumerable.Range(1, s.Count - 2).Where(i => -s.ImaginaryOhms[i] < -s.ImaginaryOhms[i - 1] && -s.ImaginaryOhms[i] <= -s.ImaginaryOhms[i + 1])
            .DefaultIfEmpty(s.Count - 1).Last();
        double span = Math.Max(s.RealOhms[end] - r0, 1e-6);
        return [r0, span / 2, 1e-5, 0.85, span / 2, 1e-4, 0.8, Math.Max(span / 10, 1e-6)];
    }

    private static PaperFigure Nyquist(string id, string title, IEnumerable<ImpedanceFitSummary> fits)
    {
        var charts = new List<GenericChart>();
        foreach (var f in fits)
        {
            var s = f.Fit.Spectrum;
            charts.Add(CSharpChart.Point<double, double, string>(x: s.RealOhms, y: s.ImaginaryOhms.Select(v => -v),
                Name: $"{f.Sample} (synthetic data)"));
            charts.Add(CSharpChart.Line<double, double, string>(x: f.Fit.Model.Select(z => z.Real), y: f.Fit.Model.Select(z => -z.Imaginary),
                Name: string.Create(CultureInfo.InvariantCulture, $"{f.Sample} fit: R_SEI {f.Sei.ResistanceOhms:0.0}, R_ct {f.ChargeTransfer.ResistanceOhms:0.0} ohm")));
        }
        var chart = CSharpChart.Combine(charts)
            .WithXAxisStyle<double, double, string>(TitleText: "Z' (Ω)")
            .WithYAxisStyle<double, double, string>(TitleText: "−Z'' (Ω)")
            .WithLegendStyle(Orientation: StyleParam.Orientation.Horizontal, X: 0.0, Y: -0.2, YAnchor: StyleParam.YAnchorPosition.Top)
            .WithSize(Width: 900, Height: 620);
        return new PaperFigure(id, title, DataKind.Synthetic, chart,
            $"Markers: SYNTHETIC Gamry spectra written by ImpedanceDataset from the reported R_SEI and R_ct (other elements assumed, 0.3 % noise). " +
            $"Lines: {Circuit} fitted by complex nonlinear least squares (modulus weighting, multi-start); R_SEI is the higher-frequency arc.");
    }
}
