namespace SiAnode.Scripting.Cycling;

/// <summary>
/// A synthetic galvanostatic record with closed-form answers (SYNTHETIC, not a measurement): each cycle is rest, constant-current
/// discharge, rest, constant-current charge, with the voltage linear in time within each branch, so that per cycle
/// Q = |I|·t/3600, the average voltage ∫V dQ/∫dQ is the mean of the branch's end voltages and the energy is Q times that mean.
/// Discharge capacity of cycle c is <c>firstDischargeMilliampHours · fade^(c−1)</c>; the charge capacity is that times
/// <c>initialCoulombicEfficiency</c> in cycle 1 and <c>coulombicEfficiency</c> afterwards. Used by tests and the benchmarks.
/// </summary>
public static class SyntheticCycling
{
    /// <summary>Builds the record.</summary>
    /// <param name="cycles">Number of cycles.</param>
    /// <param name="pointsPerBranch">Points in each charge or discharge step (≥ 2).</param>
    /// <param name="firstDischargeMilliampHours">Discharge capacity of cycle 1 (mAh).</param>
    /// <param name="fade">Ratio of each cycle's discharge capacity to the previous one.</param>
    /// <param name="initialCoulombicEfficiency">Charge/discharge ratio of cycle 1.</param>
    /// <param name="coulombicEfficiency">Charge/discharge ratio of later cycles.</param>
    /// <param name="currentMilliamps">Magnitude of the current (mA).</param>
    /// <param name="dischargeVoltage">Voltage at the start and end of each discharge (V).</param>
    /// <param name="chargeVoltage">Voltage at the start and end of each charge (V).</param>
    /// <param name="activeMassMilligrams">Active mass written to the metadata (mg), or null.</param>
    public static CyclingRecord Galvanostatic(int cycles, int pointsPerBranch, double firstDischargeMilliampHours = 1.0, double fade = 0.99,
        double initialCoulombicEfficiency = 0.85, double coulombicEfficiency = 0.995, double currentMilliamps = 1.0,
        (double Start, double End)? dischargeVoltage = null, (double Start, double End)? chargeVoltage = null, double? activeMassMilligrams = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cycles, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pointsPerBranch, 2);
        var dv = dischargeVoltage ?? (1.0, 0.01);
        var cv = chargeVoltage ?? (0.05, 1.0);
        const int restPoints = 3;
        const double restSeconds = 60;
        long n64 = (long)cycles * (2 * pointsPerBranch + 2 * restPoints);
        if (n64 > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(cycles), "too many rows");
        int n = (int)n64;
        var idx = new int[n]; var cyc = new int[n]; var si = new int[n]; var sc = new int[n]; var type = new StepType[n];
        double[] tt = new double[n], st = new double[n], unix = new double[n], cur = new double[n], volt = new double[n],
            qc = new double[n], qd = new double[n], ec = new double[n], ed = new double[n];
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        double t0 = 0;
        int row = 0, step = 0;
        double qD = firstDischargeMilliampHours;
        void Step(int cycle, int stepIndex, StepType kind, int points, double duration, double v0, double v1, double current)
        {
            step++;
            for (int k = 0; k < points; k++)
            {
                double t = duration * k / (points - 1);
                double v = v0 + (v1 - v0) * k / (points - 1);
                double q = Math.Abs(current) * t / 3600;
                double e = Math.Abs(current) * t / 3600 * (v0 + v) / 2;
                idx[row] = row + 1; cyc[row] = cycle; si[row] = stepIndex; sc[row] = step; type[row] = kind;
                st[row] = t; tt[row] = t0 + t; unix[row] = (start - DateTime.UnixEpoch).TotalSeconds + t0 + t;
                cur[row] = current; volt[row] = v;
                if (kind.IsCharge()) { qc[row] = q; ec[row] = e; }
                else if (kind.IsDischarge()) { qd[row] = q; ed[row] = e; }
                row++;
            }
            t0 += duration;
        }
        for (int c = 1; c <= cycles; c++)
        {
            double qC = qD * (c == 1 ? initialCoulombicEfficiency : coulombicEfficiency);
            Step(c, 1, StepType.Rest, restPoints, restSeconds, dv.Start, dv.Start, 0);
            Step(c, 2, StepType.CcDischarge, pointsPerBranch, qD * 3600 / currentMilliamps, dv.Start, dv.End, -currentMilliamps);
            Step(c, 3, StepType.Rest, restPoints, restSeconds, cv.Start, cv.Start, 0);
            Step(c, 4, StepType.CcCharge, pointsPerBranch, qC * 3600 / currentMilliamps, cv.Start, cv.End, currentMilliamps);
            qD *= fade;
        }
        var meta = new CyclingMetadata("synthetic", "synthetic galvanostatic (SiAnode.Scripting.Cycling.SyntheticCycling)", activeMassMilligrams,
            null, start, ["SYNTHETIC: closed-form galvanostatic cycles, not a measurement"]);
        return new CyclingRecord(n, meta, idx, tt, st, unix, cyc, si, sc, type, cur, volt, qc, qd, ec, ed);
    }
}
