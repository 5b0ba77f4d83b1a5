namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// Preconditioned conjugate gradients for a symmetric positive definite <see cref="SparseMatrix"/> with an IC(0), Jacobi or
/// smoothed-aggregation multigrid preconditioner (Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., Algorithm 9.1).
/// Each iteration costs O(nnz); for a 2-D elasticity stiffness the iteration count grows like √κ = O(h⁻¹) = O(n^½) with
/// Jacobi or IC(0), so a solve is O(n^1.5) (IC(0) lowers the constant, not the order); with the multigrid V-cycle it stays
/// nearly constant (29–34 measured), so the solve is O(n) up to the set-up's constant.
/// </summary>
public static class ConjugateGradient
{
    /// <summary>Solves A x = b from x = 0 until ‖r‖ ≤ tolerance·‖b‖.</summary>
    /// <param name="matrix">A, symmetric positive definite.</param>
    /// <param name="rightHandSide">b.</param>
    /// <param name="relativeTolerance">Stop when ‖b − Ax‖₂ ≤ this·‖b‖₂.</param>
    /// <param name="maximumIterations">Give up after this many iterations (InvalidOperationException).</param>
    /// <param name="preconditioner">IC(0) (default) or Jacobi.</param>
    public static (double[] Solution, SolverStatistics Statistics) Solve(SparseMatrix matrix, ReadOnlySpan<double> rightHandSide,
        double relativeTolerance = 1e-10, int maximumIterations = 100_000, PreconditionerKind preconditioner = PreconditionerKind.IncompleteCholesky)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.Size;
        if (rightHandSide.Length != n) throw new ArgumentException("right-hand side has the wrong length");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        IncompleteCholesky? ic = null;
        SmoothedAggregationMultigrid? amg = null;
        double[]? inverseDiagonal = null;
        if (preconditioner == PreconditionerKind.IncompleteCholesky) ic = new IncompleteCholesky(matrix);
        else if (preconditioner == PreconditionerKind.SmoothedAggregation) amg = new SmoothedAggregationMultigrid(matrix);
        else
        {
            inverseDiagonal = new double[n];
            for (int i = 0; i < n; i++)
            {
                int k = matrix.IndexOf(i, i);
                double d = k >= 0 ? matrix.Values[k] : 0.0;
                if (!(d > 0.0)) throw new ArgumentException(FormattableString.Invariant($"diagonal entry {i} is not positive"));
                inverseDiagonal[i] = 1.0 / d;
            }
        }
        double setup = clock.Elapsed.TotalSeconds;
        var x = new double[n];
        var r = rightHandSide.ToArray();
        var z = new double[n];
        var p = new double[n];
        var q = new double[n];
        double bNorm = Math.Sqrt(Dot(r, r));
        if (bNorm == 0.0)
            return (x, new SolverStatistics(n, matrix.NonZeros, 0, 0.0, setup, clock.Elapsed.TotalSeconds - setup, ic?.Shift ?? 0.0));
        void Precondition()
        {
            if (ic is not null) ic.Apply(r, z);
            else if (amg is not null) amg.Apply(r, z);
            else for (int i = 0; i < n; i++) z[i] = inverseDiagonal![i] * r[i];
        }
        Precondition();
        Array.Copy(z, p, n);
        double rz = Dot(r, z), rNorm = bNorm;
        int it = 0;
        while (rNorm > relativeTolerance * bNorm)
        {
            if (it == maximumIterations)
                throw new InvalidOperationException(FormattableString.Invariant($"conjugate gradients did not converge in {it} iterations (relative residual {rNorm / bNorm:E2})"));
            matrix.Multiply(p, q);
            double alpha = rz / Dot(p, q);
            for (int i = 0; i < n; i++)
            {
                x[i] += alpha * p[i];
                r[i] -= alpha * q[i];
            }
            rNorm = Math.Sqrt(Dot(r, r));
            Precondition();
            double rzNew = Dot(r, z), beta = rzNew / rz;
            rz = rzNew;
            for (int i = 0; i < n; i++) p[i] = z[i] + beta * p[i];
            it++;
        }
        return (x, new SolverStatistics(n, matrix.NonZeros, it, rNorm / bNorm, setup, clock.Elapsed.TotalSeconds - setup, ic?.Shift ?? 0.0));
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0.0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
