using SiAnode.Scripting.Cycling;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Cyclers;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Cycling;

/// <summary>
/// NEWARE loaders without the shared reference data: a synthetic v29 .nda written by <see cref="NewareNdaWriter"/> reads back to
/// the record within the format's resolution (0.1 mV, 0.1 mA, 0.1 mAs, 1 ms, 1 s), truncated and corrupted copies give typed errors
/// or a note, never a wrong number.
/// </summary>
public sealed class NewareNdaSelfContainedTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sianode-nda-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteSynthetic(out CyclingRecord rec, int cycles = 3, int points = 50)
    {
        rec = SyntheticCycling.Galvanostatic(cycles, points, firstDischargeMilliampHours: 1.5, activeMassMilligrams: 1.234);
        var path = Path.Combine(_dir, "synthetic.nda");
        NewareNdaWriter.Write(rec, path);
        return path;
    }

    [Fact]
    public void SyntheticV29FileRoundTripsWithinTheFormatResolution()
    {
        var path = WriteSynthetic(out var rec);
        var back = NewareNdaReader.Read(path, CycleMode.Vendor);
        Assert.Equal(rec.Count, back.Count);
        Assert.Equal("NEWARE .nda v29", back.Metadata.Format);
        Assert.Equal(1.234, back.Metadata.ActiveMassMilligrams!.Value, 1e-9);
        for (int i = 0; i < rec.Count; i++)
        {
            Assert.Equal(rec.RecordIndex[i], back.RecordIndex[i]);
            Assert.Equal(rec.Cycle[i], back.Cycle[i]);
            Assert.Equal(rec.StepIndex[i], back.StepIndex[i]);
            Assert.Equal(rec.StepCount[i], back.StepCount[i]);
            Assert.Equal(rec.StepType[i], back.StepType[i]);
            Assert.Equal(rec.Voltage[i], back.Voltage[i], 0.5e-4);
            Assert.Equal(rec.CurrentMilliamps[i], back.CurrentMilliamps[i], 0.05);
            Assert.Equal(rec.StepTimeSeconds[i], back.StepTimeSeconds[i], 0.5e-3);
            Assert.Equal(rec.TestTimeSeconds[i], back.TestTimeSeconds[i], 0.01);
            Assert.Equal(rec.ChargeCapacityMilliampHours[i], back.ChargeCapacityMilliampHours[i], 0.05 / 3600);
            Assert.Equal(rec.DischargeEnergyMilliwattHours[i], back.DischargeEnergyMilliwattHours[i], 0.05 / 3600);
            Assert.Equal(Math.Floor(rec.UnixTimeSeconds[i]), back.UnixTimeSeconds[i], 1e-6);
        }
        // the summary of the file equals the summary of the record it was written from (to the counter resolution)
        var a = CycleSummary.Compute(rec);
        var b = CycleSummary.Compute(back);
        for (int c = 0; c < a.Rows.Count; c++)
            Assert.Equal(a.Rows[c].ChargeCapacityMilliampHours, b.Rows[c].ChargeCapacityMilliampHours, 1e-4);
    }

    [Fact]
    public void SoftwareCycleNumbersOfTheDefaultModeRestartAtTheFirstChargeAfterADischarge()
    {
        var path = WriteSynthetic(out var rec, cycles: 2, points: 5);
        var back = NewareNdaReader.Read(path); // ChargeFirst, as NewareNDA
        int firstCharge = Array.FindIndex(back.StepType, t => t == StepType.CcCharge);
        Assert.Equal(1, back.Cycle[firstCharge - 1]);
        Assert.Equal(2, back.Cycle[firstCharge]);
    }

    [Fact]
    public void TruncatedFileKeepsWholeRecordsAndSaysSo()
    {
        var path = WriteSynthetic(out var rec);
        var bytes = File.ReadAllBytes(path);
        var cut = Path.Combine(_dir, "cut.nda");
        File.WriteAllBytes(cut, bytes[..(bytes.Length - 40)]); // an aborted run: the last record half written
        var back = NewareNdaReader.Read(cut, CycleMode.Vendor);
        Assert.Equal(rec.Count - 1, back.Count);
        Assert.Contains(back.Metadata.Notes!, n => n.Contains("trailing bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void WrongMagicUnknownVersionAndUnknownStatusAreTypedErrors()
    {
        var path = WriteSynthetic(out _);
        var bytes = File.ReadAllBytes(path);

        var notNda = (byte[])bytes.Clone();
        notNda[0] = (byte)'X';
        var e1 = Assert.Throws<DataFormatException>(() => NewareNdaReader.Read(notNda, "x.nda"));
        Assert.Equal("byte offset 0", e1.Position);

        var v = (byte[])bytes.Clone();
        v[14] = 99;
        var e2 = Assert.Throws<DataFormatException>(() => NewareNdaReader.Read(v, "v.nda"));
        Assert.Equal("byte offset 14", e2.Position);
        Assert.Equal("99", e2.Found);

        var s = (byte[])bytes.Clone();
        int record5 = 2560 + 5 * 86;
        s[record5 + 12] = 99; // status code 99
        var e3 = Assert.Throws<DataFormatException>(() => NewareNdaReader.Read(s, "s.nda"));
        Assert.Contains($"byte offset {record5 + 12}", e3.Position, StringComparison.Ordinal);

        var r = (byte[])bytes.Clone();
        BitConverter.TryWriteBytes(r.AsSpan(record5 + 78), 777); // unknown current range
        var e4 = Assert.Throws<DataFormatException>(() => NewareNdaReader.Read(r, "r.nda"));
        Assert.Contains("range", e4.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateAndOutOfOrderRecordsAreResolvedAsNewareNdaDoes()
    {
        var path = WriteSynthetic(out var rec, cycles: 1, points: 5);
        var bytes = File.ReadAllBytes(path).ToList();
        const int h = 2560, L = 86;
        var rec2 = bytes.GetRange(h + 2 * L, L);
        var rec3 = bytes.GetRange(h + 3 * L, L);
        // swap records 2 and 3, and append a copy of record 0 with a changed voltage (a repeated index: the first is kept)
        for (int k = 0; k < L; k++) { bytes[h + 2 * L + k] = rec3[k]; bytes[h + 3 * L + k] = rec2[k]; }
        var dup = bytes.GetRange(h, L).ToArray();
        BitConverter.TryWriteBytes(dup.AsSpan(22), 12345);
        bytes.AddRange(dup);
        var back = NewareNdaReader.Read(bytes.ToArray(), "dup.nda", CycleMode.Vendor);
        Assert.Equal(rec.Count, back.Count);
        Assert.Equal(Enumerable.Range(1, rec.Count), back.RecordIndex);
        Assert.Equal(rec.Voltage[0], back.Voltage[0], 1e-4);
        Assert.Contains(back.Metadata.Notes!, n => n.Contains("repeating", StringComparison.Ordinal));
    }

    [Fact]
    public void RecordTableHasVoltageAndCurrentWithUnits()
    {
        var t = SyntheticCycling.Galvanostatic(1, 5).ToTable();
        Assert.Equal("Voltage (V)", t["Voltage"].Header);
        Assert.Equal("Current (mA)", t["Current"].Header);
        Assert.Equal(16, t.RowCount);
    }

    [ReferenceDataFact("formats/neware-nda/TESTCELL0001-B2-2025-M50T_NewareNDA_Investigation.ndax")]
    public void TruncatedNdaxMemberIsATypedError()
    {
        // copy the real .ndax, cutting data.ndc in the middle of a page (a damaged copy)
        var src = TestPaths.Reference("formats/neware-nda/TESTCELL0001-B2-2025-M50T_NewareNDA_Investigation.ndax");
        var dst = Path.Combine(_dir, "cut.ndax");
        using (var inZip = System.IO.Compression.ZipFile.OpenRead(src))
        using (var outZip = System.IO.Compression.ZipFile.Open(dst, System.IO.Compression.ZipArchiveMode.Create))
        {
            foreach (var e in inZip.Entries)
            {
                using var ms = new MemoryStream();
                using (var s = e.Open()) s.CopyTo(ms);
                var data = ms.ToArray();
                if (e.FullName == "data.ndc") data = data[..(data.Length - 1000)];
                using var o = outZip.CreateEntry(e.FullName).Open();
                o.Write(data);
            }
        }
        var ex = Assert.Throws<DataFormatException>(() => NewareNdaxReader.Read(dst));
        Assert.Contains("data.ndc", ex.Position, StringComparison.Ordinal);
    }

    [Fact]
    public void NdaxThatIsNotAZipIsATypedError()
    {
        var p = Path.Combine(_dir, "bad.ndax");
        File.WriteAllText(p, "not a zip");
        Assert.Throws<DataFormatException>(() => NewareNdaxReader.Read(p));
    }
}
