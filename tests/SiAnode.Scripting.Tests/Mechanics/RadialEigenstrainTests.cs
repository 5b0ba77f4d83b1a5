using SiAnode.Scripting.Mechanics;

namespace SiAnode.Scripting.Tests.Mechanics;

/// <summary>Eigenstrain profiles: moments in closed form, and a hollow sphere with a linear ε*(r) against Timoshenko &amp; Goodier §151.</summary>
public class RadialEigenstrainTests
{
    [Fact]
    public void PiecewiseLinear_MomentsMatchPolynomial()
    {
        // ε* = 0.02 + 0.01 r on [0.5, 3] as a piecewise-linear interpolant (nodes on the line) and as a polynomial:
        // value and both moments agree to 1e-14 (relative to O(1) values); constant extrapolation outside the nodes.
        var line = RadialEigenstrain.Polynomial(1.0, 0.02, 0.01);
        var pw = RadialEigenstrain.PiecewiseLinear([0.5, 1.1, 2.0, 3.0], [0.025, 0.031, 0.04, 0.05]);
        foreach (var (a, b) in new[] { (0.5, 3.0), (0.7, 1.9), (1.1, 2.0), (2.2, 2.9) })
        {
            Digits.Within(line.SphericalMoment(a, b), pw.SphericalMoment(a, b), 1e-14);
            Digits.Within(line.CylindricalMoment(a, b), pw.CylindricalMoment(a, b), 1e-14);
            Digits.Within(line.At(b), pw.At(b), 1e-15);
        }
        Digits.Within(0.05, pw.At(4.0), 0);
        Digits.Within(0.05 * (64 - 27) / 3.0, pw.SphericalMoment(3.0, 4.0), 1e-14);
    }

    [Fact]
    public void HollowSphere_LinearEigenstrain_MatchesTimoshenko()
    {
        // Timoshenko & Goodier §151 (αT → ε*), hollow sphere a ≤ r ≤ b, free surfaces, with I(r) = ∫_a^r ε* s² ds:
        // σ_rr = 2E/(1−ν)[(r³ − a³)/((b³ − a³)r³)·I(b) − I(r)/r³],
        // σ_θθ = E/(1−ν)[(2r³ + a³)/((b³ − a³)r³)·I(b) + I(r)/r³ − ε*(r)].
        // ε* = 0.05(1 − r/b) (higher at the pore wall, like lithiation from a pore), split in two layers. Tolerance 1e-12 GPa.
        double a = 0.4, b = 2.5, e = 170, nu = 0.28;
        var profile = RadialEigenstrain.PiecewiseLinear([a, b], [0.05 * (1 - a / b), 0.0]);
        var s = MultilayerSphere.Solve([new ElasticLayer(a, 1.3, e, nu, profile), new ElasticLayer(1.3, b, e, nu, profile)]);
        double ib = profile.SphericalMoment(a, b), k = e / (1 - nu), d = b * b * b - a * a * a;
        foreach (double r in new[] { 0.4, 0.8, 1.3, 2.0, 2.5 })
        {
            double r3 = r * r * r, ir = profile.SphericalMoment(a, r);
            Digits.Within(2 * k * ((r3 - a * a * a) / (d * r3) * ib - ir / r3), s.At(r).RadialStressGigapascals, 1e-12);
            Digits.Within(k * ((2 * r3 + a * a * a) / (d * r3) * ib + ir / r3 - profile.At(r)), s.At(r).HoopStressGigapascals, 1e-12);
        }
    }
}
