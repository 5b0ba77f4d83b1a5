namespace SiAnode.Scripting.Mechanics;

/// <summary>Dense Gaussian elimination with partial (row) pivoting, for the small 2N×2N interface systems of the layered solvers.</summary>
internal static class GaussianElimination
{
    /// <summary>Solves M x = rhs. Neither argument is modified. Throws when M is numerically singular.</summary>
    public static double[] Solve(double[,] matrix, double[] rhs)
    {
        int n = rhs.Length;
        if (matrix.GetLength(0) != n || matrix.GetLength(1) != n) throw new ArgumentException("matrix must be n×n with n = rhs.Length");
        var a = (double[,])matrix.Clone();
        var b = (double[])rhs.Clone();
        double scale = 0.0;
        foreach (double v in a) scale = Math.Max(scale, Math.Abs(v));
        for (int k = 0; k < n; k++)
        {
            int p = k;
            for (int i = k + 1; i < n; i++)
                if (Math.Abs(a[i, k]) > Math.Abs(a[p, k])) p = i;
            if (!(Math.Abs(a[p, k]) > 1e-14 * scale)) throw new InvalidOperationException("the interface system is singular");
            if (p != k)
            {
                for (int j = k; j < n; j++) (a[k, j], a[p, j]) = (a[p, j], a[k, j]);
                (b[k], b[p]) = (b[p], b[k]);
            }
            for (int i = k + 1; i < n; i++)
            {
                double f = a[i, k] / a[k, k];
                if (f == 0.0) continue;
                for (int j = k; j < n; j++) a[i, j] -= f * a[k, j];
                b[i] -= f * b[k];
            }
        }
        var x = new double[n];
        for (int i = n - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int j = i + 1; j < n; j++) s -= a[i, j] * x[j];
            x[i] = s / a[i, i];
        }
        return x;
    }
}
