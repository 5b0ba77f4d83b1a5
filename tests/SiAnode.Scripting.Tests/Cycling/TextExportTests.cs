using System.Text;
using SiAnode.Scripting.Cycling;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Cyclers;
using SiAnode.Scripting.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SiAnode.Scripting.Tests.Cycling;

/// <summary>
/// Text exports: NEWARE flat CSV (cellpy golden: neware_uio.csv has 9065 rows and 4 cycles, formats/neware-export/SOURCES.md),
/// Maccor text (BEEP: 333 rows, formats/maccor/SOURCES.md), and a generic CSV through a custom <see cref="CyclerTextLayout"/>.
/// </summary>
public sealed class TextExportTests(ITestOutputHelper output)
{
    [ReferenceDataFact("formats/neware-export/neware_uio.csv")]
    public void NewareFlatCsvHasCellpysRowsAndCycles()
    {
        var rec = CyclerFile.Read(TestPaths.Reference("formats/neware-export/neware_uio.csv"));
        Assert.Equal(9065, rec.Count);
        var s = CycleSummary.Compute(rec, convention: CellConvention.FullCell);
        foreach (var r in s.Rows) output.WriteLine(r.ToString());
        Assert.Equal(4, s.Rows.Count);
        Assert.Equal(4, rec.Cycle.Max());
        Assert.Equal(2.9170, rec.Voltage[0], 1e-12);
        Assert.Equal(60.0, rec.TestTimeSeconds[1], 1e-12);
        Assert.Equal(new DateTime(2022, 5, 18, 16, 27, 52), rec.DateTimeAt(0));
        Assert.DoesNotContain(StepType.Unknown, rec.StepType);
    }

    [ReferenceDataFact("formats/maccor/PredictionDiagnostics_000151_test.052")]
    public void MaccorTextHasBeepsRowCount()
    {
        var rec = CyclerFile.Read(TestPaths.Reference("formats/maccor/PredictionDiagnostics_000151_test.052"));
        Assert.Equal(333, rec.Count);
        Assert.Equal(249791, rec.RecordIndex[0]);
        Assert.Equal(3.86823835, rec.Voltage[0], 1e-12);
        Assert.Equal(-4840.0091554, rec.CurrentMilliamps[0], 1e-9);
        Assert.Equal(StepType.Discharge, rec.StepType[0]);
        Assert.Equal(19.1579754, rec.DischargeCapacityMilliampHours[0], 1e-9);
        Assert.Equal(new DateTime(2019, 10, 22), rec.DateTimeAt(Array.FindIndex(rec.RecordIndex, i => i == 250123) - 0) is { } t ? t.Date : default); // "10/22/2019" alone at midnight
    }

    [Fact]
    public void GenericCsvWithAColumnMapping()
    {
        var layout = new CyclerTextLayout("my CSV", ';', 1, "I [uA]", 1e-3, "U [V]", TestTime: "t [s]", Cycle: "cyc",
            StepType: "kind", ParseStepType: s => s == "c" ? StepType.CcCharge : s == "d" ? StepType.CcDischarge : StepType.Rest,
            Capacity: "Q [uAh]", CapacityToMilliampHours: 1e-3);
        var csv = "t [s];U [V];I [uA];Q [uAh];cyc;kind\n0;1.0;0;0;1;r\n10;0.9;-100;0;1;d\n3610;0.1;-100;100;1;d\n3620;0.2;100;0;1;c\n7220;0.8;100;100;1;c\n";
        var rec = CyclerTextReader.Read(Encoding.UTF8.GetBytes(csv), "my.csv", layout);
        Assert.Equal(5, rec.Count);
        Assert.Equal(-0.1, rec.CurrentMilliamps[1], 1e-15);
        Assert.Equal([1, 2, 2, 3, 3], rec.StepCount);
        Assert.Equal(3600, rec.StepTimeSeconds[2]);
        var s = CycleSummary.Compute(rec);
        Assert.Equal(0.1, s.Rows[0].DischargeCapacityMilliampHours, 1e-15);
        Assert.Equal(1.0, s.Rows[0].CoulombicEfficiency, 1e-12);

        var bad = csv.Replace("3610;0.1", "3610;x.1", StringComparison.Ordinal);
        var ex = Assert.Throws<DataFormatException>(() => CyclerTextReader.Read(Encoding.UTF8.GetBytes(bad), "bad.csv", layout));
        Assert.Equal("line 4, column 'U [V]'", ex.Position);
        var missing = Assert.Throws<DataFormatException>(() => CyclerTextReader.Read(Encoding.UTF8.GetBytes(csv.Replace("U [V]", "E", StringComparison.Ordinal)), "m.csv", layout));
        Assert.Contains("'U [V]'", missing.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void NewareStepNamesMap()
    {
        Assert.Equal(StepType.CccvCharge, CyclerTextLayout.NewareStepText("CCCV Chg"));
        Assert.Equal(StepType.CcDischarge, CyclerTextLayout.NewareStepText("CC DChg"));
        Assert.Equal(StepType.Rest, CyclerTextLayout.NewareStepText("Rest"));
        Assert.Equal(StepType.Unknown, CyclerTextLayout.NewareStepText("Pause"));
    }
}

/// <summary>
/// NEWARE's hierarchical export (formats/neware-export/nw_regular_export_ife_example.csv): no upstream test; its own cycle lines
/// state per-cycle charge/discharge capacity, which our summary of its record lines must reproduce (tolerance 0.01 mAh: the cycle
/// lines print Ah with 5 decimals).
/// </summary>
public sealed class NewareRegularExportTests(ITestOutputHelper output)
{
    [ReferenceDataFact("formats/neware-export/nw_regular_export_ife_example.csv")]
    public void RecordSummaryEqualsTheVendorsCycleLines()
    {
        var x = NewareRegularExportReader.Read(TestPaths.Reference("formats/neware-export/nw_regular_export_ife_example.csv"));
        Assert.Equal(9295, x.Record.Count);
        Assert.Equal(9295, CyclerFile.Read(TestPaths.Reference("formats/neware-export/nw_regular_export_ife_example.csv")).Count);
        Assert.Equal(20, x.Cycles.Count);
        var s = CycleSummary.Compute(x.Record, convention: CellConvention.FullCell);
        Assert.Equal(20, s.Rows.Count);
        double worst = 0;
        foreach (var (ours, vendor) in s.Rows.Zip(x.Cycles))
        {
            Assert.Equal(vendor.Cycle, ours.Cycle);
            worst = Math.Max(worst, Math.Max(Math.Abs(ours.ChargeCapacityMilliampHours - vendor.ChargeCapacityMilliampHours),
                Math.Abs(ours.DischargeCapacityMilliampHours - vendor.DischargeCapacityMilliampHours)));
            Assert.Equal(vendor.ChargeCapacityMilliampHours, ours.ChargeCapacityMilliampHours, 0.01);
            Assert.Equal(vendor.DischargeCapacityMilliampHours, ours.DischargeCapacityMilliampHours, 0.01);
            Assert.Equal(vendor.ChargeEnergyMilliwattHours, ours.ChargeEnergyMilliwattHours, 0.01);
            Assert.Equal(vendor.EfficiencyPercent / 100, ours.CoulombicEfficiency, 1e-3);
        }
        output.WriteLine($"max capacity difference vs the vendor's cycle lines: {worst} mAh");
    }
}
