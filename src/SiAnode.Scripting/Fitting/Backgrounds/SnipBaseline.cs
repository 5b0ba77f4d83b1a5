namespace SiAnode.Scripting.Fitting.Backgrounds;

/// <summary>
/// SNIP (statistics-sensitive non-linear iterative peak clipping; Ryan, Clayton, Griffin, Sie &amp; Cousens 1988,
/// Nucl. Instrum. Methods B 34, 396) with the log-log-square-root (LLS) transform and increasing clipping windows
/// 1…m (Morháč et al. 1997, Nucl. Instrum. Methods A 401, 113).
/// </summary>
public static class SnipBaseline
{
    /// <summary>The baseline at every point.</summary>
    /// <param name="y">Intensities (counts ≥ 0 for the LLS transform).</param>
    /// <param name="maxWindow">Largest half-window m in points, about the width of the broadest peak.</param>
    /// <param name="useLls">Apply the LLS transform v = ln(ln(√(y+1)+1)+1).</param>
    public static double[] Compute(ReadOnlySpan<double> y, int maxWindow = 40, bool useLls = true)
    {
        int n = y.Length;
        var v = new double[n];
        for (int i = 0; i < n; i++) v[i] = useLls ? Math.Log(Math.Log(Math.Sqrt(Math.Max(y[i], 0) + 1) + 1) + 1) : y[i];
        var w = new double[n];
        for (int p = 1; p <= maxWindow; p++)
        {
            Array.Copy(v, w, n);
            for (int i = p; i < n - p; i++) w[i] = Math.Min(v[i], 0.5 * (v[i - p] + v[i + p]));
            (v, w) = (w, v);
        }
        if (useLls)
            for (int i = 0; i < n; i++)
            {
                double a = Math.Exp(Math.Exp(v[i]) - 1) - 1;
                v[i] = a * a - 1;
            }
        return v;
    }
}
