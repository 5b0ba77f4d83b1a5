namespace SiAnode.Scripting.Kinetics;

/// <summary>
/// Dunn's method (Wang, Polleux, Lim &amp; Dunn, J. Phys. Chem. C 111, 14925, 2007): at each potential, i/v^½ = k_cap·v^½ + k_diff
/// is a straight line in v^½ across scan rates; its slope is the surface-capacitive and its intercept the diffusion-controlled
/// coefficient.
/// </summary>
public static class Dunn
{
    /// <summary>Splits currents measured at several scan rates on one potential grid (same branch, e.g. the anodic sweep).</summary>
    /// <param name="potentialsVolts">Common potential grid.</param>
    /// <param name="scanRates">Scan rates (any unit; fractions and coefficients are in it).</param>
    /// <param name="currents">One array per scan rate, on the grid.</param>
    public static DunnResult Split(IReadOnlyList<double> potentialsVolts, IReadOnlyList<double> scanRates, IReadOnlyList<double[]> currents)
    {
        if (scanRates.Count < 2) throw new ArgumentException("Dunn's split needs at least two scan rates");
        if (currents.Count != scanRates.Count) throw new ArgumentException($"{scanRates.Count} scan rates but {currents.Count} current arrays");
        for (int r = 0; r < currents.Count; r++)
            if (currents[r].Length != potentialsVolts.Count) throw new ArgumentException($"currents at scan rate {scanRates[r]} have {currents[r].Length} points for a grid of {potentialsVolts.Count}");
        var s = scanRates.Select(v => v > 0 ? Math.Sqrt(v) : throw new ArgumentOutOfRangeException(nameof(scanRates), v, "scan rates must be positive")).ToArray();
        double ms = s.Average();
        double sss = s.Sum(v => (v - ms) * (v - ms));
        if (sss == 0) throw new ArgumentException("all scan rates are equal");
        int m = potentialsVolts.Count;
        var kCap = new double[m];
        var kDiff = new double[m];
        for (int p = 0; p < m; p++)
        {
            double my = 0;
            for (int r = 0; r < s.Length; r++) my += currents[r][p] / s[r];
            my /= s.Length;
            double sxy = 0;
            for (int r = 0; r < s.Length; r++) sxy += (s[r] - ms) * (currents[r][p] / s[r] - my);
            kCap[p] = sxy / sss;
            kDiff[p] = my - kCap[p] * ms;
        }
        return new DunnResult(potentialsVolts.ToArray(), kCap, kDiff, scanRates.ToArray(), currents.Select(c => c.ToArray()).ToArray());
    }
}
