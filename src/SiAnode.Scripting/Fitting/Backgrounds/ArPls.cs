namespace SiAnode.Scripting.Fitting.Backgrounds;

/// <summary>
/// Asymmetrically reweighted penalised least squares (arPLS; Baek, Park, Ahn &amp; Choo 2015, Analyst 140, 250–257):
/// weights wᵢ = 1/(1 + exp(2(dᵢ − (2σ⁻ − m⁻))/σ⁻)) from the mean m⁻ and standard deviation σ⁻ of the negative
/// residuals d = y − z, until ‖w − w_old‖/‖w_old‖ &lt; ratio.
/// </summary>
public static class ArPls
{
    /// <summary>The baseline under <paramref name="y"/>.</summary>
    /// <param name="y">The signal.</param>
    /// <param name="lambda">Smoothness λ.</param>
    /// <param name="ratio">Convergence threshold on the relative weight change.</param>
    /// <param name="maxIterations">Iteration limit.</param>
    public static double[] Compute(ReadOnlySpan<double> y, double lambda = 1e5, double ratio = 1e-6, int maxIterations = 100)
    {
        int n = y.Length;
        var w = Enumerable.Repeat(1.0, n).ToArray();
        double[] z = y.ToArray();
        for (int it = 0; it < maxIterations; it++)
        {
            z = PentadiagonalSolver.Whittaker(y, w, lambda);
            double sum = 0, sum2 = 0;
            int count = 0;
            for (int i = 0; i < n; i++)
            {
                double d = y[i] - z[i];
                if (d < 0) { sum += d; sum2 += d * d; count++; }
            }
            if (count < 2) break;
            double m = sum / count, s = Math.Sqrt(Math.Max(sum2 / count - m * m, 0));
            if (s == 0) break;
            double num = 0, den = 0;
            for (int i = 0; i < n; i++)
            {
                double d = y[i] - z[i];
                double arg = 2 * (d - (2 * s - m)) / s;
                double nw = arg > 700 ? 0 : 1 / (1 + Math.Exp(arg));
                num += (nw - w[i]) * (nw - w[i]);
                den += w[i] * w[i];
                w[i] = nw;
            }
            if (Math.Sqrt(num / den) < ratio) break;
        }
        return z;
    }
}
