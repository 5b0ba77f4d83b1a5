namespace SiAnode.Scripting.Diffraction;

/// <summary>A Scherrer crystallite size with the widths it came from and its propagated standard error.</summary>
/// <param name="TwoThetaDegrees">Peak position (° 2θ).</param>
/// <param name="ObservedFwhmDegrees">β_o (° 2θ).</param>
/// <param name="InstrumentalFwhmDegrees">β_i (° 2θ).</param>
/// <param name="SampleFwhmDegrees">β after the correction (° 2θ).</param>
/// <param name="Correction">The correction used.</param>
/// <param name="ShapeFactor">K.</param>
/// <param name="SizeNanometres">D = Kλ/(β cosθ) (nm).</param>
/// <param name="StandardErrorNanometres">σ_D by first-order propagation of σ(β_o) and σ(2θ).</param>
public sealed record CrystalliteSize(double TwoThetaDegrees, double ObservedFwhmDegrees, double InstrumentalFwhmDegrees, double SampleFwhmDegrees,
    BroadeningCorrection Correction, double ShapeFactor, double SizeNanometres, double StandardErrorNanometres);
