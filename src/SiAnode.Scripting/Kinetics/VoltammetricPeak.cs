namespace SiAnode.Scripting.Kinetics;

/// <summary>A peak of a voltammogram branch.</summary>
/// <param name="PotentialVolts">Peak potential.</param>
/// <param name="Current">Peak current (the record's unit; negative for cathodic peaks).</param>
/// <param name="Anodic">True for the positive-going (anodic) sweep.</param>
/// <param name="Index">Index of the point in the record.</param>
public sealed record VoltammetricPeak(double PotentialVolts, double Current, bool Anodic, int Index);

/// <summary>Finds the anodic and cathodic peak of each sweep of a cyclic voltammogram.</summary>
public static class VoltammetricPeaks
{
    /// <summary>
    /// Splits the record into sweeps at the turning points of the potential and returns, for each sweep, the extreme current in
    /// the sweep's direction (maximum on positive-going, minimum on negative-going sweeps), optionally within a potential window.
    /// </summary>
    public static IReadOnlyList<VoltammetricPeak> Find(IReadOnlyList<double> potentialsVolts, IReadOnlyList<double> currents,
        double windowLowVolts = double.NegativeInfinity, double windowHighVolts = double.PositiveInfinity)
    {
        int n = potentialsVolts.Count;
        if (currents.Count != n) throw new ArgumentException($"{n} potentials but {currents.Count} currents");
        var peaks = new List<VoltammetricPeak>();
        int start = 0;
        while (start < n - 1)
        {
            int dir = Math.Sign(potentialsVolts[start + 1] - potentialsVolts[start]);
            int end = start + 1;
            while (end < n - 1 && (Math.Sign(potentialsVolts[end + 1] - potentialsVolts[end]) == dir || potentialsVolts[end + 1] == potentialsVolts[end])) end++;
            if (dir != 0)
            {
                int best = -1;
                for (int i = start; i <= end; i++)
                {
                    if (potentialsVolts[i] < windowLowVolts || potentialsVolts[i] > windowHighVolts) continue;
                    if (best < 0 || (dir > 0 ? currents[i] > currents[best] : currents[i] < currents[best])) best = i;
                }
                if (best >= 0) peaks.Add(new VoltammetricPeak(potentialsVolts[best], currents[best], dir > 0, best));
            }
            start = end;
        }
        return peaks;
    }
}
