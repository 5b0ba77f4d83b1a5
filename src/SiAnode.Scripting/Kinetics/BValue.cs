namespace SiAnode.Scripting.Kinetics;

/// <summary>
/// The b-value of a voltammetric peak: least squares of log|i_p| on log v (Lindström et al., J. Phys. Chem. B 101, 7717, 1997;
/// Augustyn, Simon &amp; Dunn, Energy Environ. Sci. 7, 1597, 2014), with its standard error and 95 % confidence interval.
/// </summary>
public static class BValue
{
    /// <summary>Fits b from scan rates (any unit) and peak currents (any unit; the sign is dropped).</summary>
    public static BValueResult Fit(IReadOnlyList<double> scanRates, IReadOnlyList<double> peakCurrents)
    {
        int n = scanRates.Count;
        if (peakCurrents.Count != n) throw new ArgumentException($"{n} scan rates but {peakCurrents.Count} peak currents");
        if (n < 2) throw new ArgumentException("a b-value needs at least two scan rates");
        for (int i = 0; i < n; i++)
        {
            if (!(scanRates[i] > 0)) throw new ArgumentOutOfRangeException(nameof(scanRates), scanRates[i], $"scan rate {i + 1} must be positive");
            if (peakCurrents[i] == 0 || !double.IsFinite(peakCurrents[i])) throw new ArgumentOutOfRangeException(nameof(peakCurrents), peakCurrents[i], $"peak current {i + 1} must be finite and non-zero");
        }
        var x = scanRates.Select(Math.Log10).ToArray();
        var y = peakCurrents.Select(v => Math.Log10(Math.Abs(v))).ToArray();
        double mx = x.Average(), my = y.Average();
        double sxx = x.Sum(v => (v - mx) * (v - mx));
        if (sxx == 0) throw new ArgumentException("all scan rates are equal");
        double b = x.Zip(y, (u, v) => (u - mx) * (v - my)).Sum() / sxx;
        double logA = my - b * mx;
        double rss = x.Zip(y, (u, v) => Math.Pow(v - logA - b * u, 2)).Sum();
        double syy = y.Sum(v => (v - my) * (v - my));
        double se = n > 2 ? Math.Sqrt(rss / (n - 2) / sxx) : double.NaN;
        double t = StudentT.Quantile975(n - 2);
        return new BValueResult(b, se, b - t * se, b + t * se, Math.Pow(10, logA), syy == 0 ? 1 : 1 - rss / syy, n);
    }
}
