using Xunit.Abstractions;
using SiAnode.Scripting.Mechanics;
using SiAnode.Scripting.Mechanics.Fem;

namespace SiAnode.Scripting.Tests.Mechanics.Fem;

/// <summary>
/// Axisymmetric FEM (quadratic triangles, quarter section) against the exact layered sphere (<see cref="MultilayerSphere"/>)
/// on analysis.md §C's vectors S1–S4 and P1 (Si E = 170 GPa, ν = 0.28, ε* = 0.01; coatings ε* = 0). Tolerance: 1 % relative
/// on every printed value at the stated mesh (h = 0.25 µm, no interface refinement: 2–5 × 10³ unknowns; observed errors
/// ≤ 6.4 × 10⁻⁴), unless stated otherwise.
/// </summary>
public class FemSphereVerificationTests(ITestOutputHelper output)
{
    private const double ESi = 170.0, NuSi = 0.28, EpsSi = 0.01;
    private static readonly SphereMeshOptions Mesh = new(0.25);

    private void Check(string name, double expected, double actual, double relativeTolerance = 0.01)
    {
        double rel = Math.Abs(actual - expected) / Math.Abs(expected);
        output.WriteLine(FormattableString.Invariant($"{name}: closed form {expected:G7}, FEM {actual:G7}, relative error {rel:E2}"));
        Assert.True(rel <= relativeTolerance, FormattableString.Invariant($"{name}: expected {expected:G7} ±{relativeTolerance:P1}, got {actual:G7} ({rel:P3})"));
    }

    private AxisymmetricSolution Solve(IReadOnlyList<ElasticLayer> layers)
    {
        var fem = FemSphere.Solve(layers, Mesh);
        var q = fem.Mesh.Quality();
        output.WriteLine(FormattableString.Invariant($"mesh: {q.Nodes} nodes, {q.Elements} elements, {fem.Statistics.Unknowns} unknowns, min shape {q.MinimumShape:F3}, mean {q.MeanShape:F3}, min det J ratio {q.MinimumJacobianRatio:F3}; CG {fem.Statistics.Iterations} it"));
        return fem;
    }

    [Fact]
    public void S1_CoreShell_Within1Percent()
    {
        // analysis.md S1: p = 0.098307; shell σ_θθ 0.616935 (r = a), 0.567782 (r = b); u(b) = 0.0229952.
        ElasticLayer[] layers = [new(0.0, 2.5, ESi, NuSi, EpsSi), new(2.5, 2.7, 50.0, 0.25, 0.0)];
        var fem = Solve(layers);
        Check("S1 core σ_ρρ(1.0) = −p", -0.098307, FemSphere.At(fem, layers, 1.0).RadialStressGigapascals);
        Check("S1 core σ_ρρ(2.5) = −p", -0.098307, FemSphere.At(fem, layers, 2.5, 0).RadialStressGigapascals);
        Check("S1 shell σ_θθ(2.5)", 0.616935, FemSphere.At(fem, layers, 2.5, 1).HoopStressGigapascals);
        Check("S1 shell σ_θθ(2.7)", 0.567782, FemSphere.At(fem, layers, 2.7).HoopStressGigapascals);
        Check("S1 u(2.7)", 0.0229952, FemSphere.At(fem, layers, 2.7).DisplacementMicrometres);
        // Core: hydrostatic, von Mises ≈ 0 (absolute tolerance 1 % of p).
        var core = fem.Probe(1.0, 1.5, 0);
        Assert.True(core.VonMisesGigapascals < 0.01 * 0.098307, FormattableString.Invariant($"core von Mises {core.VonMisesGigapascals}"));
    }

    [Fact]
    public void S2_HollowCoatedSphere_Within1Percent()
    {
        // analysis.md S2: σ_θθ(pore wall) = −0.059928; σ_rr(2.5) = −0.039932; shell σ_θθ 0.250597 / 0.230631.
        ElasticLayer[] layers = [new(0.2, 2.5, ESi, NuSi, EpsSi), new(2.5, 2.7, 20.0, 0.25, 0.0)];
        var fem = Solve(layers);
        Check("S2 σ_θθ(0.2)", -0.059928, FemSphere.At(fem, layers, 0.2).HoopStressGigapascals);
        Check("S2 σ_ρρ(2.5)", -0.039932, FemSphere.At(fem, layers, 2.5).RadialStressGigapascals);
        Check("S2 shell σ_θθ(2.5)", 0.250597, FemSphere.At(fem, layers, 2.5, 1).HoopStressGigapascals);
        Check("S2 shell σ_θθ(2.7)", 0.230631, FemSphere.At(fem, layers, 2.7).HoopStressGigapascals);
    }

    [Fact]
    public void S3_DualCoatedPorousSphere_Within1Percent()
    {
        // analysis.md S3: σ_rr(0.3) = +0.185779; σ_θθ(0.2) = 0.396002; σ_θθ Si(0.3) = −0.153359.
        ElasticLayer[] layers = [new(0.2, 0.3, 20.0, 0.25, 0.0), new(0.3, 2.5, ESi, NuSi, EpsSi), new(2.5, 2.7, 20.0, 0.25, 0.0)];
        var fem = Solve(layers);
        Check("S3 σ_ρρ(0.3)", 0.185779, FemSphere.At(fem, layers, 0.3).RadialStressGigapascals);
        Check("S3 σ_θθ(0.2)", 0.396002, FemSphere.At(fem, layers, 0.2).HoopStressGigapascals);
        Check("S3 Si σ_θθ(0.3)", -0.153359, FemSphere.At(fem, layers, 0.3, 1).HoopStressGigapascals);
    }

    [Fact]
    public void S4_UniformExpansion_IsStressFree()
    {
        // analysis.md S4: homogeneous hollow sphere, uniform ε*: σ ≡ 0 and u = ε*ρ. Quadratic elements reproduce the
        // linear field u = ε*x exactly, so the tolerance is the CG tolerance (10⁻¹⁰): |σ| ≤ 10⁻⁶·Eε*, |u − ε*ρ| ≤ 10⁻⁹ µm.
        ElasticLayer[] layers = [new(0.2, 2.5, ESi, NuSi, EpsSi)];
        var fem = FemSphere.Solve(layers, new SphereMeshOptions(0.25));
        foreach (var s in fem.NodalStresses())
        {
            Assert.NotNull(s);
            Assert.True(s.VonMisesGigapascals < 1e-6 * ESi * EpsSi && Math.Abs(s.HydrostaticGigapascals) < 1e-6 * ESi * EpsSi);
            Assert.True(Math.Abs(s.SphericalRadialDisplacementMicrometres - EpsSi * s.SphericalRadiusMicrometres) < 1e-9);
        }
    }

    [Fact]
    public void P1_ParabolicEigenstrain_MeanVonMisesAndSurface()
    {
        // analysis.md P1: ε* = e₀(ρ/R)², mean von Mises = 6Ee₀/25(1 − ν) (3/5 of the surface 2Ee₀/5(1 − ν)); mean σ_h = 0.
        const double e0 = 0.01, r = 2.5;
        ElasticLayer[] layers = [new(0.0, r, ESi, NuSi, RadialEigenstrain.Polynomial(r, 0.0, 0.0, e0))];
        var fem = Solve(layers);
        double surface = 2.0 * ESi * e0 / (5.0 * (1.0 - NuSi));
        var avg = fem.Average();
        Check("P1 mean von Mises", 0.6 * surface, avg.VonMisesGigapascals);
        Check("P1 surface von Mises", surface, fem.Probe(r * Math.Cos(0.5), r * Math.Sin(0.5)).VonMisesGigapascals);
        Assert.True(Math.Abs(avg.HydrostaticGigapascals) < 1e-3 * surface);
        Check("P1 volume 2π/3 R³ (half sphere)", 2.0 * Math.PI / 3.0 * r * r * r, avg.VolumeCubicMicrometres, 1e-6);
    }
}
