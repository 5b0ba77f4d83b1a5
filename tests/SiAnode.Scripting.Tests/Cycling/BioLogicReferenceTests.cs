using System.Globalization;
using System.Text;
using SiAnode.Scripting.Cycling;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Cyclers;
using SiAnode.Scripting.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SiAnode.Scripting.Tests.Cycling;

/// <summary>
/// Each BioLogic .mpr in formats/biologic against EC-Lab's own .mpt export of the same run (the vendor's numbers): same rows, and
/// every column the two share equal within the text's printed precision (float32 columns are printed with 8 significant digits,
/// float64 with 16: tolerance 2e-7 relative). Source: formats/biologic/SOURCES.md (yadg test files; peis THD/NSD/NSR are written
/// as -1 in the .mpt where the .mpr holds values, so those -1 cells are skipped).
/// </summary>
public sealed class BioLogicReferenceTests(ITestOutputHelper output)
{
    [ReferenceDataTheory("formats/biologic")]
    [InlineData("gcpl.issue_149")]
    [InlineData("ca.issue_149")]
    [InlineData("cv.issue_149")]
    [InlineData("peis.issue_149")]
    [InlineData("mb.issue_95")]
    public void MprEqualsItsOwnMptExport(string name)
    {
        var mpr = BioLogicMprReader.Read(TestPaths.Reference($"formats/biologic/{name}.mpr"));
        var mpt = BioLogicMptReader.Read(TestPaths.Reference($"formats/biologic/{name}.mpt"));
        output.WriteLine($"{name}: {mpr.Format}, {mpr.Count} rows; mpt {mpt.Count} rows; mpr columns: {string.Join(", ", mpr.ColumnNames)}");
        Assert.Equal(mpt.Count, mpr.Count);
        var shared = mpr.ColumnNames.Where(mpt.Columns.ContainsKey).ToList();
        output.WriteLine($"shared columns ({shared.Count}): {string.Join(", ", shared)}; only in mpr: {string.Join(", ", mpr.ColumnNames.Except(shared))}");
        Assert.True(shared.Count >= Math.Min(5, mpr.ColumnNames.Count - 1), "too few shared columns");
        var failures = new StringBuilder();
        bool notAvailable(int i) => mpt.Columns.TryGetValue("THD Ewe/%", out var thd) && thd[i] == -1;
        foreach (var c in shared)
        {
            var a = mpr.Columns[c];
            var b = mpt.Columns[c];
            double worst = 0;
            int bad = 0, at = -1, skipped = 0;
            for (int i = 0; i < a.Length; i++)
            {
                // EIS quality indicators (THD/NSD/NSR and the harmonics |Ewe hN|, |I hN|) are exported as -1 / 0 on the rows
                // where EC-Lab marks them not available (THD Ewe = -1 in the .mpt), though the .mpr holds values
                bool quality = c.StartsWith("THD", StringComparison.Ordinal) || c.StartsWith("NSD", StringComparison.Ordinal)
                    || c.StartsWith("NSR", StringComparison.Ordinal) || c.Contains(" h", StringComparison.Ordinal);
                if (quality && notAvailable(i)) { skipped++; continue; }
                double d = Math.Abs(a[i] - b[i]);
                double rel = d / Math.Max(Math.Abs(b[i]), 1e-300);
                if (d > 2e-7 * Math.Abs(b[i]) && d > 1e-300) { bad++; if (at < 0) at = i; }
                if (d > 0) worst = Math.Max(worst, rel);
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c}: max relative diff {worst:G3}, {bad} beyond 2e-7{(skipped > 0 ? $", {skipped} '-1' cells skipped" : "")}"));
            if (bad > 0) failures.AppendLine(CultureInfo.InvariantCulture, $"{c}: {bad} rows differ, first {at}: mpr {a[at]:R} mpt {b[at]:R}");
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [ReferenceDataFact("formats/biologic/biol.mpr")]
    public void CellpyGoldenRowCountAndARecordWithCycles()
    {
        var d = BioLogicMprReader.Read(TestPaths.Reference("formats/biologic/biol.mpr"));
        Assert.Equal(23561, d.Count); // cellpy golden loader_biologics_mpr
        var rec = d.ToCyclingRecord();
        Assert.Equal(23561, rec.Count);
        var s = CycleSummary.Compute(rec, activeMassMilligrams: 1.0);
        output.WriteLine($"biol.mpr: {d.Format}, start {d.StartTime:O}, {s.Rows.Count} cycles, ICE {s.InitialCoulombicEfficiency}");
        foreach (var r in s.Rows.Take(5)) output.WriteLine(r.ToString());
        output.WriteLine("types: " + string.Join(", ", rec.StepType.GroupBy(t => t).Select(g => $"{g.Key}={g.Count()}")));
        // this run is constant-current pulses of one direction (ox/red = 1, I ≈ +0.325 mA) separated by rests: one cycle
        Assert.Equal(11017, rec.StepType.Count(t => t == StepType.Rest));
        Assert.True(s.Rows[0].ChargeCapacityMilliampHours > 4.9 && s.Rows[0].ChargeCapacityMilliampHours < 5.0);

        Assert.True(rec.Voltage.All(v => v is > -1 and < 5));
    }

    [ReferenceDataFact("formats/biologic/gcpl.issue_149.mpr")]
    public void GcplRecordFromMprAndMptAgree()
    {
        var a = CyclerFile.Read(TestPaths.Reference("formats/biologic/gcpl.issue_149.mpr"));
        var b = CyclerFile.Read(TestPaths.Reference("formats/biologic/gcpl.issue_149.mpt"));
        Assert.Equal(b.Count, a.Count);
        Assert.Equal(1.0, b.Metadata.ActiveMassMilligrams!.Value, 1e-12); // "Characteristic mass : 0,001 g"
        for (int i = 0; i < a.Count; i++)
        {
            Assert.Equal(b.Voltage[i], a.Voltage[i], 1e-6);
            Assert.Equal(b.StepType[i], a.StepType[i]);
            Assert.Equal(b.ChargeCapacityMilliampHours[i], a.ChargeCapacityMilliampHours[i], 1e-9);
        }
    }

    [ReferenceDataFact("formats/biologic/gcpl.issue_149.mpr")]
    public void UnknownColumnIdIsNamedWithItsOffset()
    {
        var bytes = File.ReadAllBytes(TestPaths.Reference("formats/biologic/gcpl.issue_149.mpr"));
        // the data module header: find it and overwrite the first column id (EC-Lab ≥ 11.50: one id byte per 2-byte slot from +6)
        int m = IndexOf(bytes, "MODULEVMP data"u8.ToArray());
        int dataStart = m + 65;
        bytes[dataStart + 6 + 2 * 7] = 250; // column 8 (time/s) becomes id 250
        var ex = Assert.Throws<DataFormatException>(() => BioLogicMprReader.Read(bytes, "x.mpr"));
        Assert.Equal("250 (after id 131 'Ns')", ex.Found);
        Assert.Contains($"byte offset {dataStart + 6 + 14}", ex.Position, StringComparison.Ordinal);
    }

    private static int IndexOf(byte[] hay, byte[] needle) => hay.AsSpan().IndexOf(needle);
}
