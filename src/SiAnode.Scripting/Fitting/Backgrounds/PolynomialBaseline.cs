namespace SiAnode.Scripting.Fitting.Backgrounds;

/// <summary>
/// Straight-line and polynomial baselines: the line through the end points (averaged over a window), and the
/// iterative modified polynomial fit (Lieber &amp; Mahadevan-Jansen 2003, Appl. Spectrosc. 57, 1363): fit, clip the
/// data to the fit, refit, until stable.
/// </summary>
public static class PolynomialBaseline
{
    /// <summary>The straight line joining the mean of the first and of the last <paramref name="window"/> points.</summary>
    /// <param name="x">Abscissae.</param>
    /// <param name="y">Intensities.</param>
    /// <param name="window">Points averaged at each end.</param>
    public static double[] Linear(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int window = 5)
    {
        int n = y.Length;
        if (x.Length != n || n < 2) throw new ArgumentException("x and y need the same length ≥ 2");
        window = Math.Clamp(window, 1, Math.Max(1, n / 2));
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        for (int k = 0; k < window; k++) { x0 += x[k]; y0 += y[k]; x1 += x[n - 1 - k]; y1 += y[n - 1 - k]; }
        x0 /= window; y0 /= window; x1 /= window; y1 /= window;
        var b = new double[n];
        for (int i = 0; i < n; i++) b[i] = y0 + (y1 - y0) * (x[i] - x0) / (x1 - x0);
        return b;
    }

    /// <summary>The least-squares polynomial of the given degree through all points.</summary>
    /// <param name="x">Abscissae.</param>
    /// <param name="y">Intensities.</param>
    /// <param name="degree">Polynomial degree.</param>
    public static double[] Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int degree)
    {
        int n = y.Length, m = degree + 1;
        if (x.Length != n || n < m) throw new ArgumentException($"need at least {m} points of equal-length x and y");
        // Scale x to [−1, 1] for conditioning, then QR least squares.
        double lo = double.MaxValue, hi = double.MinValue;
        foreach (var v in x) { lo = Math.Min(lo, v); hi = Math.Max(hi, v); }
        double mid = 0.5 * (lo + hi), half = hi > lo ? 0.5 * (hi - lo) : 1;
        var cols = new double[m][];
        for (int j = 0; j < m; j++)
        {
            cols[j] = new double[n];
            for (int i = 0; i < n; i++) cols[j][i] = Math.Pow((x[i] - mid) / half, j);
        }
        var basis = cols.Select(c => (double[])c.Clone()).ToArray();
        var qtb = y.ToArray();
        var r = DenseQr.Factor(cols, n, qtb);
        var coef = new double[m];
        for (int i = m - 1; i >= 0; i--)
        {
            double s = qtb[i];
            for (int j = i + 1; j < m; j++) s -= r[i, j] * coef[j];
            coef[i] = r[i, i] == 0 ? 0 : s / r[i, i];
        }
        var result = new double[n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) result[i] += coef[j] * basis[j][i];
        return result;
    }

    /// <summary>Iterative modified polynomial baseline (the data are clipped to the fit after each pass).</summary>
    /// <param name="x">Abscissae.</param>
    /// <param name="y">Intensities.</param>
    /// <param name="degree">Polynomial degree.</param>
    /// <param name="maxIterations">Iteration limit.</param>
    /// <param name="tolerance">Stop when the relative change of the fit is below this.</param>
    public static double[] Modified(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int degree = 3, int maxIterations = 200, double tolerance = 1e-6)
    {
        var work = y.ToArray();
        var fit = Fit(x, work, degree);
        for (int it = 0; it < maxIterations; it++)
        {
            for (int i = 0; i < work.Length; i++) work[i] = Math.Min(work[i], fit[i]);
            var next = Fit(x, work, degree);
            double num = 0, den = 0;
            for (int i = 0; i < fit.Length; i++) { num += (next[i] - fit[i]) * (next[i] - fit[i]); den += fit[i] * fit[i]; }
            fit = next;
            if (Math.Sqrt(num / Math.Max(den, double.Epsilon)) < tolerance) break;
        }
        return fit;
    }
}
