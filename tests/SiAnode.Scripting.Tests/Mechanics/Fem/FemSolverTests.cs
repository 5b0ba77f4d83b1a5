using SiAnode.Scripting.Mechanics;
using SiAnode.Scripting.Mechanics.Fem;

namespace SiAnode.Scripting.Tests.Mechanics.Fem;

/// <summary>The sparse stiffness and the IC(0)/Jacobi conjugate-gradient solver on small meshes, against dense elimination.</summary>
public class FemSolverTests
{
    private static (SparseMatrix K, double[] F) System()
    {
        var mesh = SphereSectionMesher.Build([0.0, 2.5, 2.7], new SphereMeshOptions(0.8));
        var (k, f) = AxisymmetricElasticity.Assemble(mesh, [new AxisymmetricMaterial(170.0, 0.28, 0.01), new AxisymmetricMaterial(50.0, 0.25, 0.0)]);
        k.ConstrainToZero(AxisymmetricElasticity.Constraints(mesh, true), f);
        return (k, f);
    }

    [Fact]
    public void Stiffness_IsSymmetric()
    {
        // Tolerance 1e-12 relative to the largest entry (round-off of the element integrals).
        var (k, _) = System();
        var d = k.ToDense();
        double max = k.Values.Max(Math.Abs);
        for (int i = 0; i < k.Size; i++)
            for (int j = 0; j < i; j++)
                Assert.True(Math.Abs(d[i, j] - d[j, i]) <= 1e-12 * max);
    }

    [Theory]
    [InlineData(PreconditionerKind.IncompleteCholesky)]
    [InlineData(PreconditionerKind.Jacobi)]
    [InlineData(PreconditionerKind.SmoothedAggregation)]
    public void ConjugateGradient_MatchesDenseElimination(PreconditionerKind preconditioner)
    {
        // Oracle: dense Gaussian elimination with partial pivoting; tolerance 1e-7 relative to max |u| (CG stops at 1e-10 residual).
        var (k, f) = System();
        var dense = GaussianElimination.Solve(k.ToDense(), f);
        var (u, stats) = ConjugateGradient.Solve(k, f, 1e-10, preconditioner: preconditioner);
        double max = dense.Max(Math.Abs);
        for (int i = 0; i < u.Length; i++) Assert.True(Math.Abs(u[i] - dense[i]) <= 1e-7 * max);
        Assert.True(stats.RelativeResidual <= 1e-10);
    }

    [Fact]
    public void SmoothedAggregation_IterationsNearlyIndependentOfMesh()
    {
        // Multigrid property (Vaněk et al. 1996): CG iterations stay bounded as h halves twice (observed 29–34 from 3×10³ to
        // 1.7×10⁵ unknowns), while IC(0) roughly doubles. Bound asserted: ≤ 45 iterations at h = 0.4, 0.2, 0.1 µm, and
        // fewer than IC(0) at h = 0.1.
        foreach (double h in new[] { 0.4, 0.2, 0.1 })
        {
            var mesh = SphereSectionMesher.Build([0.0, 2.5, 2.7], new SphereMeshOptions(h));
            var (k, f) = AxisymmetricElasticity.Assemble(mesh, [new AxisymmetricMaterial(170.0, 0.28, 0.01), new AxisymmetricMaterial(50.0, 0.25, 0.0)]);
            k.ConstrainToZero(AxisymmetricElasticity.Constraints(mesh, true), f);
            var sa = ConjugateGradient.Solve(k, f, 1e-8, preconditioner: PreconditionerKind.SmoothedAggregation).Statistics;
            Assert.True(sa.Iterations <= 45, FormattableString.Invariant($"h = {h}: {sa.Iterations} iterations"));
            if (h == 0.1)
                Assert.True(sa.Iterations < ConjugateGradient.Solve(k, f, 1e-8).Statistics.Iterations);
        }
    }

    [Fact]
    public void IncompleteCholesky_NeedsFewerIterationsThanJacobi()
    {
        var (k, f) = System();
        var ic = ConjugateGradient.Solve(k, f, preconditioner: PreconditionerKind.IncompleteCholesky).Statistics;
        var jac = ConjugateGradient.Solve(k, f, preconditioner: PreconditionerKind.Jacobi).Statistics;
        Assert.Equal(0.0, ic.PreconditionerShift);
        Assert.True(ic.Iterations < jac.Iterations, FormattableString.Invariant($"IC(0) {ic.Iterations} vs Jacobi {jac.Iterations}"));
    }
}
