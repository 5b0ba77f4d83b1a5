using SiAnode.Scripting.Fitting;

namespace SiAnode.Scripting.Diffraction;

/// <summary>
/// A pseudo-Voigt peak on a linear background fitted by <see cref="PeakFit.Fit"/>, with standard errors from the fit's
/// covariance (scaled by the reduced χ², lmfit's convention).
/// </summary>
/// <param name="TwoThetaDegrees">Centre (° 2θ).</param>
/// <param name="TwoThetaStandardErrorDegrees">Its standard error.</param>
/// <param name="FwhmDegrees">Full width at half maximum (° 2θ).</param>
/// <param name="FwhmStandardErrorDegrees">Its standard error.</param>
/// <param name="Eta">Lorentzian fraction η of the pseudo-Voigt.</param>
/// <param name="Area">Integrated area (intensity·°).</param>
/// <param name="AreaStandardError">Its standard error.</param>
/// <param name="Height">Peak height above the background.</param>
/// <param name="DSpacingAngstrom">d by Bragg's law at the fit's wavelength.</param>
/// <param name="DSpacingStandardErrorAngstrom">Its standard error.</param>
/// <param name="Fit">The full fit (parameters, covariance, best-fit curve).</param>
/// <param name="WindowTwoThetaDegrees">The 2θ values fitted.</param>
public sealed record DiffractionPeak(double TwoThetaDegrees, double TwoThetaStandardErrorDegrees, double FwhmDegrees, double FwhmStandardErrorDegrees,
    double Eta, double Area, double AreaStandardError, double Height, double DSpacingAngstrom, double DSpacingStandardErrorAngstrom,
    FitResult Fit, double[] WindowTwoThetaDegrees);
