using SiAnode.Scripting.Mechanics;

namespace SiAnode.Scripting.Tests.Mechanics;

/// <summary>The exact layered cylinder against analysis.md §C's vector C1 and closed forms.</summary>
public class MultilayerCylinderTests
{
    private const double ESi = 170.0, NuSi = 0.28, EpsSi = 0.01;

    private static ElasticLayer[] S1Layers() =>
    [
        new ElasticLayer(0.0, 2.5, ESi, NuSi, EpsSi),
        new ElasticLayer(2.5, 2.7, 50.0, 0.25, 0.0),
    ];

    [Fact]
    public void C1_PlaneStrain_MatchesAnalysisVector()
    {
        // analysis.md §C C1 (layers of S1), plane strain: core σ_rr = −0.050459, σ_zz = −1.728257, von Mises = 1.677798. ±½ in the 6th decimal.
        var s = MultilayerCylinder.Solve(S1Layers(), CylinderAxialCondition.PlaneStrain);
        Assert.Equal(0.0, s.AxialStrain);
        foreach (double r in new[] { 0.0, 1.0, 2.5 })
        {
            var c = s.At(r, 0);
            Digits.Equal(-0.050459, c.RadialStressGigapascals, 6);
            Digits.Equal(-0.050459, c.HoopStressGigapascals, 6);
            Digits.Equal(-1.728257, c.AxialStressGigapascals, 6);
            Digits.Equal(1.677798, c.VonMisesGigapascals, 6);
        }
    }

    [Fact]
    public void C1_GeneralizedPlaneStrain_MatchesAnalysisVector()
    {
        // analysis.md §C C1, generalised plane strain (∫σ_zz dA = 0): e₀ = 0.0095500 (±½e-7), core von Mises = 0.054792 (±½e-6).
        var s = MultilayerCylinder.Solve(S1Layers(), CylinderAxialCondition.GeneralizedPlaneStrain);
        Digits.Equal(0.0095500, s.AxialStrain, 7);
        Digits.Equal(0.054792, s.At(1.0).VonMisesGigapascals, 6);
        Digits.Within(0.0, s.Average().AxialStressGigapascals, 1e-12); // the constraint itself
        Digits.Within(0.0, s.At(2.7).RadialStressGigapascals, 1e-13);  // traction-free surface
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.4)]
    public void UniformEigenstrain_FreeHomogeneousCylinder(double inner)
    {
        // analysis.md §C: a uniform ε* in a free homogeneous body is stress-free in generalised plane strain (u = ε*r, e₀ = ε*),
        // and gives the uniform σ_zz = −Eε* (σ_rr = σ_θθ = 0) in plane strain ("E·ε* = 158.6 GPa" for E = 170, ε* = 0.933).
        // Tolerance 1e-12 GPa.
        ElasticLayer[] layers = [new ElasticLayer(inner, 1.0, ESi, NuSi, 0.933), new ElasticLayer(1.0, 2.5, ESi, NuSi, 0.933)];
        var gps = MultilayerCylinder.Solve(layers, CylinderAxialCondition.GeneralizedPlaneStrain);
        var ps = MultilayerCylinder.Solve(layers, CylinderAxialCondition.PlaneStrain);
        Digits.Within(0.933, gps.AxialStrain, 1e-14);
        foreach (double r in new[] { Math.Max(inner, 0.0), 0.7, 1.0, 2.5 })
        {
            var g = gps.At(r);
            Digits.Within(0.0, g.VonMisesGigapascals, 1e-10);
            Digits.Within(0.933 * r, g.DisplacementMicrometres, 1e-13);
            var p = ps.At(r);
            Digits.Within(0.0, p.RadialStressGigapascals, 1e-10);
            Digits.Within(0.0, p.HoopStressGigapascals, 1e-10);
            Digits.Within(-158.61, p.AxialStressGigapascals, 1e-10);
        }
    }

    [Fact]
    public void ParabolicEigenstrain_MatchesTimoshenkoClosedForm()
    {
        // Plane-strain thermal stresses in a solid cylinder (Timoshenko & Goodier §150, αT → ε* = e₀x²), with
        // k = Ee₀/(1 − ν): σ_rr = k(1 − x²)/4, σ_θθ = k(1 − 3x²)/4, σ_zz (plane strain) = ν(σ_rr + σ_θθ) − Ee₀x², σ_zz (GPS) = k(1/2 − x²).
        // Tolerance 1e-12 GPa.
        double r0 = 2.0, e0 = 0.02, k = ESi * e0 / (1 - NuSi);
        ElasticLayer[] layers = [new ElasticLayer(0.0, r0, ESi, NuSi, RadialEigenstrain.Polynomial(r0, 0, 0, e0))];
        var ps = MultilayerCylinder.Solve(layers, CylinderAxialCondition.PlaneStrain);
        var gps = MultilayerCylinder.Solve(layers, CylinderAxialCondition.GeneralizedPlaneStrain);
        foreach (double x in new[] { 0.0, 0.25, 0.6, 1.0 })
        {
            var p = ps.At(x * r0);
            Digits.Within(k * (1 - x * x) / 4, p.RadialStressGigapascals, 1e-12);
            Digits.Within(k * (1 - 3 * x * x) / 4, p.HoopStressGigapascals, 1e-12);
            Digits.Within(-ESi * e0 * x * x, p.AxialStressGigapascals - NuSi * (p.RadialStressGigapascals + p.HoopStressGigapascals), 1e-12);
            var g = gps.At(x * r0);
            Digits.Within(k * (1 - x * x) / 4, g.RadialStressGigapascals, 1e-12);
            Digits.Within(k * (0.5 - x * x), g.AxialStressGigapascals, 1e-12);
        }
    }

    [Fact]
    public void ThickCylinderUnderPressure_MatchesLame()
    {
        // Lamé thick-walled cylinder, inner pressure p (Timoshenko & Goodier §33): σ_rr = p a²/(b² − a²)(1 − b²/r²),
        // σ_θθ = p a²/(b² − a²)(1 + b²/r²); plane strain σ_zz = ν(σ_rr + σ_θθ). Tolerance 1e-12 GPa.
        double a = 1.0, b = 3.0, p = 0.2, nu = 0.3;
        var s = MultilayerCylinder.Solve([new ElasticLayer(a, 2.0, 80, nu, 0.0), new ElasticLayer(2.0, b, 80, nu, 0.0)],
            CylinderAxialCondition.PlaneStrain, cavityPressureGigapascals: p);
        double c = p * a * a / (b * b - a * a);
        foreach (double r in new[] { 1.0, 1.5, 2.0, 3.0 })
        {
            var st = s.At(r);
            Digits.Within(c * (1 - b * b / (r * r)), st.RadialStressGigapascals, 1e-12);
            Digits.Within(c * (1 + b * b / (r * r)), st.HoopStressGigapascals, 1e-12);
            Digits.Within(nu * 2 * c, st.AxialStressGigapascals, 1e-12);
        }
    }
}
