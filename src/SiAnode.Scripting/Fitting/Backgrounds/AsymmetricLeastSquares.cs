namespace SiAnode.Scripting.Fitting.Backgrounds;

/// <summary>
/// Asymmetric least squares baseline (Eilers &amp; Boelens 2005, "Baseline correction with asymmetric least squares
/// smoothing", Leiden University Medical Centre report): Whittaker smoothing with weight p for points above the
/// baseline and 1 − p below, iterated until the weights settle.
/// </summary>
public static class AsymmetricLeastSquares
{
    /// <summary>The baseline under <paramref name="y"/>.</summary>
    /// <param name="y">The signal (equally spaced).</param>
    /// <param name="lambda">Smoothness, typically 1e2–1e9.</param>
    /// <param name="p">Asymmetry, typically 0.001–0.05.</param>
    /// <param name="maxIterations">Iteration limit.</param>
    public static double[] Compute(ReadOnlySpan<double> y, double lambda = 1e5, double p = 0.01, int maxIterations = 50)
    {
        int n = y.Length;
        var w = Enumerable.Repeat(1.0, n).ToArray();
        double[] z = y.ToArray();
        for (int it = 0; it < maxIterations; it++)
        {
            z = PentadiagonalSolver.Whittaker(y, w, lambda);
            bool changed = false;
            for (int i = 0; i < n; i++)
            {
                double nw = y[i] > z[i] ? p : 1 - p;
                if (nw != w[i]) { w[i] = nw; changed = true; }
            }
            if (!changed) break;
        }
        return z;
    }
}
