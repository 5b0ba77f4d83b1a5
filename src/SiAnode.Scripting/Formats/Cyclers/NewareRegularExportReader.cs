using System.Globalization;
using SiAnode.Scripting.Cycling;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>One cycle line of a NEWARE hierarchical export: the vendor's own per-cycle numbers.</summary>
/// <param name="Cycle">Cycle index.</param>
/// <param name="ChargeCapacityMilliampHours">"Chg. Cap.(Ah)" in mAh.</param>
/// <param name="DischargeCapacityMilliampHours">"DChg. Cap.(Ah)" in mAh.</param>
/// <param name="EfficiencyPercent">"Chg.-DChg. Eff(%)".</param>
/// <param name="ChargeEnergyMilliwattHours">"Chg. Energy(Wh)" in mWh.</param>
/// <param name="DischargeEnergyMilliwattHours">"DChg. Energy(Wh)" in mWh.</param>
public sealed record NewareExportCycle(int Cycle, double ChargeCapacityMilliampHours, double DischargeCapacityMilliampHours,
    double EfficiencyPercent, double ChargeEnergyMilliwattHours, double DischargeEnergyMilliwattHours);

/// <summary>A NEWARE hierarchical export: the point record and the vendor's cycle lines.</summary>
/// <param name="Record">All data points.</param>
/// <param name="Cycles">The cycle lines as the vendor computed them.</param>
public sealed record NewareRegularExport(CyclingRecord Record, IReadOnlyList<NewareExportCycle> Cycles);

/// <summary>
/// Reads NEWARE BTS's hierarchical "regular export" CSV (cellpy's nw_regular_export_ife_example.csv): three header lines (cycle,
/// step, record level); cycle lines start with the cycle index, step lines with one empty field, record lines with two. The record
/// lines carry one <c>Capacity(Ah)</c>/<c>Energy(Wh)</c> counter whose direction is the enclosing step's type. The vendor writes the
/// first step line of a test on the same line as the first cycle line; that is accepted. Unit symbols the export could not write
/// appear as <c>?</c> (cp1252 placeholders).
/// </summary>
public static class NewareRegularExportReader
{
    /// <summary>Reads the file.</summary>
    /// <exception cref="DataFormatException">Headers not as described, a record line before any step line, or a cell that does not parse.</exception>
    public static NewareRegularExport Read(string path)
    {
        var lines = File.ReadAllLines(path, System.Text.Encoding.Latin1);
        if (lines.Length < 3 || !lines[0].StartsWith("Cycle Index,", StringComparison.Ordinal) || !lines[1].StartsWith(",Step Index,", StringComparison.Ordinal) || !lines[2].StartsWith(",,DataPoint,", StringComparison.Ordinal))
            throw new DataFormatException(path, "lines 1-3", "the three header lines of a NEWARE regular export (Cycle Index / ,Step Index / ,,DataPoint)", lines.Length > 0 ? lines[0] : "");
        var cyc = lines[0].Split(',');
        var step = lines[1].Split(',')[1..];
        var rec = lines[2].Split(',')[2..];
        int R(string n) => Array.IndexOf(rec, n) is var k and >= 0 ? k : throw new DataFormatException(path, "line 3", $"a record column '{n}'", lines[2]);
        int S(string n) => Array.IndexOf(step, n) is var k and >= 0 ? k : throw new DataFormatException(path, "line 2", $"a step column '{n}'", lines[1]);
        int C(string n) => Array.IndexOf(cyc, n) is var k and >= 0 ? k : throw new DataFormatException(path, "line 1", $"a cycle column '{n}'", lines[0]);
        int rIdx = R("DataPoint"), rTime = R("Time"), rTotal = R("Total Time"), rI = R("Current(A)"), rV = R("Voltage(V)"), rQ = R("Capacity(Ah)"), rE = R("Energy(Wh)"), rDate = R("Date");
        int sIdx = S("Step Index"), sNum = S("Step Number"), sType = S("Step Type");
        int cIdx = C("Cycle Index"), cQc = C("Chg. Cap.(Ah)"), cQd = C("DChg. Cap.(Ah)"), cEff = C("Chg.-DChg. Eff(%)"), cEc = C("Chg. Energy(Wh)"), cEd = C("DChg. Energy(Wh)");
        var b = new CyclingRecordBuilder(lines.Length);
        var cycles = new List<NewareExportCycle>();
        int cycle = 0, stepIndex = 0, stepCount = 0;
        StepType type = StepType.Unknown;
        bool haveStep = false;
        for (int li = 3; li < lines.Length; li++)
        {
            var line = lines[li];
            if (line.Length == 0) continue;
            var f = line.Split(',');
            double Num(string[] a, int k, string what)
            {
                if (k < a.Length && double.TryParse(a[k], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
                throw new DataFormatException(path, $"line {li + 1}, {what}", "a number", k < a.Length ? a[k] : "missing field");
            }
            double Hms(string[] a, int k, string what)
            {
                var p = k < a.Length ? a[k].Split(':') : [];
                if (p.Length == 3 && double.TryParse(p[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var h)
                    && double.TryParse(p[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
                    && double.TryParse(p[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var s)) return h * 3600 + m * 60 + s;
                throw new DataFormatException(path, $"line {li + 1}, {what}", "a time h:mm:ss", k < a.Length ? a[k] : "missing field");
            }
            void StepLine(string[] s)
            {
                stepIndex = (int)Num(s, sIdx, "Step Index");
                _ = Num(s, sNum, "Step Number");
                type = CyclerTextLayout.NewareStepText(s[sType]);
                stepCount++;
                haveStep = true;
            }
            if (f[0].Length > 0)
            {
                cycle = (int)Num(f, cIdx, "Cycle Index");
                cycles.Add(new NewareExportCycle(cycle, Num(f, cQc, "Chg. Cap.(Ah)") * 1000, Num(f, cQd, "DChg. Cap.(Ah)") * 1000,
                    Num(f, cEff, "Chg.-DChg. Eff(%)"), Num(f, cEc, "Chg. Energy(Wh)") * 1000, Num(f, cEd, "DChg. Energy(Wh)") * 1000));
                if (f.Length > cyc.Length) StepLine(f[cyc.Length..]); // first step line glued to the first cycle line
            }
            else if (f.Length > 1 && f[1].Length > 0) StepLine(f[1..]);
            else
            {
                if (!haveStep) throw new DataFormatException(path, $"line {li + 1}", "a step line before the first record line", line);
                var r = f[2..];
                int i = b.Add();
                b.RecordIndex[i] = (int)Num(r, rIdx, "DataPoint");
                b.Cycle[i] = cycle;
                b.StepIndex[i] = stepIndex;
                b.StepCount[i] = stepCount;
                b.Type[i] = type;
                b.StepTime[i] = Hms(r, rTime, "Time");
                b.TestTime[i] = Hms(r, rTotal, "Total Time");
                b.Current[i] = Num(r, rI, "Current(A)") * 1000;
                b.Voltage[i] = Num(r, rV, "Voltage(V)");
                double q = Math.Abs(Num(r, rQ, "Capacity(Ah)")) * 1000, e = Math.Abs(Num(r, rE, "Energy(Wh)")) * 1000;
                if (type.IsCharge()) { b.ChargeCap[i] = q; b.ChargeEnergy[i] = e; }
                else if (type.IsDischarge()) { b.DischargeCap[i] = q; b.DischargeEnergy[i] = e; }
                b.Unix[i] = DateTime.TryParseExact(r.Length > rDate ? r[rDate] : "", "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)
                    ? (dt - DateTime.UnixEpoch).TotalSeconds
                    : throw new DataFormatException(path, $"line {li + 1}, Date", "yyyy-MM-dd HH:mm:ss", r.Length > rDate ? r[rDate] : "missing field");
            }
        }
        var meta = new CyclingMetadata(path, "NEWARE regular (hierarchical) CSV export", null, null,
            b.Count > 0 ? DateTime.UnixEpoch.AddSeconds(b.Unix[0]) : null, [$"{cycles.Count} vendor cycle lines"]);
        return new NewareRegularExport(b.Build(meta), cycles);
    }
}
