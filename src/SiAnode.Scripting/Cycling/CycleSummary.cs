using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Cycling;

/// <summary>
/// Per-cycle capacities, coulombic efficiency, retention, average voltages and energies of a <see cref="CyclingRecord"/>:
/// the quantities of the cycling figures of Liu et al. 2025 (reversible capacity in mAh/g, initial coulombic efficiency,
/// retention, average delithiation voltage as used in Eq. 2 / Table S3).
/// Capacities of a step are the largest value of the cycler's capacity counter in that step (NEWARE and the BioLogic loader
/// restart the counters at each step); a cycle's capacity sums its steps of that direction. The average voltage of a branch is
/// ∫V dQ / ∫dQ with the trapezoidal rule over the counter's increments, starting from the step's first point.
/// </summary>
public sealed class CycleSummary
{
    private CycleSummary(IReadOnlyList<CycleSummaryRow> rows, double? massMg, CellConvention convention, string source)
    {
        Rows = rows;
        ActiveMassMilligrams = massMg;
        Convention = convention;
        Source = source;
    }

    /// <summary>One row per cycle that has any charge or discharge, in cycle order.</summary>
    public IReadOnlyList<CycleSummaryRow> Rows { get; }

    /// <summary>Active mass used for specific capacities (mg), or null.</summary>
    public double? ActiveMassMilligrams { get; }

    /// <summary>Which branch is reversible.</summary>
    public CellConvention Convention { get; }

    /// <summary>The record's source file.</summary>
    public string Source { get; }

    /// <summary>Coulombic efficiency of the first cycle that has both a charge and a discharge (NaN if none).</summary>
    public double InitialCoulombicEfficiency =>
        Rows.FirstOrDefault(r => r.ChargeCapacityMilliampHours > 0 && r.DischargeCapacityMilliampHours > 0)?.CoulombicEfficiency ?? double.NaN;

    /// <summary>Summarises a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="activeMassMilligrams">Active mass (mg); null takes the one logged in the file, if any.</param>
    /// <param name="convention">Which branch is reversible; the default suits a silicon working electrode against lithium.</param>
    public static CycleSummary Compute(CyclingRecord record, double? activeMassMilligrams = null, CellConvention convention = CellConvention.AnodeHalfCell)
    {
        ArgumentNullException.ThrowIfNull(record);
        double? mass = activeMassMilligrams ?? record.Metadata.ActiveMassMilligrams;
        if (mass is { } m && !(m > 0)) throw new ArgumentOutOfRangeException(nameof(activeMassMilligrams), m, "active mass must be positive (mg)");
        var acc = new SortedDictionary<int, Acc>();
        int n = record.Count;
        int s = 0;
        while (s < n)
        {
            int e = s + 1;
            while (e < n && record.StepCount[e] == record.StepCount[s]) e++;
            var type = record.StepType[s];
            int cycle = record.Cycle[s];
            if (!acc.TryGetValue(cycle, out var a)) acc[cycle] = a = new Acc { Start = record.TestTimeSeconds[s] };
            a.End = record.TestTimeSeconds[e - 1];
            bool chg = type.IsCharge(), dis = type.IsDischarge();
            if (chg || dis)
            {
                var q = chg ? record.ChargeCapacityMilliampHours : record.DischargeCapacityMilliampHours;
                var en = chg ? record.ChargeEnergyMilliwattHours : record.DischargeEnergyMilliwattHours;
                double qMax = 0, eMax = 0, vdq = 0, prevQ = 0, prevV = record.Voltage[s];
                for (int i = s; i < e; i++)
                {
                    double qi = q[i], vi = record.Voltage[i];
                    if (double.IsNaN(qi)) continue;
                    vdq += 0.5 * (vi + prevV) * (qi - prevQ);
                    prevQ = qi; prevV = vi;
                    qMax = Math.Max(qMax, qi);
                    if (!double.IsNaN(en[i])) eMax = Math.Max(eMax, en[i]);
                }
                if (eMax == 0 && qMax > 0) eMax = vdq; // no energy counter logged
                if (chg) { a.QC += qMax; a.VdqC += vdq; a.EC += eMax; a.DqC += prevQ; }
                else { a.QD += qMax; a.VdqD += vdq; a.ED += eMax; a.DqD += prevQ; }
                a.Any = true;
            }
            s = e;
        }

        var rows = new List<CycleSummaryRow>();
        double first = double.NaN, max = 0;
        foreach (var (_, a) in acc)
            if (a.Any) max = Math.Max(max, Reversible(a, convention));
        foreach (var (cycle, a) in acc)
        {
            if (!a.Any) continue;
            double rev = Reversible(a, convention), ins = convention == CellConvention.AnodeHalfCell ? a.QD : a.QC;
            if (double.IsNaN(first) && rev > 0) first = rev;
            double perG(double qmAh) => mass is { } mg ? qmAh / (mg / 1000.0) : double.NaN;
            rows.Add(new CycleSummaryRow(cycle, a.QC, a.QD, perG(a.QC), perG(a.QD),
                ins > 0 ? rev / ins : double.NaN,
                first > 0 ? rev / first : double.NaN,
                max > 0 ? rev / max : double.NaN,
                a.DqC > 0 ? a.VdqC / a.DqC : double.NaN,
                a.DqD > 0 ? a.VdqD / a.DqD : double.NaN,
                a.EC, a.ED, a.Start, a.End));
        }
        return new CycleSummary(rows, mass, convention, record.Metadata.SourceFile);
    }

    private static double Reversible(Acc a, CellConvention c) => c == CellConvention.AnodeHalfCell ? a.QC : a.QD;

    /// <summary>The summary as the project's table (one row per cycle, units in the column headers).</summary>
    public ColumnTable ToTable()
    {
        double[] Col(Func<CycleSummaryRow, double> f) => Rows.Select(f).ToArray();
        return new ColumnTable(
        [
            TableColumn.Of("Cycle", "", Col(r => r.Cycle)),
            TableColumn.Of("ChargeCapacity", "mAh", Col(r => r.ChargeCapacityMilliampHours)),
            TableColumn.Of("DischargeCapacity", "mAh", Col(r => r.DischargeCapacityMilliampHours)),
            TableColumn.Of("ChargeCapacity", "mAh/g", Col(r => r.ChargeCapacityMilliampHoursPerGram)),
            TableColumn.Of("DischargeCapacity", "mAh/g", Col(r => r.DischargeCapacityMilliampHoursPerGram)),
            TableColumn.Of("CoulombicEfficiency", "", Col(r => r.CoulombicEfficiency)),
            TableColumn.Of("RetentionVsFirst", "", Col(r => r.RetentionVsFirst)),
            TableColumn.Of("RetentionVsMaximum", "", Col(r => r.RetentionVsMaximum)),
            TableColumn.Of("AverageChargeVoltage", "V", Col(r => r.AverageChargeVoltage)),
            TableColumn.Of("AverageDischargeVoltage", "V", Col(r => r.AverageDischargeVoltage)),
            TableColumn.Of("ChargeEnergy", "mWh", Col(r => r.ChargeEnergyMilliwattHours)),
            TableColumn.Of("DischargeEnergy", "mWh", Col(r => r.DischargeEnergyMilliwattHours)),
        ], "Cycle summary: " + Path.GetFileName(Source));
    }

    private sealed class Acc
    {
        public double QC, QD, VdqC, VdqD, DqC, DqD, EC, ED, Start, End;
        public bool Any;
    }
}
