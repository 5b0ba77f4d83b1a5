using System.Numerics;

namespace SiAnode.Scripting.Fitting;

/// <summary>
/// Area-normalised peak shapes (the parameter <c>area</c> is the integral over x) and their partial derivatives.
/// Each <c>…Gradient</c> method writes ∂f/∂(x, area, center, width…) in the order of the value method's arguments.
/// These are the built-in functions <c>gaussian</c>, <c>lorentzian</c>, <c>pseudovoigt</c>, <c>voigt</c>,
/// <c>pearson7</c>, <c>splitgaussian</c>, <c>splitlorentzian</c>, <c>doniach</c> and <c>step</c> of model expressions.
/// </summary>
public static class LineShapes
{
    /// <summary>FWHM / σ of a Gaussian, 2√(2 ln 2).</summary>
    public const double GaussianFwhmPerSigma = 2.3548200450309493;
    private const double SqrtTwoPi = 2.5066282746310002;
    private const double SqrtPi = 1.7724538509055160;

    /// <summary>Gaussian A/(σ√(2π)) exp(−(x−c)²/(2σ²)) with σ = FWHM/(2√(2 ln 2)).</summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="area">Integral A.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="fwhm">Full width at half maximum.</param>
    public static double Gaussian(double x, double area, double center, double fwhm)
    {
        double s = fwhm / GaussianFwhmPerSigma, d = x - center;
        return area / (s * SqrtTwoPi) * Math.Exp(-d * d / (2 * s * s));
    }

    /// <summary>∂/∂(x, area, center, fwhm) of <see cref="Gaussian"/>.</summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="area">Integral A.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="fwhm">Full width at half maximum.</param>
    /// <param name="gradient">Receives 4 partials.</param>
    public static void GaussianGradient(double x, double area, double center, double fwhm, Span<double> gradient)
    {
        double s = fwhm / GaussianFwhmPerSigma, d = x - center;
        double unit = Math.Exp(-d * d / (2 * s * s)) / (s * SqrtTwoPi);
        double g = area * unit;
        gradient[0] = -g * d / (s * s);
        gradient[1] = unit;
        gradient[2] = g * d / (s * s);
        gradient[3] = g * (d * d / (s * s) - 1) / fwhm;
    }

    /// <summary>Lorentzian (Cauchy) (A/π)·γ/((x−c)² + γ²) with γ = FWHM/2.</summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="area">Integral A.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="fwhm">Full width at half maximum.</param>
    public static double Lorentzian(double x, double area, double center, double fwhm)
    {
        double g = fwhm / 2, d = x - center;
        return area / Math.PI * g / (d * d + g * g);
    }

    /// <summary>∂/∂(x, area, center, fwhm) of <see cref="Lorentzian"/>.</summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="area">Integral A.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="fwhm">Full width at half maximum.</param>
    /// <param name="gradient">Receives 4 partials.</param>
    public static void LorentzianGradient(double x, double area, double center, double fwhm, Span<double> gradient)
    {
        double g = fwhm / 2, d = x - center, q = d * d + g * g;
        double unit = g / (Math.PI * q);
        gradient[1] = unit;
        gradient[2] = area * unit * 2 * d / q;
        gradient[0] = -gradient[2];
        gradient[3] = 0.5 * area / Math.PI * (d * d - g * g) / (q * q);
    }

    /// <summary>
    /// Pseudo-Voigt η·L + (1−η)·G: Lorentzian and Gaussian of the same area and FWHM, η the Lorentzian fraction
    /// (Wertheim et al. 1974; the form used by lmfit's PseudoVoigtModel and most XPS/Raman programs).
    /// </summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="area">Integral A.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="fwhm">Full width at half maximum of both components.</param>
    /// <param name="eta">Lorentzian fraction η (0 Gaussian, 1 Lorentzian).</param>
    public static double PseudoVoigt(double x, double area, double center, double fwhm, double eta)
        => eta * Lorentzian(x, area, center, fwhm) + (1 - eta) * Gaussian(x, area, center, fwhm);

    /// <summary>∂/∂(x, area, center, fwhm, eta) of <see cref="PseudoVoigt"/>.</summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="area">Integral A.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="fwhm">FWHM.</param>
    /// <param name="eta">Lorentzian fraction.</param>
    /// <param name="gradient">Receives 5 partials.</param>
    public static void PseudoVoigtGradient(double x, double area, double center, double fwhm, double eta, Span<double> gradient)
    {
        // Shared work for both components (this is the hot path of multi-peak fits).
        double d = x - center;
        double s = fwhm / GaussianFwhmPerSigma, s2 = s * s;
        double gu = Math.Exp(-d * d / (2 * s2)) / (s * SqrtTwoPi);
        double hw = fwhm / 2, q = d * d + hw * hw;
        double lu = hw / (Math.PI * q);
        double ga = area * gu, la = area * lu;
        double dgc = ga * d / s2, dlc = la * 2 * d / q;
        double dgw = ga * (d * d / s2 - 1) / fwhm, dlw = 0.5 * area / Math.PI * (d * d - hw * hw) / (q * q);
        gradient[1] = eta * lu + (1 - eta) * gu;
        gradient[2] = eta * dlc + (1 - eta) * dgc;
        gradient[0] = -gradient[2];
        gradient[3] = eta * dlw + (1 - eta) * dgw;
        gradient[4] = la - ga;
    }

    /// <summary>
    /// Voigt profile, the convolution of a Gaussian (σ) and a Lorentzian (HWHM γ), with integral A:
    /// A·Re w(z)/(σ√(2π)), z = (x − c + iγ)/(σ√2), w the Faddeeva function (<see cref="SpecialFunctions.Faddeeva"/>).
    /// </summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="area">Integral A.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="sigma">Gaussian standard deviation σ.</param>
    /// <param name="gamma">Lorentzian half width at half maximum γ.</param>
    public static double Voigt(double x, double area, double center, double sigma, double gamma)
    {
        var z = new Complex((x - center) / (sigma * Math.Sqrt(2)), gamma / (sigma * Math.Sqrt(2)));
        return area * SpecialFunctions.Faddeeva(z).Real / (sigma * SqrtTwoPi);
    }

    /// <summary>∂/∂(x, area, center, sigma, gamma) of <see cref="Voigt"/>, using w′(z) = −2z·w(z) + 2i/√π.</summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="area">Integral A.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="sigma">Gaussian σ.</param>
    /// <param name="gamma">Lorentzian HWHM γ.</param>
    /// <param name="gradient">Receives 5 partials.</param>
    public static void VoigtGradient(double x, double area, double center, double sigma, double gamma, Span<double> gradient)
    {
        double r2 = sigma * Math.Sqrt(2);
        var z = new Complex((x - center) / r2, gamma / r2);
        var w = SpecialFunctions.Faddeeva(z);
        var wp = -2 * z * w + new Complex(0, 2 / SqrtPi);
        double k = area / (sigma * SqrtTwoPi);
        double v = k * w.Real;
        gradient[1] = w.Real / (sigma * SqrtTwoPi);
        gradient[0] = k * wp.Real / r2;
        gradient[2] = -gradient[0];
        gradient[3] = -v / sigma + k * (wp * (-z / sigma)).Real;
        gradient[4] = k * (wp * Complex.ImaginaryOne).Real / r2;
    }

    /// <summary>
    /// Pearson VII h·[1 + 4(2^(1/m) − 1)(x−c)²/FWHM²]^(−m), area-normalised with
    /// h = A·2Γ(m)√(2^(1/m) − 1)/(FWHM·√π·Γ(m − ½)) (m &gt; ½; m = 1 Lorentzian, m → ∞ Gaussian).
    /// </summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="area">Integral A.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="fwhm">FWHM.</param>
    /// <param name="m">Shape exponent.</param>
    public static double PearsonVII(double x, double area, double center, double fwhm, double m)
    {
        double k = Math.Pow(2, 1 / m) - 1, d = (x - center) / fwhm;
        double h = area * 2 * Math.Exp(SpecialFunctions.LogGamma(m) - SpecialFunctions.LogGamma(m - 0.5)) * Math.Sqrt(k) / (fwhm * SqrtPi);
        return h * Math.Pow(1 + 4 * k * d * d, -m);
    }

    /// <summary>
    /// Split (asymmetric) Gaussian: Gaussian halves of FWHM <paramref name="fwhmLeft"/> below and
    /// <paramref name="fwhmRight"/> above the centre with a common height h = 2A/(√(2π)(σ_L + σ_R)).
    /// </summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="area">Integral A.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="fwhmLeft">FWHM of the x &lt; c half.</param>
    /// <param name="fwhmRight">FWHM of the x ≥ c half.</param>
    public static double SplitGaussian(double x, double area, double center, double fwhmLeft, double fwhmRight)
    {
        double sl = fwhmLeft / GaussianFwhmPerSigma, sr = fwhmRight / GaussianFwhmPerSigma, d = x - center;
        double s = d < 0 ? sl : sr;
        return 2 * area / (SqrtTwoPi * (sl + sr)) * Math.Exp(-d * d / (2 * s * s));
    }

    /// <summary>
    /// Split (asymmetric) Lorentzian: Lorentzian halves of FWHM <paramref name="fwhmLeft"/> and
    /// <paramref name="fwhmRight"/> with a common height h = 2A/(π(γ_L + γ_R)), γ = FWHM/2.
    /// </summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="area">Integral A.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="fwhmLeft">FWHM of the x &lt; c half.</param>
    /// <param name="fwhmRight">FWHM of the x ≥ c half.</param>
    public static double SplitLorentzian(double x, double area, double center, double fwhmLeft, double fwhmRight)
    {
        double gl = fwhmLeft / 2, gr = fwhmRight / 2, d = x - center;
        double g = d < 0 ? gl : gr;
        return 2 * area / (Math.PI * (gl + gr)) * g * g / (d * d + g * g);
    }

    /// <summary>
    /// Doniach–Šunjić (1970) asymmetric line for metallic core levels:
    /// (A/π)·Γ(1−α)·cos(πα/2 + (1−α)·atan((x−c)/γ)) / ((x−c)² + γ²)^((1−α)/2), γ = FWHM/2 of the lifetime Lorentzian.
    /// For α = 0 it is the Lorentzian of integral A; for α &gt; 0 the integral diverges, so A is then an amplitude.
    /// The tail extends towards lower x (use a reversed axis for binding energy).
    /// </summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="amplitude">A (the area when α = 0).</param>
    /// <param name="center">Centre c.</param>
    /// <param name="fwhm">Lifetime FWHM 2γ.</param>
    /// <param name="alpha">Asymmetry index α, 0 ≤ α &lt; 1.</param>
    public static double DoniachSunjic(double x, double amplitude, double center, double fwhm, double alpha)
    {
        double g = fwhm / 2, d = center - x;
        double num = Math.Cos(Math.PI * alpha / 2 + (1 - alpha) * Math.Atan(d / g));
        return amplitude / Math.PI * SpecialFunctions.Gamma(1 - alpha) * num / Math.Pow(d * d + g * g, (1 - alpha) / 2);
    }

    /// <summary>Error-function step (H/2)·(1 + erf((x − c)/w)), rising from 0 to H around c over a width w.</summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="height">Step height H.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="width">Width w.</param>
    public static double ErfStep(double x, double height, double center, double width)
        => 0.5 * height * (1 + SpecialFunctions.Erf((x - center) / width));

    /// <summary>∂/∂(x, height, center, width) of <see cref="ErfStep"/>.</summary>
    /// <param name="x">Abscissa.</param>
    /// <param name="height">Step height H.</param>
    /// <param name="center">Centre c.</param>
    /// <param name="width">Width w.</param>
    /// <param name="gradient">Receives 4 partials.</param>
    public static void ErfStepGradient(double x, double height, double center, double width, Span<double> gradient)
    {
        double u = (x - center) / width, e = Math.Exp(-u * u) / (width * SqrtPi);
        gradient[0] = height * e;
        gradient[1] = 0.5 * (1 + SpecialFunctions.Erf(u));
        gradient[2] = -height * e;
        gradient[3] = -height * u * e;
    }
}
