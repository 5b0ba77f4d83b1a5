namespace SiAnode.Scripting.Diffraction;

/// <summary>Bragg's law, nλ = 2d·sinθ (first order), in the units diffractionists use: d in Å, angles in degrees 2θ.</summary>
public static class Bragg
{
    /// <summary>d = λ/(2 sinθ) in Å (analysis.md §D: d₁₁₁ = 3.13559 Å ↔ 28.442° for Cu Kα1).</summary>
    /// <param name="twoThetaDegrees">Peak position (° 2θ).</param>
    /// <param name="wavelengthAngstrom">Wavelength (Å); Cu Kα1 1.5406 by default.</param>
    public static double DSpacingAngstrom(double twoThetaDegrees, double wavelengthAngstrom = 1.5406)
        => wavelengthAngstrom / (2.0 * Math.Sin(twoThetaDegrees * Math.PI / 360.0));

    /// <summary>2θ = 2·asin(λ/2d) in degrees; NaN when λ &gt; 2d (no reflection).</summary>
    /// <param name="dSpacingAngstrom">Lattice spacing (Å).</param>
    /// <param name="wavelengthAngstrom">Wavelength (Å).</param>
    public static double TwoThetaDegrees(double dSpacingAngstrom, double wavelengthAngstrom = 1.5406)
    {
        double s = wavelengthAngstrom / (2.0 * dSpacingAngstrom);
        return s > 1 ? double.NaN : 360.0 / Math.PI * Math.Asin(s);
    }

    /// <summary>Standard error of d from that of the position: σ_d = d·cotθ·σ_θ (σ_θ = σ_2θ/2 in radians).</summary>
    /// <param name="twoThetaDegrees">Peak position (° 2θ).</param>
    /// <param name="twoThetaStandardErrorDegrees">Its standard error (°).</param>
    /// <param name="wavelengthAngstrom">Wavelength (Å).</param>
    public static double DSpacingStandardErrorAngstrom(double twoThetaDegrees, double twoThetaStandardErrorDegrees, double wavelengthAngstrom = 1.5406)
    {
        double theta = twoThetaDegrees * Math.PI / 360.0;
        return DSpacingAngstrom(twoThetaDegrees, wavelengthAngstrom) / Math.Tan(theta) * (twoThetaStandardErrorDegrees * Math.PI / 360.0);
    }
}
