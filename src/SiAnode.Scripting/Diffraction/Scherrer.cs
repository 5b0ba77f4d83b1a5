namespace SiAnode.Scripting.Diffraction;

/// <summary>
/// The Scherrer equation D = Kλ/(β cosθ) (P. Scherrer, Nachr. Ges. Wiss. Göttingen 1918, 98; Langford &amp; Wilson,
/// J. Appl. Cryst. 11, 102 (1978)), β the sample FWHM in radians after removing the instrumental width.
/// analysis.md §D: 2θ = 28.443°, β = 0.20°, K = 0.9, λ = 1.5406 Å → 40.98 nm (K = 0.94 → 42.80 nm).
/// </summary>
public static class Scherrer
{
    /// <summary>The sample FWHM (° 2θ) after the instrument correction; NaN when β_o ≤ β_i.</summary>
    /// <param name="observedFwhmDegrees">β_o.</param>
    /// <param name="instrumentalFwhmDegrees">β_i.</param>
    /// <param name="correction">Gaussian (quadrature), Lorentzian (linear) or none.</param>
    public static double SampleFwhmDegrees(double observedFwhmDegrees, double instrumentalFwhmDegrees, BroadeningCorrection correction) => correction switch
    {
        BroadeningCorrection.None => observedFwhmDegrees,
        BroadeningCorrection.Gaussian => observedFwhmDegrees > instrumentalFwhmDegrees
            ? Math.Sqrt(observedFwhmDegrees * observedFwhmDegrees - instrumentalFwhmDegrees * instrumentalFwhmDegrees) : double.NaN,
        BroadeningCorrection.Lorentzian => observedFwhmDegrees > instrumentalFwhmDegrees ? observedFwhmDegrees - instrumentalFwhmDegrees : double.NaN,
        _ => throw new ArgumentOutOfRangeException(nameof(correction)),
    };

    /// <summary>D in nm for a sample FWHM β (° 2θ, already corrected).</summary>
    /// <param name="twoThetaDegrees">Peak position.</param>
    /// <param name="sampleFwhmDegrees">β (° 2θ).</param>
    /// <param name="shapeFactor">K (0.9 by default; 0.94 for cubes by FWHM).</param>
    /// <param name="wavelengthAngstrom">λ (Å).</param>
    public static double SizeNanometres(double twoThetaDegrees, double sampleFwhmDegrees, double shapeFactor = 0.9, double wavelengthAngstrom = 1.5406)
        => shapeFactor * wavelengthAngstrom / (sampleFwhmDegrees * Math.PI / 180.0 * Math.Cos(twoThetaDegrees * Math.PI / 360.0)) / 10.0;

    /// <summary>The size with its standard error, from observed and instrumental widths.</summary>
    /// <param name="twoThetaDegrees">Peak position (° 2θ).</param>
    /// <param name="observedFwhmDegrees">β_o (° 2θ).</param>
    /// <param name="instrumentalFwhmDegrees">β_i (° 2θ), 0 for none.</param>
    /// <param name="correction">How β_i is removed.</param>
    /// <param name="shapeFactor">K.</param>
    /// <param name="wavelengthAngstrom">λ (Å).</param>
    /// <param name="fwhmStandardErrorDegrees">σ(β_o), e.g. from the peak fit.</param>
    /// <param name="twoThetaStandardErrorDegrees">σ(2θ).</param>
    public static CrystalliteSize Size(double twoThetaDegrees, double observedFwhmDegrees, double instrumentalFwhmDegrees = 0,
        BroadeningCorrection correction = BroadeningCorrection.Gaussian, double shapeFactor = 0.9, double wavelengthAngstrom = 1.5406,
        double fwhmStandardErrorDegrees = 0, double twoThetaStandardErrorDegrees = 0)
    {
        double beta = SampleFwhmDegrees(observedFwhmDegrees, instrumentalFwhmDegrees, correction);
        double d = SizeNanometres(twoThetaDegrees, beta, shapeFactor, wavelengthAngstrom);
        // ∂β/∂β_o: β_o/β (Gaussian), 1 (Lorentzian, none); ∂D/∂β = −D/β; ∂D/∂(2θ) = D·tanθ/2 per radian of 2θ
        double dBeta = correction == BroadeningCorrection.Gaussian ? observedFwhmDegrees / beta : 1.0;
        double fromWidth = d / beta * dBeta * fwhmStandardErrorDegrees;
        double fromPosition = d * Math.Tan(twoThetaDegrees * Math.PI / 360.0) / 2 * (twoThetaStandardErrorDegrees * Math.PI / 180.0);
        return new CrystalliteSize(twoThetaDegrees, observedFwhmDegrees, instrumentalFwhmDegrees, beta, correction, shapeFactor, d,
            Math.Sqrt(fromWidth * fromWidth + fromPosition * fromPosition));
    }
}
