namespace SiAnode.Scripting.Fitting.Backgrounds;

/// <summary>
/// Iterative Shirley background (Shirley 1972, Phys. Rev. B 5, 4709; iteration as Proctor &amp; Sherwood 1982,
/// Anal. Chem. 54, 13): B(x) = I_end + (I_start − I_end)·Q(x)/Q(x_start), Q(x) = ∫ from x to x_end of (y − B),
/// with the end intensities averaged over a window of points, repeated until B stops changing.
/// </summary>
public static class ShirleyBackground
{
    /// <summary>The background at every point.</summary>
    /// <param name="x">Abscissae (monotonic, either direction).</param>
    /// <param name="y">Intensities.</param>
    /// <param name="window">Points averaged at each end for I_start and I_end.</param>
    /// <param name="tolerance">Stop when the largest change is below tolerance·|I_start − I_end|.</param>
    /// <param name="maxIterations">Iteration limit.</param>
    public static double[] Compute(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int window = 5, double tolerance = 1e-10, int maxIterations = 100)
    {
        int n = y.Length;
        if (x.Length != n || n < 2) throw new ArgumentException("x and y need the same length ≥ 2");
        window = Math.Clamp(window, 1, n / 2 == 0 ? 1 : n / 2);
        double iStart = 0, iEnd = 0;
        for (int k = 0; k < window; k++) { iStart += y[k]; iEnd += y[n - 1 - k]; }
        iStart /= window;
        iEnd /= window;
        var b = new double[n];
        for (int i = 0; i < n; i++) b[i] = iEnd;
        var q = new double[n];
        for (int it = 0; it < maxIterations; it++)
        {
            q[n - 1] = 0;
            for (int i = n - 2; i >= 0; i--)
                q[i] = q[i + 1] + 0.5 * Math.Abs(x[i + 1] - x[i]) * ((y[i] - b[i]) + (y[i + 1] - b[i + 1]));
            if (q[0] == 0) break;
            double change = 0;
            for (int i = 0; i < n; i++)
            {
                double nb = iEnd + (iStart - iEnd) * q[i] / q[0];
                change = Math.Max(change, Math.Abs(nb - b[i]));
                b[i] = nb;
            }
            if (change <= tolerance * Math.Max(Math.Abs(iStart - iEnd), double.Epsilon)) break;
        }
        return b;
    }
}
