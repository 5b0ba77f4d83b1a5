using SiAnode.Scripting.Mechanics;
using SiAnode.Scripting.Mechanics.Fem;
using Xunit.Abstractions;

namespace SiAnode.Scripting.Tests.Mechanics.Fem;

/// <summary>
/// Mesh convergence of the quadratic-triangle axisymmetric FEM on analysis.md's P1 (ε* = e₀(ρ/R)², solid Si sphere,
/// E = 170 GPa, ν = 0.28, e₀ = 0.01), oracle <see cref="MultilayerSphere"/>. For 6-node triangles the stress (energy-norm)
/// error is O(h²) (Strang &amp; Fix, An Analysis of the Finite Element Method, Ch. 3); the test asserts an observed order
/// ≥ 1.7 on h = 0.4, 0.2, 0.1 µm (observed 1.78, 1.98; 1.99 at h = 0.05).
/// </summary>
public class FemConvergenceTests(ITestOutputHelper output)
{
    /// <summary>‖σ_h − σ‖_L2 / √V, with the exact spherical state rotated into (r, z, θ) components.</summary>
    internal static double StressL2Error(AxisymmetricSolution fem, MultilayerSphereSolution exact)
    {
        var (err2, volume) = fem.Integrate(s =>
        {
            double rho = s.SphericalRadiusMicrometres, nr = s.RadiusMicrometres / rho, nz = s.HeightMicrometres / rho;
            var layer = exact.Layers[s.Region];
            var x = exact.At(Math.Clamp(rho, layer.InnerRadiusMicrometres, layer.OuterRadiusMicrometres), s.Region);
            double sp = x.RadialStressGigapascals, st = x.HoopStressGigapascals;
            double a = s.RadialStressGigapascals - (sp * nr * nr + st * nz * nz);
            double b = s.AxialStressGigapascals - (sp * nz * nz + st * nr * nr);
            double c = s.HoopStressGigapascals - st;
            double d = s.ShearStressGigapascals - (sp - st) * nr * nz;
            return a * a + b * b + c * c + 2.0 * d * d;
        });
        return Math.Sqrt(err2 / volume);
    }

    [Fact]
    public void P1_StressError_ConvergesAtSecondOrder()
    {
        ElasticLayer[] layers = [new(0.0, 2.5, 170.0, 0.28, RadialEigenstrain.Polynomial(2.5, 0.0, 0.0, 0.01))];
        var exact = MultilayerSphere.Solve(layers);
        double[] h = [0.4, 0.2, 0.1];
        var errors = new double[h.Length];
        for (int i = 0; i < h.Length; i++)
        {
            var fem = FemSphere.Solve(layers, new SphereMeshOptions(h[i]));
            errors[i] = StressL2Error(fem, exact);
            output.WriteLine(FormattableString.Invariant($"h = {h[i]} µm, {fem.Statistics.Unknowns} unknowns: L2 stress error {errors[i]:E3} GPa{(i > 0 ? $", order {Math.Log(errors[i - 1] / errors[i]) / Math.Log(2.0):F2}" : "")}"));
        }
        for (int i = 1; i < h.Length; i++)
            Assert.True(Math.Log(errors[i - 1] / errors[i]) / Math.Log(h[i - 1] / h[i]) >= 1.7);
    }
}
