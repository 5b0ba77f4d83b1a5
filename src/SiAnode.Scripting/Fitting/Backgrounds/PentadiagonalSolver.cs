namespace SiAnode.Scripting.Fitting.Backgrounds;

/// <summary>
/// Solves symmetric positive-definite pentadiagonal systems A·z = b by a banded LDLᵀ (Cholesky) factorisation in
/// O(n): L unit lower triangular with two subdiagonals (Golub &amp; Van Loan, Matrix Computations, §4.3 band
/// Cholesky). Used for the Whittaker smoother (W + λDᵀD)z = Wy of the penalised-least-squares baselines, where D is
/// the second-difference matrix.
/// </summary>
public static class PentadiagonalSolver
{
    /// <summary>Solves A·z = b with A given by its diagonal and first two superdiagonals.</summary>
    /// <param name="diagonal">A[i, i], length n.</param>
    /// <param name="upper1">A[i, i+1], length n − 1.</param>
    /// <param name="upper2">A[i, i+2], length n − 2.</param>
    /// <param name="rhs">b, length n.</param>
    public static double[] Solve(ReadOnlySpan<double> diagonal, ReadOnlySpan<double> upper1, ReadOnlySpan<double> upper2, ReadOnlySpan<double> rhs)
    {
        int n = diagonal.Length;
        if (rhs.Length != n || upper1.Length != Math.Max(n - 1, 0) || upper2.Length != Math.Max(n - 2, 0))
            throw new ArgumentException("band lengths must be n, n−1, n−2 and the right-hand side n");
        var d = new double[n];
        var e = new double[n]; // L[i, i−1]
        var f = new double[n]; // L[i, i−2]
        for (int i = 0; i < n; i++)
        {
            double fi = i >= 2 ? upper2[i - 2] / d[i - 2] : 0;
            double ei = i >= 1 ? (upper1[i - 1] - (i >= 2 ? fi * e[i - 1] * d[i - 2] : 0)) / d[i - 1] : 0;
            double di = diagonal[i] - (i >= 1 ? ei * ei * d[i - 1] : 0) - (i >= 2 ? fi * fi * d[i - 2] : 0);
            if (!(di > 0)) throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the matrix is not positive definite (pivot {i} = {di})"));
            d[i] = di; e[i] = ei; f[i] = fi;
        }
        var z = new double[n];
        for (int i = 0; i < n; i++)
            z[i] = rhs[i] - (i >= 1 ? e[i] * z[i - 1] : 0) - (i >= 2 ? f[i] * z[i - 2] : 0);
        for (int i = 0; i < n; i++) z[i] /= d[i];
        for (int i = n - 1; i >= 0; i--)
            z[i] -= (i + 1 < n ? e[i + 1] * z[i + 1] : 0) + (i + 2 < n ? f[i + 2] * z[i + 2] : 0);
        return z;
    }

    /// <summary>
    /// The Whittaker smoother with weights: z minimising Σ wᵢ(yᵢ − zᵢ)² + λ Σ (Δ²zᵢ)² (Eilers 2003, Anal. Chem. 75,
    /// 3631), i.e. (W + λDᵀD)z = Wy with D the (n−2)×n second-difference matrix.
    /// </summary>
    /// <param name="y">Data.</param>
    /// <param name="weights">Non-negative weights.</param>
    /// <param name="lambda">Smoothness λ &gt; 0.</param>
    public static double[] Whittaker(ReadOnlySpan<double> y, ReadOnlySpan<double> weights, double lambda)
    {
        int n = y.Length;
        if (n < 3) return y.ToArray();
        var diag = new double[n];
        var u1 = new double[n - 1];
        var u2 = new double[n - 2];
        // DᵀD bands: diagonal 1,5,6,…,6,5,1; first off −2,−4,…,−4,−2; second off 1.
        for (int i = 0; i < n; i++)
        {
            double dtd = (i == 0 || i == n - 1) ? 1 : (i == 1 || i == n - 2) ? 5 : 6;
            if (n == 3 && i == 1) dtd = 4;
            diag[i] = weights[i] + lambda * dtd;
        }
        for (int i = 0; i < n - 1; i++) u1[i] = lambda * ((i == 0 || i == n - 2) ? -2 : -4);
        for (int i = 0; i < n - 2; i++) u2[i] = lambda;
        var b = new double[n];
        for (int i = 0; i < n; i++) b[i] = weights[i] * y[i];
        return Solve(diag, u1, u2, b);
    }
}
