namespace SiAnode.Scripting.Numerics;

/// <summary>
/// Linear least squares min ‖A x − b‖₂ by Householder QR with column pivoting (Golub &amp; Van Loan, Matrix Computations,
/// 4th ed., §5.4.1): numerically stable where the normal equations are not, and rank-revealing, so that a rank-deficient
/// problem gets the basic solution with the dependent columns set to zero instead of a blow-up.
/// </summary>
public static class LinearLeastSquares
{
    /// <summary>Solves min ‖A x − b‖₂. <paramref name="a"/> is rows × columns (rows ≥ 1), row-major; it is not modified.</summary>
    /// <param name="a">The design matrix.</param>
    /// <param name="b">The right-hand side, one value per row.</param>
    /// <param name="relativeTolerance">Columns whose pivot falls below this fraction of the largest are treated as dependent.</param>
    /// <returns>x, one value per column.</returns>
    public static double[] Solve(double[,] a, IReadOnlyList<double> b, double relativeTolerance = 1e-13)
    {
        int m = a.GetLength(0), n = a.GetLength(1);
        if (b.Count != m) throw new ArgumentException($"b has {b.Count} values for {m} rows", nameof(b));
        var q = (double[,])a.Clone();
        var rhs = b.ToArray();
        var perm = Enumerable.Range(0, n).ToArray();
        var norms = new double[n];
        int steps = Math.Min(m, n);
        int rank = 0;
        double firstPivot = 0;
        for (int k = 0; k < steps; k++)
        {
            // Column norms of the remaining block, recomputed exactly (no downdating error; the problems here are small).
            for (int j = k; j < n; j++)
            {
                double s2 = 0;
                for (int i = k; i < m; i++) s2 += q[i, j] * q[i, j];
                norms[j] = s2;
            }
            int p = k;
            for (int j = k + 1; j < n; j++) if (norms[j] > norms[p]) p = j;
            if (p != k)
            {
                for (int i = 0; i < m; i++) (q[i, k], q[i, p]) = (q[i, p], q[i, k]);
                (norms[k], norms[p]) = (norms[p], norms[k]);
                (perm[k], perm[p]) = (perm[p], perm[k]);
            }
            double alpha = 0;
            for (int i = k; i < m; i++) alpha += q[i, k] * q[i, k];
            alpha = Math.Sqrt(alpha);
            if (k == 0) firstPivot = alpha;
            if (alpha == 0 || alpha <= relativeTolerance * firstPivot) break;
            if (q[k, k] > 0) alpha = -alpha;
            // v = x − alpha e1, stored in place; H = I − 2 v vᵀ / vᵀv
            q[k, k] -= alpha;
            double vtv = 0;
            for (int i = k; i < m; i++) vtv += q[i, k] * q[i, k];
            for (int j = k + 1; j < n; j++)
            {
                double s = 0;
                for (int i = k; i < m; i++) s += q[i, k] * q[i, j];
                s = 2 * s / vtv;
                for (int i = k; i < m; i++) q[i, j] -= s * q[i, k];
            }
            double t = 0;
            for (int i = k; i < m; i++) t += q[i, k] * rhs[i];
            t = 2 * t / vtv;
            for (int i = k; i < m; i++) rhs[i] -= t * q[i, k];
            q[k, k] = alpha; // R's diagonal
            rank++;
        }
        var z = new double[n];
        for (int k = rank - 1; k >= 0; k--)
        {
            double s = rhs[k];
            for (int j = k + 1; j < rank; j++) s -= q[k, j] * z[j];
            z[k] = s / q[k, k];
        }
        var x = new double[n];
        for (int j = 0; j < n; j++) x[perm[j]] = z[j];
        return x;
    }
}
