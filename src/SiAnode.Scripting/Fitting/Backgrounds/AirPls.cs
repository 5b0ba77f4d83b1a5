namespace SiAnode.Scripting.Fitting.Backgrounds;

/// <summary>
/// Adaptive iteratively reweighted penalised least squares (airPLS; Zhang, Chen &amp; Liang 2010, Analyst 135,
/// 1138–1146): at iteration t, wᵢ = 0 where the signal is above the baseline and exp(t·|dᵢ|/|d⁻|₁) below, until
/// |d⁻|₁ &lt; 0.001·|y|₁. Uses the second-difference penalty of <see cref="PentadiagonalSolver.Whittaker"/>.
/// </summary>
public static class AirPls
{
    /// <summary>The baseline under <paramref name="y"/>.</summary>
    /// <param name="y">The signal.</param>
    /// <param name="lambda">Smoothness λ.</param>
    /// <param name="maxIterations">Iteration limit (15 in the paper).</param>
    public static double[] Compute(ReadOnlySpan<double> y, double lambda = 1e5, int maxIterations = 15)
    {
        int n = y.Length;
        var w = Enumerable.Repeat(1.0, n).ToArray();
        double yNorm = 0;
        foreach (var v in y) yNorm += Math.Abs(v);
        double[] z = y.ToArray();
        for (int t = 1; t <= maxIterations; t++)
        {
            z = PentadiagonalSolver.Whittaker(y, w, lambda);
            double negNorm = 0, negMax = 0;
            for (int i = 0; i < n; i++)
            {
                double d = y[i] - z[i];
                if (d < 0) { negNorm -= d; negMax = Math.Max(negMax, -d); }
            }
            if (negNorm < 1e-3 * yNorm || negNorm == 0) break;
            for (int i = 0; i < n; i++)
            {
                double d = y[i] - z[i];
                w[i] = d >= 0 ? 0 : Math.Exp(Math.Min(t * -d / negNorm, 700));
            }
            w[0] = w[n - 1] = Math.Exp(Math.Min(t * negMax / negNorm, 700));
        }
        return z;
    }
}
