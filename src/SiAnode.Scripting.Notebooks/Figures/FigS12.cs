using System.Globalization;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Notebooks.Figures;

/// <summary>Everything Fig. S12 reproduces.</summary>
/// <param name="Samples">Every sample through the pipeline, in the paper's order.</param>
/// <param name="Table">BET, pore volume and BJH numbers with units.</param>
/// <param name="Isotherms">S12a: the isotherms of all samples.</param>
/// <param name="BetPlots">S12a: the BET plots with the automatically chosen ranges.</param>
/// <param name="PoreSizeDistributions">S12b: BJH dV/dlog D against pore diameter.</param>
/// <param name="PoreVolumes">S12c: total pore volumes beside the paper's.</param>
/// <param name="Comparison">Rows for results.csv.</param>
public sealed record FigS12Result(IReadOnlyList<PorositySampleResult> Samples, ColumnTable Table, PaperFigure Isotherms, PaperFigure BetPlots,
    PaperFigure PoreSizeDistributions, PaperFigure PoreVolumes, ComparisonTable Comparison);

/// <summary>
/// Fig. S12 of Liu et al. (2025): BET (S12a), pore-size distributions with the 5–8 nm pores of p-mSi@SiOx/C (S12b) and total pore
/// volumes of mSi, p-mSi@SiOx/C and the 3, 5 and 7 h hydrolysis series (0.042, 0.069, 0.079, 0.209, 0.243 cm³/g; S12c).
/// The paper's isotherms are not published: by default the call runs on the synthetic files of data/synthetic/porosity.
/// </summary>
public static class FigS12
{
    /// <summary>Loads every isotherm in <paramref name="directory"/> and runs BET, pore volume and BJH on each.</summary>
    /// <param name="paper">The paper's reported numbers.</param>
    /// <param name="directory">Folder of isotherm files whose Sample IDs are the paper's sample names.</param>
    public static FigS12Result Reproduce(ReportedNumbers paper, string directory = "../data/synthetic/porosity")
        => Reproduce(paper, PorositySample.AnalyzeFolder(directory));

    /// <summary>Builds the figures from samples already analysed.</summary>
    public static FigS12Result Reproduce(ReportedNumbers paper, IReadOnlyList<PorositySampleResult> samples)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0) throw new ArgumentException("no samples", nameof(samples));
        var data = samples.Select(s => s.Data).Distinct().Count() == 1 ? samples[0].Data : DataKind.Synthetic;
        string synthetic = data == DataKind.Synthetic
            ? "The isotherms are SYNTHETIC: written by the project's seeded generator (PorosityDataset) with a GAB-film plus Kelvin-condensation model of " +
              "log-normal cylindrical pore families whose volumes were solved so that the pipeline returns the reported BET areas and pore volumes; " +
              "pore families, external areas and the areas of samples without a reported BET value are assumptions, not data. "
            : "";
        var dominant = PorositySample.Reported(paper, "dominant pore size", "p-mSi@SiOx/C");
        (double, double)? band = dominant is { Low: { } lo, High: { } hi } ? (lo, hi) : null;

        var isotherms = new PaperFigure("S12a", "N₂ isotherms of all samples", data, PorosityCharts.Isotherms(samples),
            synthetic + "Filled markers: adsorption; open markers: desorption. BET areas (legend) from the library's BET with the automatic Rouquerol range.");
        var betPlots = new PaperFigure("S12a", "BET plots with the automatically chosen ranges", data, PorosityCharts.BetPlots(samples),
            synthetic + "Markers: the BET transform of the adsorption points up to p/p₀ = 0.35; thick lines: the least-squares line over the range that passes " +
            "the four Rouquerol criteria (ISO 9277:2010 Annex C) with the highest upper end. a_BET = n_m·N_A·σ with σ(N₂) = 0.162 nm².");
        var psd = new PaperFigure("S12b", "BJH pore-size distributions (desorption)", data, PorosityCharts.PoreSizeDistributions(samples, band),
            synthetic + FormattableString.Invariant($"BJH on the desorption branch from p/p₀ 0.99 down to {PorositySample.BjhLowerRelativePressure} (above the N₂ cavitation closure at about 0.42), ") +
            "cylindrical pores, hemispherical meniscus, Harkins–Jura film; dV/dlog D = ln 10·D·dV/dD. Dotted: the 5–8 nm the paper reports for p-mSi@SiOx/C.");
        var paperVp = samples.Select(s => PorositySample.Reported(paper, "total pore volume", s.Sample)?.Value).ToList();
        var volumes = new PaperFigure("S12c", "Total pore volumes", data, PorosityCharts.PoreVolumes(samples, paperVp),
            synthetic + "Blue (left): single-point total pore volume, the amount adsorbed at p/p₀ = 0.99 as liquid N₂ (0.0015468 cm³ per cm³ STP, Gurvich rule), " +
            "computed from the files at run time. Grey (right): the values printed in the paper (none for mSi@C).");

        var rows = new List<ComparisonRow>();
        foreach (var s in samples)
        {
            if (PorositySample.Reported(paper, "BET surface area", s.Sample) is null)
                rows.Add(new ComparisonRow("S12a", "BET surface area", s.Sample, "m2/g", null, s.Bet.AreaSquareMetresPerGram, s.Data,
                    "not reported; " + (s.Data == DataKind.Synthetic ? "an outcome of the generator's assumed pores" : "BET, automatic range")));
        }
        foreach (var s in samples)
        {
            var rep = PorositySample.Reported(paper, "dominant pore size", s.Sample);
            string note = "peak of BJH dV/dlogD (desorption)";
            rows.Add(rep is not null
                ? ComparisonRow.Against(rep, "S12b", s.DominantPoreDiameterNanometres, s.Data,
                    note + $"; paper gives the range {rep.Text} nm, compared with its midpoint; inside: {(s.DominantPoreDiameterNanometres >= rep.Low && s.DominantPoreDiameterNanometres <= rep.High ? "yes" : "no")}")
                : new ComparisonRow("S12b", "dominant pore size", s.Sample, "nm", null, s.DominantPoreDiameterNanometres, s.Data, note + "; not reported"));
        }
        foreach (var s in samples)
        {
            var rep = PorositySample.Reported(paper, "total pore volume", s.Sample);
            string note = "single point at p/p0 = " + PorositySample.PoreVolumeRelativePressure.ToString(CultureInfo.InvariantCulture) + ", Gurvich rule";
            rows.Add(rep is not null
                ? ComparisonRow.Against(rep, "S12c", s.PoreVolume.VolumeCm3PerGram, s.Data, note)
                : new ComparisonRow("S12c", "total pore volume", s.Sample, "cm3/g", null, s.PoreVolume.VolumeCm3PerGram, s.Data, note + "; not reported"));
        }
        return new FigS12Result(samples, PorositySample.Table(samples, "Fig. S12: N2 77 K, BET, pore volume and BJH"), isotherms, betPlots, psd, volumes,
            new ComparisonTable(rows));
    }
}
