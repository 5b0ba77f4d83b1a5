namespace SiAnode.Scripting.Porosity;

/// <summary>
/// An ordinary least-squares straight line y = a + b·x with its standard errors (the textbook formulas, e.g. Montgomery &amp;
/// Runger, Applied Statistics, §11-4): s² = SSR/(N−2), var b = s²/Sxx, var a = s²(1/N + x̄²/Sxx), cov(a, b) = −x̄·s²/Sxx.
/// </summary>
/// <param name="Intercept">a.</param>
/// <param name="Slope">b.</param>
/// <param name="Count">N, the number of points.</param>
/// <param name="MeanX">x̄.</param>
/// <param name="Sxx">Σ(x − x̄)².</param>
/// <param name="ResidualStandardDeviation">s = √(SSR/(N−2)); NaN for N = 2.</param>
/// <param name="RSquared">Coefficient of determination 1 − SSR/SST.</param>
internal readonly record struct LeastSquaresLine(double Intercept, double Slope, int Count, double MeanX, double Sxx,
    double ResidualStandardDeviation, double RSquared)
{
    /// <summary>Fits points [start, start+count) of x and y (two-pass, centred sums for accuracy).</summary>
    public static LeastSquaresLine Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
        mx /= n; my /= n;
        double sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxx += dx * dx; sxy += dx * dy; syy += dy * dy;
        }
        double b = sxy / sxx, a = my - b * mx;
        double ssr = 0;
        for (int i = 0; i < n; i++) { double r = y[i] - a - b * x[i]; ssr += r * r; }
        double s = n > 2 ? Math.Sqrt(ssr / (n - 2)) : double.NaN;
        double r2 = syy > 0 ? 1.0 - ssr / syy : 1.0;
        return new LeastSquaresLine(a, b, n, mx, sxx, s, r2);
    }
}
