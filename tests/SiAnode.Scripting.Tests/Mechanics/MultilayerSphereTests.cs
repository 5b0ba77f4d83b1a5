using SiAnode.Scripting.Mechanics;

namespace SiAnode.Scripting.Tests.Mechanics;

/// <summary>
/// The exact layered sphere against analysis.md §C's test vectors (S1–S4, P1; Si E = 170 GPa, ν = 0.28, ε*_Si = 0.01,
/// coatings ε* = 0) and against independent closed forms.
/// </summary>
public class MultilayerSphereTests
{
    private const double ESi = 170.0, NuSi = 0.28, EpsSi = 0.01;

    private static MultilayerSphereSolution S1() => MultilayerSphere.Solve([
        new ElasticLayer(0.0, 2.5, ESi, NuSi, EpsSi),
        new ElasticLayer(2.5, 2.7, 50.0, 0.25, 0.0),
    ]);

    [Fact]
    public void S1_CoreShell_MatchesAnalysisVector()
    {
        // analysis.md §C S1: p = 0.098307; σ_θθ shell = 0.616935 (r = a), 0.567782 (r = b); u(b) = 0.0229952. Printed digits (±½ ulp).
        var s = S1();
        Digits.Equal(-0.098307, s.At(2.5, 0).RadialStressGigapascals, 6);
        Digits.Equal(-0.098307, s.At(1.0).HoopStressGigapascals, 6);
        Digits.Equal(0.616935, s.At(2.5, 1).HoopStressGigapascals, 6);
        Digits.Equal(0.567782, s.At(2.7).HoopStressGigapascals, 6);
        Digits.Equal(0.0229952, s.At(2.7).DisplacementMicrometres, 7);
    }

    [Fact]
    public void S1_CoreIsHydrostatic_AndMatchesEshelbyLameClosedForm()
    {
        // Closed form (analysis.md §C core–shell): core σ = −p everywhere, von Mises 0; shell σ_rr, σ_θθ from p. Tolerance 1e-12 GPa (round-off).
        var s = S1();
        double p = CoreShellMisfit.InterfacePressureGigapascals(2.5, 2.7, ESi, NuSi, 50.0, 0.25, EpsSi);
        Digits.Equal(0.098307, p, 6);
        foreach (double r in new[] { 0.0, 0.3, 1.7, 2.5 })
        {
            var c = s.At(r, 0);
            Digits.Within(-p, c.RadialStressGigapascals, 1e-12);
            Digits.Within(0.0, c.VonMisesGigapascals, 1e-12);
        }
        foreach (double r in new[] { 2.5, 2.55, 2.6, 2.7 })
        {
            var c = s.At(r, 1);
            Digits.Within(CoreShellMisfit.ShellRadialStressGigapascals(p, 2.5, 2.7, r), c.RadialStressGigapascals, 1e-12);
            Digits.Within(CoreShellMisfit.ShellHoopStressGigapascals(p, 2.5, 2.7, r), c.HoopStressGigapascals, 1e-12);
        }
        Digits.Within(0.0, s.At(2.7).RadialStressGigapascals, 1e-13); // traction-free surface
    }

    [Fact]
    public void S2_HollowCoreShell_MatchesAnalysisVector()
    {
        // analysis.md §C S2: σ_θθ(0.2) = −0.059928; σ_rr(2.5) = −0.039932; σ_θθ shell = 0.250597 (2.5) / 0.230631 (2.7). ±½ in the 6th decimal.
        var s = MultilayerSphere.Solve([
            new ElasticLayer(0.2, 2.5, ESi, NuSi, EpsSi),
            new ElasticLayer(2.5, 2.7, 20.0, 0.25, 0.0),
        ]);
        Digits.Equal(-0.059928, s.At(0.2).HoopStressGigapascals, 6);
        Digits.Within(0.0, s.At(0.2).RadialStressGigapascals, 1e-13);
        Digits.Equal(-0.039932, s.At(2.5).RadialStressGigapascals, 6);
        Digits.Equal(0.250597, s.At(2.5, 1).HoopStressGigapascals, 6);
        Digits.Equal(0.230631, s.At(2.7).HoopStressGigapascals, 6);
    }

    [Fact]
    public void S3_ThreeLayers_MatchesAnalysisVector()
    {
        // analysis.md §C S3: σ_rr(0.3) = +0.185779; σ_θθ(0.2) = 0.396002; σ_θθ in Si at 0.3 = −0.153359. ±½ in the 6th decimal.
        var s = MultilayerSphere.Solve([
            new ElasticLayer(0.2, 0.3, 20.0, 0.25, 0.0),
            new ElasticLayer(0.3, 2.5, ESi, NuSi, EpsSi),
            new ElasticLayer(2.5, 2.7, 20.0, 0.25, 0.0),
        ]);
        Digits.Equal(0.185779, s.At(0.3).RadialStressGigapascals, 6);
        Digits.Equal(0.185779, s.At(0.3, 1).RadialStressGigapascals, 6); // σ_rr continuous
        Digits.Equal(0.396002, s.At(0.2).HoopStressGigapascals, 6);
        Digits.Equal(-0.153359, s.At(0.3, 1).HoopStressGigapascals, 6);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.2)]
    [InlineData(1.5)]
    public void S4_UniformEigenstrainInHomogeneousSphere_IsStressFree(double inner)
    {
        // analysis.md §C S4 (and §C "uniform eigenstrain in a free homogeneous particle gives exactly zero stress"):
        // σ ≡ 0 and u = ε*r, here split into three layers of the same material. Tolerance 1e-12 GPa / 1e-14 µm.
        var s = MultilayerSphere.Solve([
            new ElasticLayer(inner, 1.8, ESi, NuSi, EpsSi),
            new ElasticLayer(1.8, 2.2, ESi, NuSi, EpsSi),
            new ElasticLayer(2.2, 2.5, ESi, NuSi, EpsSi),
        ]);
        for (double r = Math.Max(inner, 0.0); r <= 2.5; r += 0.1)
        {
            var c = s.At(r);
            Digits.Within(0.0, c.RadialStressGigapascals, 1e-12);
            Digits.Within(0.0, c.HoopStressGigapascals, 1e-12);
            Digits.Within(EpsSi * r, c.DisplacementMicrometres, 1e-14);
        }
    }

    [Fact]
    public void P1_ParabolicEigenstrain_MatchesClosedForm()
    {
        // analysis.md §C P1: ε* = e₀(r/R)² in a free solid sphere: σ_rr = 2Ee₀(1−x²)/5(1−ν), σ_θθ = Ee₀(2−4x²)/5(1−ν),
        // von Mises = 2Ee₀x²/5(1−ν), surface/mean von Mises = 5/3. Tolerance 1e-12 relative (exact polynomial moments).
        double r0 = 2.5, e0 = 0.01, k = ESi * e0 / (5 * (1 - NuSi));
        var s = MultilayerSphere.Solve([new ElasticLayer(0.0, r0, ESi, NuSi, RadialEigenstrain.Polynomial(r0, 0, 0, e0))]);
        foreach (double x in new[] { 0.0, 0.1, 0.37, 0.5, 0.8, 1.0 })
        {
            var c = s.At(x * r0);
            Digits.Within(2 * k * (1 - x * x), c.RadialStressGigapascals, 1e-12);
            Digits.Within(k * (2 - 4 * x * x), c.HoopStressGigapascals, 1e-12);
            Digits.Within(2 * k * x * x, c.VonMisesGigapascals, 1e-12);
        }
        double mean = s.Average().VonMisesGigapascals;
        Digits.Within(5.0 / 3.0, s.At(r0).VonMisesGigapascals / mean, 1e-12);
    }

    [Fact]
    public void P1_SplitIntoLayers_GivesTheSameField()
    {
        // The integral solution in several layers of the same material must reproduce the one-layer P1 field. Tolerance 1e-12 GPa.
        double r0 = 2.5, e0 = 0.01;
        var profile = RadialEigenstrain.Polynomial(r0, 0, 0, e0);
        var one = MultilayerSphere.Solve([new ElasticLayer(0.0, r0, ESi, NuSi, profile)]);
        var three = MultilayerSphere.Solve([
            new ElasticLayer(0.0, 1.0, ESi, NuSi, profile),
            new ElasticLayer(1.0, 2.0, ESi, NuSi, profile),
            new ElasticLayer(2.0, r0, ESi, NuSi, profile),
        ]);
        foreach (double r in new[] { 0.3, 1.0, 1.5, 2.0, 2.4, 2.5 })
        {
            Digits.Within(one.At(r).RadialStressGigapascals, three.At(r).RadialStressGigapascals, 1e-12);
            Digits.Within(one.At(r).HoopStressGigapascals, three.At(r).HoopStressGigapascals, 1e-12);
            Digits.Within(one.At(r).DisplacementMicrometres, three.At(r).DisplacementMicrometres, 1e-14);
        }
    }

    [Fact]
    public void Theorem_CoatingChangesOnlyTheHydrostaticPartInASolidCore()
    {
        // analysis.md §C theorem: in a solid core the coating changes only A, so the core von Mises stress (here from P1's
        // ε* = e₀x²) is coating-independent. Tolerance 1e-12 GPa.
        double r0 = 2.5;
        var profile = RadialEigenstrain.Polynomial(r0, 0, 0, 0.01);
        var bare = MultilayerSphere.Solve([new ElasticLayer(0.0, r0, ESi, NuSi, profile)]);
        var coated = MultilayerSphere.Solve([new ElasticLayer(0.0, r0, ESi, NuSi, profile), new ElasticLayer(r0, 2.7, 20.0, 0.25, 0.3)]);
        foreach (double r in new[] { 0.0, 0.5, 1.2, 2.5 })
            Digits.Within(bare.At(r).VonMisesGigapascals, coated.At(r).VonMisesGigapascals, 1e-12);
        Assert.NotEqual(bare.At(1.0).HydrostaticGigapascals, coated.At(1.0).HydrostaticGigapascals, 6);
    }

    [Fact]
    public void FreeBody_MeanStressVanishes()
    {
        // A traction-free body with no body force has ∫σ_ij dV = ∮x_i t_j dS = 0 (mean-stress theorem). The angular mean of
        // e_r⊗e_r is I/3, so for spherical symmetry ∫σ dV = ⟨σ_h⟩V·I: ⟨σ_h⟩ = 0 over the S3 particle (hollow, three layers),
        // while ⟨σ_rr⟩ and ⟨σ_θθ⟩ need not vanish separately. Tolerance 1e-12 GPa (Gauss–Legendre quadrature of smooth fields).
        var s = MultilayerSphere.Solve([
            new ElasticLayer(0.2, 0.3, 20.0, 0.25, 0.0),
            new ElasticLayer(0.3, 2.5, ESi, NuSi, EpsSi),
            new ElasticLayer(2.5, 2.7, 20.0, 0.25, 0.0),
        ]);
        var mean = s.Average();
        Digits.Within(0.0, mean.HydrostaticGigapascals, 1e-12);
        Digits.Within(0.0, (mean.RadialStressGigapascals + 2 * mean.HoopStressGigapascals) / 3, 1e-12);
        Assert.True(mean.VonMisesGigapascals > 0);
        double fractions = Enumerable.Range(0, 3).Sum(i => s.LayerAverage(i).VolumeFraction);
        Digits.Within(1.0, fractions, 1e-14);
    }

    [Fact]
    public void ThickShellUnderPressure_MatchesLame()
    {
        // Lamé thick-walled sphere (Timoshenko & Goodier §141), inner pressure p, no eigenstrain:
        // σ_rr = p a³(b³ − r³)/(r³(a³ − b³)) · ... written as σ_rr = −p (b³/r³ − 1)/(b³/a³ − 1), σ_θθ = p (b³/2r³ + 1)/(b³/a³ − 1).
        // Tolerance 1e-12 GPa.
        double a = 1.0, b = 2.0, p = 0.3;
        var s = MultilayerSphere.Solve([new ElasticLayer(a, 1.4, 90, 0.3, 0.0), new ElasticLayer(1.4, b, 90, 0.3, 0.0)], cavityPressureGigapascals: p);
        double k = Math.Pow(b / a, 3) - 1;
        foreach (double r in new[] { 1.0, 1.2, 1.4, 1.9, 2.0 })
        {
            double q = Math.Pow(b / r, 3);
            Digits.Within(-p * (q - 1) / k, s.At(r).RadialStressGigapascals, 1e-12);
            Digits.Within(p * (q / 2 + 1) / k, s.At(r).HoopStressGigapascals, 1e-12);
        }
    }

    [Fact]
    public void RejectsGapsBetweenLayers()
    {
        // Input validation: layers must be contiguous, ν < 0.5, and a 1/r eigenstrain term is refused in a solid core.
        Assert.Throws<ArgumentException>(() => MultilayerSphere.Solve([new ElasticLayer(0, 1, 100, 0.3, 0), new ElasticLayer(1.1, 2, 100, 0.3, 0)]));
        Assert.Throws<ArgumentException>(() => MultilayerSphere.Solve([new ElasticLayer(0, 1, 100, 0.5, 0)]));
        Assert.Throws<ArgumentException>(() => MultilayerSphere.Solve([new ElasticLayer(0, 1, 100, 0.3, new PolynomialEigenstrain(1, [0.0], 0.01))]));
    }
}
