namespace SiAnode.Scripting.Diffraction;

/// <summary>
/// An X-ray tube line: Kα1 and Kα2 wavelengths and the Kα2/Kα1 intensity ratio. Cu values as analysis.md §D uses them
/// (λ(Kα1) = 1.5406 Å, λ(Kα2) = 1.54443 Å, ratio 0.5; Hölzer et al., Phys. Rev. A 56, 4554 (1997) give 1.540593 and 1.544427 Å).
/// </summary>
/// <param name="Kalpha1Angstrom">Kα1 wavelength (Å).</param>
/// <param name="Kalpha2Angstrom">Kα2 wavelength (Å).</param>
/// <param name="Kalpha2Ratio">I(Kα2)/I(Kα1), 0.5 for Cu.</param>
public sealed record XrayLine(double Kalpha1Angstrom, double Kalpha2Angstrom, double Kalpha2Ratio)
{
    /// <summary>Cu Kα as in analysis.md §D: 1.5406 / 1.54443 Å, ratio 0.5.</summary>
    public static XrayLine CopperKalpha { get; } = new(1.5406, 1.54443, 0.5);

    /// <summary>The Kα2 position (degrees 2θ) of a line whose Kα1 component is at <paramref name="twoThetaDegrees"/>:
    /// sinθ₂ = (λ₂/λ₁)·sinθ₁; NaN past 180°.</summary>
    /// <param name="twoThetaDegrees">Kα1 position (° 2θ).</param>
    public double Kalpha2TwoThetaDegrees(double twoThetaDegrees)
    {
        double s = Kalpha2Angstrom / Kalpha1Angstrom * Math.Sin(twoThetaDegrees * Math.PI / 360.0);
        return s >= 1 ? double.NaN : 360.0 / Math.PI * Math.Asin(s);
    }
}
