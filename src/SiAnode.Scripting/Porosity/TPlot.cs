using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Porosity;

/// <summary>
/// The t-plot (de Boer et al., J. Colloid Interface Sci. 21 (1966) 405; Lippens &amp; de Boer 1965): amount adsorbed against the
/// statistical film thickness t. A straight line n = n₀ + k·t over a t range gives the external (non-micropore) area
/// S_ext = k·M/(ρ_L·22 414)·10³ m²/g (k in cm³ STP g⁻¹ nm⁻¹; 1.5468·k for N₂) and the micropore volume V_µ = n₀·M/(ρ_L·22 414) cm³/g.
/// </summary>
public static class TPlot
{
    /// <summary>Fits the adsorption points whose thickness lies in [<paramref name="lowerThicknessNanometres"/>, <paramref name="upperThicknessNanometres"/>].</summary>
    /// <param name="isotherm">The isotherm (N₂ thickness curves; other adsorbates are refused).</param>
    /// <param name="model">Harkins–Jura (default) or Halsey.</param>
    /// <param name="lowerThicknessNanometres">Lower end of the linear region (0.35 nm, about one monolayer, by default).</param>
    /// <param name="upperThicknessNanometres">Upper end (0.50 nm by default, below capillary condensation in mesopores).</param>
    public static TPlotResult Fit(Isotherm isotherm, ThicknessModel model = ThicknessModel.HarkinsJura,
        double lowerThicknessNanometres = 0.35, double upperThicknessNanometres = 0.50)
    {
        ArgumentNullException.ThrowIfNull(isotherm);
        if (!string.Equals(isotherm.Adsorbate.Name, Adsorbate.Nitrogen.Name, StringComparison.Ordinal))
            throw new ArgumentException($"the Harkins–Jura and Halsey thickness curves are for nitrogen, not {isotherm.Adsorbate.Name}", nameof(isotherm));
        if (!(lowerThicknessNanometres < upperThicknessNanometres))
            throw new ArgumentOutOfRangeException(nameof(upperThicknessNanometres), "the t range must have lower < upper");
        var (p, n) = isotherm.GetBranch(IsothermBranch.Adsorption);
        var keep = Enumerable.Range(0, p.Length).Where(i => p[i] > 0 && p[i] < 1).ToArray();
        var t = keep.Select(i => Thickness.Nanometres(model, p[i])).ToArray();
        var amounts = keep.Select(i => n[i]).ToArray();
        var sel = Enumerable.Range(0, t.Length).Where(i => t[i] >= lowerThicknessNanometres && t[i] <= upperThicknessNanometres).ToArray();
        if (sel.Length < 3)
            throw new ArgumentException(FormattableString.Invariant(
                $"only {sel.Length} points have t in [{lowerThicknessNanometres}, {upperThicknessNanometres}] nm; the t-plot needs at least 3"), nameof(lowerThicknessNanometres));
        var line = LeastSquaresLine.Fit(sel.Select(i => t[i]).ToArray(), sel.Select(i => amounts[i]).ToArray());
        double liquid = isotherm.Adsorbate.LiquidCm3PerCm3Stp;
        return new TPlotResult(model, line.Slope * liquid * 1e-6 / 1e-9, line.Intercept * liquid, line.Slope, line.Intercept, line.RSquared,
            t[sel[0]], t[sel[^1]], sel.Length,
            new ColumnTable([TableColumn.Of("t", "nm", t), TableColumn.Of("amount adsorbed", "cm3(STP)/g", amounts)], "t-plot"));
    }
}

/// <summary>A t-plot fit.</summary>
/// <param name="Model">Thickness equation used.</param>
/// <param name="ExternalAreaSquareMetresPerGram">External surface area S_ext from the slope (m²/g).</param>
/// <param name="MicroporeVolumeCm3PerGram">Micropore volume from the intercept, as liquid (cm³/g); negative intercepts are reported as they are.</param>
/// <param name="SlopeCm3StpPerGramPerNanometre">k (cm³ STP g⁻¹ nm⁻¹).</param>
/// <param name="InterceptCm3StpPerGram">n₀ (cm³ STP/g).</param>
/// <param name="RSquared">Coefficient of determination of the line.</param>
/// <param name="LowerThicknessNanometres">Smallest t used (nm).</param>
/// <param name="UpperThicknessNanometres">Largest t used (nm).</param>
/// <param name="PointCount">Points in the fit.</param>
/// <param name="Curve">All adsorption points as (t, amount).</param>
public sealed record TPlotResult(ThicknessModel Model, double ExternalAreaSquareMetresPerGram, double MicroporeVolumeCm3PerGram,
    double SlopeCm3StpPerGramPerNanometre, double InterceptCm3StpPerGram, double RSquared,
    double LowerThicknessNanometres, double UpperThicknessNanometres, int PointCount, ColumnTable Curve);
