using System.Buffers.Binary;
using System.Text;
using SiAnode.Scripting.Cycling;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Cyclers;

namespace SiAnode.Scripting.Tests.Cycling;

/// <summary>
/// BioLogic readers without the shared reference data: a synthetic .mpr (pre-11.50 module headers, data module v2, the galvani
/// column ids 1/2/3 (flags), 131 Ns, 4 time, 6 Ewe, 8 I, 7 dq) and a cp1252 .mpt with decimal commas, built byte by byte here;
/// truncated copies give typed errors. Values are exact (float32 inputs chosen representable).
/// </summary>
public sealed class BioLogicSelfContainedTests
{
    private static byte[] Module(string shortName, string longName, int version, byte[] data)
    {
        var h = new byte[6 + 10 + 25 + 4 + 4 + 8];
        Encoding.ASCII.GetBytes("MODULE").CopyTo(h, 0);
        Encoding.ASCII.GetBytes(shortName.PadRight(10)).CopyTo(h, 6);
        Encoding.ASCII.GetBytes(longName.PadRight(25)).CopyTo(h, 16);
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(41), (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(45), (uint)version);
        Encoding.ASCII.GetBytes("01/02/25").CopyTo(h, 49);
        return [.. h, .. data];
    }

    /// <summary>4 points: rest, then 3 points of galvanostatic charge at +0.5 mA.</summary>
    internal static byte[] SyntheticMpr()
    {
        ushort[] ids = [1, 2, 3, 131, 4, 6, 8, 7];
        const int row = 1 + 2 + 8 + 4 + 4 + 8;
        var data = new byte[405 + 4 * row];
        BinaryPrimitives.WriteUInt32LittleEndian(data, 4);
        data[4] = (byte)ids.Length;
        for (int k = 0; k < ids.Length; k++) BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(5 + 2 * k), ids[k]);
        (byte flags, ushort ns, double t, float e, float i, double dq)[] rows =
        [
            (3, 0, 0.0, 3.0f, 0f, 0.0),                 // mode 3 (rest), reduction
            (1 | 4, 1, 10.0, 3.5f, 0.5f, 0.0),          // mode 1, ox/red = 1
            (1 | 4, 1, 46.0, 3.75f, 0.5f, 0.005),       // 36 s at 0.5 mA = 0.005 mAh
            (1 | 4, 1, 82.0, 4.0f, 0.5f, 0.005),
        ];
        for (int r = 0; r < rows.Length; r++)
        {
            var s = data.AsSpan(405 + r * row);
            s[0] = rows[r].flags;
            BinaryPrimitives.WriteUInt16LittleEndian(s[1..], rows[r].ns);
            BinaryPrimitives.WriteDoubleLittleEndian(s[3..], rows[r].t);
            BinaryPrimitives.WriteSingleLittleEndian(s[11..], rows[r].e);
            BinaryPrimitives.WriteSingleLittleEndian(s[15..], rows[r].i);
            BinaryPrimitives.WriteDoubleLittleEndian(s[19..], rows[r].dq);
        }
        var magic = Encoding.ASCII.GetBytes("BIO-LOGIC MODULAR FILE\x1a".PadRight(48)).Concat(new byte[4]).ToArray();
        return [.. magic, .. Module("VMP Set", "VMP settings", 0, new byte[100]), .. Module("VMP data", "VMP data", 2, data)];
    }

    [Fact]
    public void SyntheticMprReadsFlagsColumnsAndBecomesARecord()
    {
        var d = BioLogicMprReader.Read(SyntheticMpr(), "synthetic.mpr");
        Assert.Equal(4, d.Count);
        Assert.Equal(["mode", "ox/red", "error", "Ns", "time/s", "Ewe/V", "I/mA", "dq/mA.h"], d.ColumnNames);
        Assert.Equal([3.0, 1, 1, 1], d.Columns["mode"]);
        Assert.Equal([0.0, 1, 1, 1], d.Columns["ox/red"]);
        Assert.Equal(3.75, d.Columns["Ewe/V"][2]);
        var rec = d.ToCyclingRecord();
        Assert.Equal([StepType.Rest, StepType.CcCharge, StepType.CcCharge, StepType.CcCharge], rec.StepType);
        Assert.Equal([1, 2, 2, 2], rec.StepCount);
        Assert.Equal(0.010, rec.ChargeCapacityMilliampHours[3], 1e-15);
        Assert.Equal(0.005 * 3.75 + 0.005 * 4.0, rec.ChargeEnergyMilliwattHours[3], 1e-15);
        Assert.Equal(72.0, rec.StepTimeSeconds[3]);
        Assert.Equal("Ewe (V)", d.ToTable()["Ewe"].Header);
    }

    [Fact]
    public void TruncatedMprAndUnknownIdAreTypedErrors()
    {
        var bytes = SyntheticMpr();
        var cut = bytes[..^10];
        var e1 = Assert.Throws<DataFormatException>(() => BioLogicMprReader.Read(cut, "cut.mpr"));
        Assert.Contains("VMP data", e1.Position, StringComparison.Ordinal);
        var bad = (byte[])bytes.Clone();
        int dataAt = 52 + 57 + 100 + 57;
        BinaryPrimitives.WriteUInt16LittleEndian(bad.AsSpan(dataAt + 5 + 2 * 5), 999); // Ewe/V id → 999
        var e2 = Assert.Throws<DataFormatException>(() => BioLogicMprReader.Read(bad, "bad.mpr"));
        Assert.Equal($"byte offset {dataAt + 15} (column 6 of 8 in the data module)", e2.Position);
        Assert.StartsWith("999", e2.Found, StringComparison.Ordinal);
        Assert.Throws<DataFormatException>(() => BioLogicMprReader.Read(Encoding.ASCII.GetBytes("not an mpr file at all, really not"), "x.mpr"));
    }

    [Fact]
    public void MptWithDecimalCommaAndCp1252()
    {
        var bytes = Encoding.Latin1.GetBytes(
            "EC-Lab ASCII FILE\r\nNb header lines : 5\r\nCharacteristic mass : 2,500 mg\r\nnote \u2013 µ\r\nmode\tox/red\ttime/s\tEwe/V\t<I>/mA\tCapacitance charge/µF\tdq/mA.h\t\r\n"
                .Replace("\u2013", "\u0096") +
            "3\t0\t0,0\t3,0000000E+000\t0,0\t0\t0\r\n1\t0\t10,0\t2,5\t-1,0\t0\t0\r\n1\t0\t46,0\t2,0\t-1,0\t0\t1,0E-002\r\n1\t0\t82,0\t1,5\t-1,0\t0\t1,0E-002\r\n");
        var d = BioLogicMptReader.Read(bytes, "s.mpt");
        Assert.Equal(4, d.Count);
        Assert.Equal(2.5, d.ActiveMassMilligrams);
        Assert.Contains("Capacitance charge/\u00B5F", d.ColumnNames);
        Assert.Equal(0.01, d.Columns["dq/mA.h"][2]);
        var rec = d.ToCyclingRecord();
        Assert.Equal(StepType.CcDischarge, rec.StepType[2]);
        Assert.Equal(0.02, rec.DischargeCapacityMilliampHours[3], 1e-15);
        Assert.Equal("\u2013", TextDecoding.DecodeCp1252([0x96]));
        Assert.Equal("\u00B5\u00B0", TextDecoding.DecodeCp1252([0xB5, 0xB0]));
    }

    [Fact]
    public void MptCutOffLastLineIsNotedAndABadNumberIsNamed()
    {
        const string head = "EC-Lab ASCII FILE\r\nNb header lines : 3\r\ntime/s\tEwe/V\r\n";
        var cut = BioLogicMptReader.Read(Encoding.Latin1.GetBytes(head + "0,0\t3,0\r\n1,0\t3,1\r\n2,0"), "cut.mpt");
        Assert.Equal(2, cut.Count);
        Assert.Contains(cut.Notes, n => n.Contains("line 6", StringComparison.Ordinal));
        var ex = Assert.Throws<DataFormatException>(() => BioLogicMptReader.Read(Encoding.Latin1.GetBytes(head + "0,0\t3,0\r\n1,0\tabc\r\n2,0\t3,2\r\n"), "bad.mpt"));
        Assert.Equal("line 5, column 2 'Ewe/V'", ex.Position);
        Assert.Throws<DataFormatException>(() => BioLogicMptReader.Read(Encoding.Latin1.GetBytes("hello\r\n"), "x.mpt"));
    }
}
