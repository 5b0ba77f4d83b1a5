using System.Numerics;
using SiAnode.Scripting.Display;

namespace SiAnode.Scripting.Impedance;

/// <summary>The outcome of a Lin-KK test.</summary>
/// <param name="Elements">M, the number of RC elements.</param>
/// <param name="Mu">μ = 1 − Σ|R_k&lt;0| / Σ|R_k≥0|, Schönleber's over-fitting measure.</param>
/// <param name="SeriesResistanceOhms">R₀.</param>
/// <param name="Resistances">R_k of the RC elements (Ω).</param>
/// <param name="TimeConstantsSeconds">τ_k (s), fixed, log-spaced between 1/(2π f_max) and 1/(2π f_min).</param>
/// <param name="InductanceHenries">Series inductance L.</param>
/// <param name="CapacitanceFarads">Series capacitance C, or null when not fitted.</param>
/// <param name="Fit">The model at the measured frequencies.</param>
/// <param name="RealResiduals">(Z′ − Ẑ′)/|Z| at each point.</param>
/// <param name="ImaginaryResiduals">(Z″ − Ẑ″)/|Z| at each point.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record LinKKResult(int Elements, double Mu, double SeriesResistanceOhms, IReadOnlyList<double> Resistances,
    IReadOnlyList<double> TimeConstantsSeconds, double InductanceHenries, double? CapacitanceFarads, IReadOnlyList<Complex> Fit,
    IReadOnlyList<double> RealResiduals, IReadOnlyList<double> ImaginaryResiduals) : IHtmlRenderable
{
    /// <summary>The largest absolute relative residual, real or imaginary.</summary>
    public double MaxAbsResidual => RealResiduals.Concat(ImaginaryResiduals).Max(Math.Abs);

    /// <inheritdoc />
    public string ToHtml() => HtmlTable.KeyValue("Lin-KK test (Schönleber et al., Electrochim. Acta 131, 20, 2014)",
    [
        ("RC elements M", Elements, ""),
        ("μ", Mu, ""),
        ("R₀", SeriesResistanceOhms, "Ω"),
        ("L", InductanceHenries, "H"),
        ("C", CapacitanceFarads ?? double.NaN, "F"),
        ("max |residual|", MaxAbsResidual * 100, "% of |Z|"),
    ]);
}
