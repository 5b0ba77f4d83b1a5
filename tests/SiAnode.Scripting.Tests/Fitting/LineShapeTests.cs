using System.Numerics;
using SiAnode.Scripting.Fitting;

namespace SiAnode.Scripting.Tests.Fitting;

/// <summary>Line shapes, the Faddeeva function and the special functions (self-contained, closed forms).</summary>
public class LineShapeTests
{
    private static double Integrate(Func<double, double> f, double a, double b, int n = 200000)
    {
        // composite Simpson
        double h = (b - a) / n, s = f(a) + f(b);
        for (int i = 1; i < n; i++) s += f(a + i * h) * (i % 2 == 1 ? 4 : 2);
        return s * h / 3;
    }

    // Area normalisation by numerical integration over ±L; tolerance accounts for the tails beyond ±L
    // (Lorentzian tail 2γ/(πL) is added back analytically where relevant).
    [Fact]
    public void AreasIntegrateToTheAreaParameter()
    {
        const double area = 3.7, c = 0.4;
        Assert.Equal(area, Integrate(x => LineShapes.Gaussian(x, area, c, 1.3), -30, 30), 1e-9);
        Assert.Equal(area, Integrate(x => LineShapes.SplitGaussian(x, area, c, 0.8, 2.1), -30, 30), 1e-9);
        double L = 5000, g = 0.6;
        double lorTail = 2 * area / Math.PI * Math.Atan(g / L) ; // mass beyond ±L: (2A/π)·atan(γ/L)
        Assert.Equal(area - lorTail, Integrate(x => LineShapes.Lorentzian(x, area, c, 2 * g), -L + c, L + c, 2000000), 1e-6);
        Assert.Equal(area, Integrate(x => LineShapes.PseudoVoigt(x, area, c, 2 * g, 0.4), -L + c, L + c, 2000000) + 0.4 * lorTail, 1e-6);
        Assert.Equal(area, Integrate(x => LineShapes.Voigt(x, area, c, 0.5, g), -L + c, L + c, 2000000) + lorTail, 1e-5);
        double splitTail = area / Math.PI * 2 / (0.5 + 0.8) * (0.5 * 0.5 * (Math.PI / 2 - Math.Atan(L / 0.5)) / 0.5 + 0.8 * 0.8 * (Math.PI / 2 - Math.Atan(L / 0.8)) / 0.8);
        Assert.Equal(area, Integrate(x => LineShapes.SplitLorentzian(x, area, c, 1.0, 1.6), -L + c, L + c, 2000000) + splitTail, 1e-5);
        Assert.Equal(area, Integrate(x => LineShapes.PearsonVII(x, area, c, 1.1, 2.5), -200, 200, 400000), 1e-6);
        // Doniach–Šunjić with α = 0 is the Lorentzian.
        Assert.Equal(LineShapes.Lorentzian(1.3, area, c, 0.9), LineShapes.DoniachSunjic(1.3, area, c, 0.9, 0), 1e-14);
    }

    // FWHM: the value at c ± FWHM/2 is half the peak (exact by construction; tolerance 1e-12 relative).
    [Fact]
    public void HalfMaximumAtHalfWidth()
    {
        foreach (Func<double, double> f in new Func<double, double>[]
        {
            x => LineShapes.Gaussian(x, 1, 0, 2),
            x => LineShapes.Lorentzian(x, 1, 0, 2),
            x => LineShapes.PseudoVoigt(x, 1, 0, 2, 0.3),
            x => LineShapes.PearsonVII(x, 1, 0, 2, 1.7),
        })
            Assert.Equal(0.5, f(1) / f(0), 12);
    }

    // Voigt at its centre: V(0) = Re w(iγ/(σ√2))/(σ√(2π)) and w(iy) = exp(y²)·erfc(y); with σ = γ = 1,
    // erfc(1/√2) = 2(1 − Φ(1)) = 0.31731050786291410 (normal-distribution table value). Tolerance 1e-10 relative.
    [Fact]
    public void VoigtAtCentreMatchesClosedForm()
    {
        double expected = Math.Exp(0.5) * 0.31731050786291410 / Math.Sqrt(2 * Math.PI);
        Assert.Equal(expected, LineShapes.Voigt(0, 1, 0, 1, 1), expected * 1e-10);
        for (double y = 0.01; y < 30; y *= 1.7)
        {
            double w = SpecialFunctions.Faddeeva(new Complex(0, y)).Real;
            double reference = y < 20 ? Math.Exp(y * y) * SpecialFunctions.Erfc(y) : ContinuedFractionW(y);
            Assert.True(Math.Abs(w - reference) <= 1e-9 * reference, $"w(i{y}) = {w}, expected {reference}");
        }
    }

    // exp(y²)erfc(y) for y ≥ 20 by its asymptotic series (truncation error 945/(2y²)⁵ ≈ 3e-12) 1/(y√π)·(1 − 1/(2y²) + 3/(4y⁴) − 15/(8y⁶) + 105/(16y⁸)).
    private static double ContinuedFractionW(double y)
    {
        double t = 1 / (2 * y * y);
        return 1 / (y * Math.Sqrt(Math.PI)) * (1 - t + 3 * t * t - 15 * t * t * t + 105 * t * t * t * t);
    }

    // On the real axis w(x) = exp(−x²) + (2i/√π)·D(x), D Dawson's integral; D(1) = 0.5380795069127684
    // (A&S Table 7.5). Tolerance 1e-12 absolute (Weideman N = 64).
    [Fact]
    public void FaddeevaOnRealAxis()
    {
        var w = SpecialFunctions.Faddeeva(new Complex(1, 0));
        Assert.Equal(Math.Exp(-1), w.Real, 12);
        Assert.Equal(2 / Math.Sqrt(Math.PI) * 0.5380795069127684, w.Imaginary, 12);
        // Far from the origin w(z) ≈ i/(√π z)(1 + 1/(2z²)); at |z| = 100 that is accurate to ~1e-8.
        var z = new Complex(70, 70);
        var asym = Complex.ImaginaryOne / (Math.Sqrt(Math.PI) * z) * (1 + 1 / (2 * z * z));
        Assert.True((SpecialFunctions.Faddeeva(z) - asym).Magnitude <= 1e-6 * asym.Magnitude);
    }

    // Reference values of w(z) from scipy.special.wofz (the Faddeeva package of S. G. Johnson, ~1e-13 accurate),
    // and the Voigt profile voigt_profile(0.7, σ = 1.3, γ = 0.4) = 0.2178358251845474. Tolerance 1e-12 relative to |w|
    // (measured ≤ 1e-14; the issue asks ≤ 1e-6), and the real part alone to 1e-6 relative where it is not tiny.
    [Theory]
    [InlineData(1.0, 1.0, 0.30474420525691254, 0.2082189382028316)]
    [InlineData(0.5, 0.01, 0.7723450184100668, 0.47121688569118503)]
    [InlineData(5.0, 0.1, 0.0024069117169427286, 0.11519442455072851)]
    [InlineData(3.0, 3.0, 0.09640250558304467, 0.0912363260042189)]
    [InlineData(0.1, 8.0, 0.06997463670894134, 0.0008615230181083474)]
    [InlineData(30.0, 0.5, 0.0003138749836928479, 0.01881154486772567)]
    [InlineData(0.001, 0.001, 0.9988716223354106, 0.001126380671599899)]
    [InlineData(6.3, 1e-05, 1.4789344925030557e-07, 0.09072765968388365)]
    public void FaddeevaMatchesReferenceValues(double x, double y, double re, double im)
    {
        var w = SpecialFunctions.Faddeeva(new Complex(x, y));
        double scale = Math.Sqrt(re * re + im * im);
        Assert.Equal(re, w.Real, 1e-12 * scale);
        Assert.Equal(im, w.Imaginary, 1e-12 * scale);
        if (Math.Abs(re) > 1e-3 * scale) Assert.Equal(re, w.Real, 1e-6 * Math.Abs(re));
    }

    [Fact]
    public void VoigtProfileMatchesReference()
        => Assert.Equal(0.2178358251845474, LineShapes.Voigt(0.7, 1, 0, 1.3, 0.4), 1e-6 * 0.2178358251845474);

    // erf table values (A&S Table 7.1): erf(0.5) = 0.5204998778130465, erf(1) = 0.8427007929497149,
    // erf(2) = 0.9953222650189527, erfc(3) = 2.209049699858544e-5; tolerance 1e-14 relative.
    [Fact]
    public void ErrorFunction()
    {
        Assert.Equal(0.5204998778130465, SpecialFunctions.Erf(0.5), 14);
        Assert.Equal(0.8427007929497149, SpecialFunctions.Erf(1), 14);
        Assert.Equal(-0.9953222650189527, SpecialFunctions.Erf(-2), 14);
        Assert.Equal(2.209049699858544e-5, SpecialFunctions.Erfc(3), 1e-14 * 2.2e-5 * 10);
        Assert.Equal(Math.Log(24), SpecialFunctions.LogGamma(5), 13);
        Assert.Equal(Math.Sqrt(Math.PI), SpecialFunctions.Gamma(0.5), 13);
    }
}
