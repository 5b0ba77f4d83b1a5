using System.Globalization;
using System.Text;
using SiAnode.Scripting.Cycling;
using SiAnode.Scripting.Formats.Cyclers;
using SiAnode.Scripting.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SiAnode.Scripting.Tests.Cycling;

/// <summary>
/// Every row and column of our NEWARE loaders against NewareNDA's own regression references (formats/neware-nda/reference-ftr,
/// NewareNDA @ d895eb23, produced with <c>software_cycle_number=True, cycle_mode='chg'</c>: its tests/conftest.py defaults).
/// Tolerances: voltage, current, capacities, energies and step time 5e-4 absolute plus 2 float32 ulps (the references are
/// float32; 5e-4 is NewareNDA's own BTSDA tolerance), date-time 1 ms; index, cycle, step and status exact.
/// </summary>
public sealed class NewareReferenceTests(ITestOutputHelper output)
{
    [ReferenceDataTheory("formats/neware-nda/reference-ftr")]
    [InlineData("TestFile.nda")]
    [InlineData("new_nda_file.nda")]
    [InlineData("123456789012_Unit27_Example_Data_File.ndax")]
    [InlineData("ZZZZZZZZTEST.ndax")]
    [InlineData("TESTCELL0001-B2-2025-M50T_NewareNDA_Investigation.ndax")]
    public void EveryRowAndColumnEqualsNewareNdaReference(string file)
    {
        var rec = CyclerFile.Read(TestPaths.Reference("formats/neware-nda/" + file));
        var refs = FeatherReference.Read(TestPaths.Reference("formats/neware-nda/reference-ftr/" + Path.ChangeExtension(file, ".ftr")));
        output.WriteLine($"{file}: ours {rec.Count} rows, reference {refs.RowCount}; reference columns: {string.Join(", ", refs.Names.Select(n => n + ":" + refs.Types[n]))}");
        output.WriteLine("notes: " + string.Join(" | ", rec.Metadata.Notes ?? []));
        output.WriteLine($"active mass {rec.Metadata.ActiveMassMilligrams} mg, channel {rec.Metadata.Channel}, start {rec.Metadata.StartTime}");
        Assert.Equal(refs.RowCount, rec.Count);

        var failures = new StringBuilder();
        void Exact(string name, Func<int, double> ours)
        {
            var r = refs.Numbers[name];
            int bad = 0, first = -1;
            for (int i = 0; i < r.Length; i++) if (ours(i) != r[i]) { bad++; if (first < 0) first = i; }
            output.WriteLine($"  {name}: {bad} mismatches");
            if (bad > 0) failures.AppendLine(CultureInfo.InvariantCulture, $"{name}: {bad} rows differ, first row {first}: ours {ours(first)} ref {r[first]}");
        }
        void Close(string name, double[] ours, double tol)
        {
            var r = refs.Numbers[name];
            double max = 0; int at = -1, bad = 0;
            for (int i = 0; i < r.Length; i++)
            {
                if (double.IsNaN(r[i]) && double.IsNaN(ours[i])) continue;
                double d = Math.Abs(ours[i] - r[i]);
                if (double.IsNaN(d)) d = double.PositiveInfinity;
                double allowed = tol + 2 * Math.Abs(r[i]) * 1.1920929e-7;
                if (d > allowed) { bad++; if (at < 0 || d > max) at = i; }
                if (d > max) { max = d; if (bad == 0) at = i; }
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: max |diff| {max:G4} (row {at}), {bad} rows beyond tolerance"));
            if (bad > 0) failures.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {bad} rows beyond {tol}, worst row {at}: ours {ours[at]} ref {r[at]}"));
        }

        Exact("Index", i => rec.RecordIndex[i]);
        Exact("Cycle", i => rec.Cycle[i]);
        Exact("Step", i => rec.StepCount[i]);
        var status = refs.Texts["Status"];
        int badStatus = Enumerable.Range(0, rec.Count).Count(i => status[i] != rec.StepType[i].NewareLabel());
        output.WriteLine($"  Status: {badStatus} mismatches");
        if (badStatus > 0) failures.AppendLine($"Status: {badStatus} rows differ");
        Exact("Step_Index", i => rec.StepIndex[i]);
        Close("Time", rec.StepTimeSeconds, 5e-4);
        Close("Voltage", rec.Voltage, 5e-4);
        Close("Current(mA)", rec.CurrentMilliamps, 5e-4);
        Close("Charge_Capacity(mAh)", rec.ChargeCapacityMilliampHours, 5e-4);
        Close("Discharge_Capacity(mAh)", rec.DischargeCapacityMilliampHours, 5e-4);
        Close("Charge_Energy(mWh)", rec.ChargeEnergyMilliwattHours, 5e-4);
        Close("Discharge_Energy(mWh)", rec.DischargeEnergyMilliwattHours, 5e-4);
        Close("Timestamp", rec.UnixTimeSeconds, 1e-3);
        foreach (var name in refs.Names.Except(["Index", "Cycle", "Step", "Status", "Time", "Voltage", "Current(mA)", "Charge_Capacity(mAh)",
                     "Discharge_Capacity(mAh)", "Charge_Energy(mWh)", "Discharge_Energy(mWh)", "Timestamp", "Step_Index"]))
        {
            if (refs.Numbers.TryGetValue(name, out var col) && col.All(double.IsNaN) && rec.Auxiliary.All(a => a.Name != name))
            {
                output.WriteLine($"  {name}: all null in the reference; no channel here either");
                continue;
            }
            var aux = rec.Auxiliary.FirstOrDefault(a => a.Name == name);
            if (aux is null) { failures.AppendLine($"reference column {name} has no auxiliary channel here ({string.Join(", ", rec.Auxiliary.Select(a => a.Name))})"); continue; }
            Close(name, aux.Values, 5e-4);
        }
        foreach (var a in rec.Auxiliary.Where(a => !refs.Names.Contains(a.Name)))
            failures.AppendLine($"auxiliary channel {a.Name} is not in the reference");
        Assert.True(failures.Length == 0, failures.ToString());
    }
}
