using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Kinetics;

/// <summary>
/// Galvanostatic intermittent titration: finds the pulses and relaxations in raw time/current/voltage data and computes, per
/// pulse, the IR drop, ΔE_s, ΔE_τ, the linearity of E against √t and the Weppner–Huggins diffusion coefficient.
/// </summary>
public static class Gitt
{
    /// <summary>Analyses a GITT record.</summary>
    /// <param name="timeSeconds">Test time (s), increasing.</param>
    /// <param name="currentAmps">Current (A); negative for lithiation of the working electrode.</param>
    /// <param name="voltageVolts">Voltage (V).</param>
    /// <param name="diffusionLengthCm">L for Weppner–Huggins (see <see cref="WeppnerHuggins.FilmDiffusionLengthCm"/>).</param>
    /// <param name="currentThresholdAmps">|I| above this counts as a pulse; default 1 % of the largest |I|.</param>
    public static IReadOnlyList<GittPulse> Analyse(IReadOnlyList<double> timeSeconds, IReadOnlyList<double> currentAmps, IReadOnlyList<double> voltageVolts,
        double diffusionLengthCm, double? currentThresholdAmps = null)
    {
        int n = timeSeconds.Count;
        if (currentAmps.Count != n || voltageVolts.Count != n)
            throw new ArgumentException($"time, current and voltage have {n}, {currentAmps.Count} and {voltageVolts.Count} values");
        for (int i = 1; i < n; i++)
            if (!(timeSeconds[i] >= timeSeconds[i - 1])) throw new ArgumentException($"time decreases at point {i + 1} ({timeSeconds[i - 1]} s then {timeSeconds[i]} s)");
        double threshold = currentThresholdAmps ?? 0.01 * currentAmps.Max(Math.Abs);
        if (!(threshold > 0)) throw new ArgumentException("the record has no current: no pulse can be found");
        bool On(int i) => Math.Abs(currentAmps[i]) > threshold;

        var pulses = new List<GittPulse>();
        int k = 0;
        while (k < n)
        {
            while (k < n && !On(k)) k++;
            if (k >= n) break;
            int start = k;
            while (k < n && On(k) && Math.Sign(currentAmps[k]) == Math.Sign(currentAmps[start])) k++;
            int end = k - 1;                 // last point with current on
            int relaxEnd = k;
            while (relaxEnd < n && !On(relaxEnd)) relaxEnd++;
            relaxEnd--;                      // last point of the rest after this pulse
            if (start == 0 || end - start < 2 || relaxEnd <= end) continue; // needs a rest before and after, and a few points
            double before = voltageVolts[start - 1];
            double after = voltageVolts[relaxEnd];
            double ir = voltageVolts[start] - before;
            double transient = voltageVolts[end] - voltageVolts[start];
            double tau = timeSeconds[end] - timeSeconds[start - 1];
            var sqrtT = Enumerable.Range(start, end - start + 1).Select(i => Math.Sqrt(timeSeconds[i] - timeSeconds[start - 1])).ToArray();
            var e = Enumerable.Range(start, end - start + 1).Select(i => voltageVolts[i]).ToArray();
            double r2 = RSquared(sqrtT, e);
            double mean = Enumerable.Range(start, end - start + 1).Average(i => currentAmps[i]);
            double d = transient == 0 ? double.NaN : WeppnerHuggins.DiffusionCoefficientCm2PerSecond(diffusionLengthCm, tau, after - before, transient);
            pulses.Add(new GittPulse(pulses.Count, mean < 0, timeSeconds[start - 1], tau, mean, before, after, ir, transient, r2, d));
        }
        return pulses;
    }

    /// <summary>The pulses as a table (voltages in V, D in cm²/s).</summary>
    public static ColumnTable ToTable(IReadOnlyList<GittPulse> pulses) => new(
    [
        TableColumn.Of("pulse", "", pulses.Select(p => (double)p.Index).ToList()),
        TableColumn.Of("direction", pulses.Select(p => p.Lithiation ? "lithiation" : "delithiation").ToList()),
        TableColumn.Of("E_s after", "V", pulses.Select(p => p.RelaxedAfterVolts).ToList()),
        TableColumn.Of("dE_s", "V", pulses.Select(p => p.SteadyStateChangeVolts).ToList()),
        TableColumn.Of("dE_tau", "V", pulses.Select(p => p.TransientChangeVolts).ToList()),
        TableColumn.Of("IR drop", "V", pulses.Select(p => p.IrDropVolts).ToList()),
        TableColumn.Of("R2 of E vs sqrt(t)", "", pulses.Select(p => p.SqrtTimeLinearityR2).ToList()),
        TableColumn.Of("D", "cm2/s", pulses.Select(p => p.DiffusionCoefficientCm2PerSecond).ToList()),
    ], "GITT pulses (Weppner-Huggins)");

    private static double RSquared(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        double sxx = x.Sum(v => (v - mx) * (v - mx)), syy = y.Sum(v => (v - my) * (v - my));
        double sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return sxx == 0 || syy == 0 ? double.NaN : sxy * sxy / (sxx * syy);
    }
}
