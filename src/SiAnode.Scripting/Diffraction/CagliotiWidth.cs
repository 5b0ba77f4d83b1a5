namespace SiAnode.Scripting.Diffraction;

/// <summary>
/// The Caglioti instrumental resolution function, FWHM² = U tan²θ + V tanθ + W (G. Caglioti, A. Paoletti, F. P. Ricci,
/// Nucl. Instrum. 3, 223 (1958)), in degrees² 2θ, as refined from a line-profile standard such as NIST SRM 660 LaB₆.
/// </summary>
/// <param name="U">U (deg²).</param>
/// <param name="V">V (deg²).</param>
/// <param name="W">W (deg²).</param>
public sealed record CagliotiWidth(double U, double V, double W)
{
    /// <summary>The instrumental FWHM (° 2θ) at <paramref name="twoThetaDegrees"/>.</summary>
    /// <param name="twoThetaDegrees">Position (° 2θ).</param>
    public double FwhmDegrees(double twoThetaDegrees)
    {
        double t = Math.Tan(twoThetaDegrees * Math.PI / 360.0);
        return Math.Sqrt(Math.Max(U * t * t + V * t + W, 0));
    }
}
