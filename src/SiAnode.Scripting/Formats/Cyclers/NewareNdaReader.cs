using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using SiAnode.Scripting.Cycling;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>
/// Reads NEWARE BTS <c>.nda</c> binary files: the legacy 86-byte records (file versions 26, 28, 29) and BTS 9 (version 130,
/// 88-byte records, and BTS 9.1 records of the length found in the file, 56 bytes in the reference file).
/// Byte layouts as documented by NewareNDA (d-cogswell/NewareNDA, NewareNDA/NewareNDA.py: <c>_read_nda_29</c>,
/// <c>_bytes_to_list</c>, <c>_read_nda_130</c>, <c>_bytes_to_list_BTS9</c>, <c>_bytes_to_list_BTS91</c>, <c>_aux_bytes_to_list</c>);
/// the implementation is the project's own. Post-processing follows NewareNDA's <c>read_nda</c> so the result equals its output:
/// duplicate record indices keep the first, rows are sorted by index, the step count increments at each change of the step field,
/// and cycles are renumbered by <see cref="CycleNumbering"/> unless <see cref="CycleMode.Vendor"/> is asked for.
/// </summary>
public static class NewareNdaReader
{
    private const int LegacyRecordLength = 86;

    /// <summary>Reads a .nda file.</summary>
    /// <exception cref="DataFormatException">The file is not a NEWARE .nda file, has an unsupported version, or a record holds an unknown range or status code.</exception>
    public static CyclingRecord Read(string path, CycleMode cycleMode = CycleMode.ChargeFirst) =>
        Read(File.ReadAllBytes(path), path, cycleMode);

    /// <summary>Reads .nda bytes; <paramref name="source"/> names them in errors.</summary>
    /// <exception cref="DataFormatException">See <see cref="Read(string, CycleMode)"/>.</exception>
    public static CyclingRecord Read(byte[] data, string source, CycleMode cycleMode = CycleMode.ChargeFirst)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length < 16 || !data.AsSpan(0, 6).SequenceEqual("NEWARE"u8))
            throw new DataFormatException(source, "byte offset 0", "the NEWARE .nda magic 'NEWARE'",
                Encoding.Latin1.GetString(data, 0, Math.Min(16, data.Length)));
        int version = data[14];
        var notes = new List<string>();
        var props = new Dictionary<string, string>(StringComparer.Ordinal) { ["nda_version"] = version.ToString(CultureInfo.InvariantCulture) };
        var b = new CyclingRecordBuilder(Math.Max(16, data.Length / 60));
        var aux = new List<(int Index, int Channel, double T, double V)>();
        long[] stepKey;
        double? mass = null;
        bool utc;
        switch (version)
        {
            case 26 or 28 or 29:
                mass = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(152)) / 1000.0; // NewareNDA _read_nda_29: u32 at 152, µg
                props["remarks"] = AsciiField(data, 2317, 100);
                stepKey = ReadLegacy(data, source, b, aux, notes);
                utc = false;
                break;
            case 130:
                stepKey = Read130(data, source, b, aux, notes, out mass, props);
                utc = true;
                break;
            default:
                throw new DataFormatException(source, "byte offset 14", "a supported .nda version (26, 28, 29, 130)",
                    version.ToString(CultureInfo.InvariantCulture));
        }

        stepKey = SortAndDeduplicate(b, stepKey, aux, notes);
        b.CountStepChanges(stepKey);
        b.TestTimeFromStepTime();
        CycleNumbering.Apply(b.Type.AsSpan(0, b.Count), b.Cycle.AsSpan(0, b.Count), cycleMode);
        if (!utc) notes.Add("date-times are the cycler's wall clock (the file stores no time zone); UnixTimeSeconds counts them as UTC");
        if (cycleMode != CycleMode.Vendor) notes.Add($"cycle numbers regenerated ({cycleMode}, as NewareNDA's software cycle number)");
        var meta = new CyclingMetadata(source, $"NEWARE .nda v{version}", mass is > 0 ? mass : null, null,
            b.Count > 0 && !double.IsNaN(b.Unix[0]) ? DateTime.UnixEpoch.AddSeconds(b.Unix[0]) : null, notes, props);
        return b.Build(meta, PivotAux(aux, b));
    }

    private static string AsciiField(byte[] data, int offset, int length)
    {
        if (offset + length > data.Length) return "";
        var s = Encoding.Latin1.GetString(data, offset, length);
        return s.Replace("\0", "", StringComparison.Ordinal).Trim();
    }

    /// <summary>Versions 26/28/29: 86-byte records after the first <c>00 00 00 00 55 00</c> that starts a run of valid records.</summary>
    private static long[] ReadLegacy(byte[] d, string source, CyclingRecordBuilder b, List<(int, int, double, double)> aux, List<string> notes)
    {
        ReadOnlySpan<byte> id = [0, 0, 0, 0, 0x55, 0];
        int header = d.AsSpan().IndexOf(id);
        if (header < 0) throw new DataFormatException(source, "whole file", "a data section starting 00 00 00 00 55 00", "none");
        while (header + 4 + LegacyRecordLength < d.Length
               && (d[header + 4 + LegacyRecordLength] != 0x55 || d[header + 4 + 12] == 0))
        {
            int next = d.AsSpan(header + 4).IndexOf(id);
            if (next < 0) throw new DataFormatException(source, $"byte offset {header}", "a run of 86-byte records", "no valid record");
            header += 4 + next;
        }
        var keys = new List<long>(d.Length / LegacyRecordLength);
        int pos = header + 4;
        int skipped = 0;
        for (; pos + LegacyRecordLength <= d.Length; pos += LegacyRecordLength)
        {
            var r = d.AsSpan(pos, LegacyRecordLength);
            bool tail0 = BinaryPrimitives.ReadUInt32LittleEndian(r[82..]) == 0;
            if (r[0] == 0x55 && r[1] == 0 && tail0)
            {
                uint index = BinaryPrimitives.ReadUInt32LittleEndian(r[2..]);
                int status = r[12];
                if (index == 0 || status == 0) { skipped++; continue; }
                int range = BinaryPrimitives.ReadInt32LittleEndian(r[78..]);
                if (!NewareRange.TryMultiplier(range, out double m))
                    throw new DataFormatException(source, $"byte offset {pos + 78} (record index {index})", "a known NEWARE current range code", range.ToString(CultureInfo.InvariantCulture));
                var type = StepTypes.FromNewareCode(status)
                    ?? throw new DataFormatException(source, $"byte offset {pos + 12} (record index {index})", "a known NEWARE status code", status.ToString(CultureInfo.InvariantCulture));
                int i = b.Add();
                b.RecordIndex[i] = checked((int)index);
                b.Cycle[i] = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(r[6..]) + 1);
                b.StepIndex[i] = BinaryPrimitives.ReadUInt16LittleEndian(r[10..]);
                keys.Add(BinaryPrimitives.ReadUInt32LittleEndian(r[10..])); // NewareNDA counts changes of the 4 bytes at 10
                b.Type[i] = type;
                b.StepTime[i] = BinaryPrimitives.ReadUInt64LittleEndian(r[14..]) / 1000.0;
                b.Voltage[i] = BinaryPrimitives.ReadInt32LittleEndian(r[22..]) / 10000.0;
                b.Current[i] = BinaryPrimitives.ReadInt32LittleEndian(r[26..]) * m;
                b.ChargeCap[i] = BinaryPrimitives.ReadInt64LittleEndian(r[38..]) * m / 3600;
                b.DischargeCap[i] = BinaryPrimitives.ReadInt64LittleEndian(r[46..]) * m / 3600;
                b.ChargeEnergy[i] = BinaryPrimitives.ReadInt64LittleEndian(r[54..]) * m / 3600;
                b.DischargeEnergy[i] = BinaryPrimitives.ReadInt64LittleEndian(r[62..]) * m / 3600;
                b.Unix[i] = WallClock(r[70..], source, pos + 70);
            }
            else if (r[0] == 0x65 && tail0)
            {
                aux.Add(((int)BinaryPrimitives.ReadUInt32LittleEndian(r[2..]), r[1],
                    BinaryPrimitives.ReadInt16LittleEndian(r[34..]) / 10.0, BinaryPrimitives.ReadInt32LittleEndian(r[22..]) / 10000.0));
            }
        }
        if (pos < d.Length) notes.Add($"{d.Length - pos} trailing bytes at offset {pos} (a partial record of an aborted or copied run) ignored");
        if (skipped > 0) notes.Add($"{skipped} data records with index 0 or status 0 (padding) skipped");
        return keys.ToArray();
    }

    private static double WallClock(ReadOnlySpan<byte> r, string source, int offset)
    {
        int y = BinaryPrimitives.ReadUInt16LittleEndian(r), mo = r[2], dd = r[3], h = r[4], mi = r[5], s = r[6];
        if (y == 0 && mo == 0) return double.NaN;
        if (mo is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), Math.Clamp(mo, 1, 12)) || h > 23 || mi > 59 || s > 59 || y < 1)
            throw new DataFormatException(source, $"byte offset {offset}", "a date Y-M-D h:m:s", $"{y}-{mo}-{dd} {h}:{mi}:{s}");
        return (new DateTime(y, mo, dd, h, mi, s, DateTimeKind.Utc) - DateTime.UnixEpoch).TotalSeconds;
    }

    /// <summary>Version 130 (BTS 9): data from byte 1024; BTS 9.1 records start 0x55 and their length is the distance to the next record.</summary>
    private static long[] Read130(byte[] d, string source, CyclingRecordBuilder b, List<(int, int, double, double)> aux, List<string> notes,
        out double? mass, Dictionary<string, string> props)
    {
        mass = null;
        if (d.Length < 1030) throw new DataFormatException(source, "byte offset 1024", "BTS 9 records from byte 1024", $"a file of {d.Length} bytes");
        var keys = new List<long>(d.Length / 56);
        int len = 88;
        bool bts91 = d[1024] == 0x55;
        if (bts91)
        {
            int next = d.AsSpan(1026).IndexOf(d.AsSpan(1024, 2));
            if (next < 0) throw new DataFormatException(source, "byte offset 1024", "a second BTS 9.1 record", "none");
            len = next + 2;
            props["record_length"] = len.ToString(CultureInfo.InvariantCulture);
            if (len < 52) throw new DataFormatException(source, "byte offset 1024", "BTS 9.1 records of at least 52 bytes", $"{len} bytes");
        }
        var identifier = d.AsSpan(1024, 6).ToArray();
        int pos = 1024;
        for (; pos + len <= d.Length; pos += len)
        {
            var r = d.AsSpan(pos, len);
            if (bts91 && r[0] == 0x55)
            {
                int status = r[3];
                var type = StepTypes.FromNewareCode(status)
                    ?? throw new DataFormatException(source, $"byte offset {pos + 3}", "a known NEWARE status code", status.ToString(CultureInfo.InvariantCulture));
                int i = b.Add();
                b.StepIndex[i] = r[2];
                keys.Add(r[2]);
                b.Type[i] = type;
                b.RecordIndex[i] = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(r[8..]));
                b.StepTime[i] = BinaryPrimitives.ReadUInt32LittleEndian(r[12..]) + 1e-9 * BinaryPrimitives.ReadUInt32LittleEndian(r[16..]);
                b.Current[i] = BinaryPrimitives.ReadSingleLittleEndian(r[20..]);
                b.Voltage[i] = BinaryPrimitives.ReadSingleLittleEndian(r[24..]);
                double cap = BinaryPrimitives.ReadSingleLittleEndian(r[28..]) / 3600.0;
                double en = BinaryPrimitives.ReadSingleLittleEndian(r[32..]) / 3600.0;
                // one signed counter each: positive while charging, negative while discharging (NewareNDA _bytes_to_list_BTS91)
                b.ChargeCap[i] = cap < 0 ? 0 : cap;
                b.DischargeCap[i] = cap > 0 ? 0 : Math.Abs(cap);
                b.ChargeEnergy[i] = en < 0 ? 0 : en;
                b.DischargeEnergy[i] = en > 0 ? 0 : Math.Abs(en);
                b.Unix[i] = BinaryPrimitives.ReadUInt32LittleEndian(r[44..]) + 1e-9 * BinaryPrimitives.ReadUInt32LittleEndian(r[48..]);
                b.Cycle[i] = 1;
                if (len == 56) aux.Add((b.RecordIndex[i], 1, BinaryPrimitives.ReadSingleLittleEndian(r[52..]), double.NaN));
            }
            else if (!bts91 && r[..6].SequenceEqual(identifier))
            {
                var q = r[4..];
                int status = q[6];
                var type = StepTypes.FromNewareCode(status)
                    ?? throw new DataFormatException(source, $"byte offset {pos + 10}", "a known NEWARE status code", status.ToString(CultureInfo.InvariantCulture));
                int i = b.Add();
                b.StepIndex[i] = q[5];
                keys.Add(q[5]);
                b.Type[i] = type;
                b.RecordIndex[i] = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(q[12..]));
                b.StepTime[i] = BinaryPrimitives.ReadUInt64LittleEndian(q[24..]) / 1e6;
                b.Voltage[i] = BinaryPrimitives.ReadSingleLittleEndian(q[32..]);
                b.Current[i] = BinaryPrimitives.ReadSingleLittleEndian(q[36..]);
                b.ChargeCap[i] = BinaryPrimitives.ReadSingleLittleEndian(q[48..]) / 3600.0;
                b.ChargeEnergy[i] = BinaryPrimitives.ReadSingleLittleEndian(q[52..]) / 3600.0;
                b.DischargeCap[i] = BinaryPrimitives.ReadSingleLittleEndian(q[56..]) / 3600.0;
                b.DischargeEnergy[i] = BinaryPrimitives.ReadSingleLittleEndian(q[60..]) / 3600.0;
                b.Unix[i] = BinaryPrimitives.ReadUInt64LittleEndian(q[64..]) / 1e6;
                b.Cycle[i] = 1;
            }
            else if (!bts91 && r[..5].SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0, 0, 0x65]))
            {
                var q = r[4..];
                aux.Add(((int)BinaryPrimitives.ReadUInt32LittleEndian(q[2..]), q[1],
                    BinaryPrimitives.ReadInt16LittleEndian(q[34..]) / 10.0, BinaryPrimitives.ReadInt32LittleEndian(q[22..]) / 10000.0));
            }
            else if (r[0] == 0x81)
            {
                break; // footer (NewareNDA _read_nda_130)
            }
        }
        if (pos + len > d.Length && pos < d.Length && d[pos] != 0x81)
            notes.Add($"{d.Length - pos} trailing bytes at offset {pos} (a partial record) ignored");

        // footer with active mass: NewareNDA _read_nda_130 (pattern, then 499 bytes whose last 8 are a double in mg)
        ReadOnlySpan<byte> footer = [0x06, 0x00, 0xf0, 0x1d, 0x81, 0x00, 0x03, 0x00, 0x61, 0x90, 0x71, 0x90, 0x02, 0x7f, 0xff, 0x00];
        int f = d.AsSpan(1024).LastIndexOf(footer);
        if (f >= 0 && 1024 + f + 16 + 499 <= d.Length)
        {
            int at = 1024 + f + 16;
            mass = BinaryPrimitives.ReadDoubleLittleEndian(d.AsSpan(at + 491));
            props["remarks"] = AsciiField(d, at + 363, 128);
        }
        return keys.ToArray();
    }

    private static long[] SortAndDeduplicate(CyclingRecordBuilder b, long[] keys, List<(int Index, int, double, double)> aux, List<string> notes)
    {
        int n = b.Count;
        bool monotonic = true, unique = true;
        for (int i = 1; i < n; i++)
        {
            if (b.RecordIndex[i] < b.RecordIndex[i - 1]) monotonic = false;
            else if (b.RecordIndex[i] == b.RecordIndex[i - 1]) unique = false;
        }
        if (monotonic && unique) return keys;
        // keep the first occurrence of each index (file order), then sort by index
        var seen = new HashSet<int>();
        var order = new List<int>(n);
        for (int i = 0; i < n; i++) if (seen.Add(b.RecordIndex[i])) order.Add(i);
        if (order.Count < n) notes.Add($"{n - order.Count} records repeating an earlier record index dropped (first kept, as NewareNDA)");
        var perm = order.ToArray();
        Array.Sort(Array.ConvertAll(perm, i => b.RecordIndex[i]), perm);
        Permute(ref b.RecordIndex, perm); Permute(ref b.Cycle, perm); Permute(ref b.StepIndex, perm); Permute(ref b.StepCount, perm);
        Permute(ref b.StepTime, perm); Permute(ref b.Unix, perm); Permute(ref b.Current, perm); Permute(ref b.Voltage, perm);
        Permute(ref b.ChargeCap, perm); Permute(ref b.DischargeCap, perm); Permute(ref b.ChargeEnergy, perm);
        Permute(ref b.DischargeEnergy, perm); Permute(ref b.Type, perm);
        b.Count = perm.Length;
        var k = new long[perm.Length];
        for (int i = 0; i < perm.Length; i++) k[i] = keys[perm[i]];
        return k;
    }

    private static void Permute<T>(ref T[] a, int[] perm)
    {
        var r = new T[Math.Max(perm.Length, 1)];
        for (int i = 0; i < perm.Length; i++) r[i] = a[perm[i]];
        a = r;
    }

    /// <summary>Auxiliary records joined on the record index: one <c>T{channel}</c> (degC) and <c>V{channel}</c> (V) column per channel (NewareNDA's pivot).</summary>
    internal static List<AuxiliaryChannel> PivotAux(List<(int Index, int Channel, double T, double V)> aux, CyclingRecordBuilder b)
    {
        var result = new List<AuxiliaryChannel>();
        if (aux.Count == 0) return result;
        var rowOf = new Dictionary<int, int>(b.Count);
        for (int i = 0; i < b.Count; i++) rowOf.TryAdd(b.RecordIndex[i], i);
        foreach (var ch in aux.Select(a => a.Channel).Distinct().Order())
        {
            var t = new double[b.Count];
            var v = new double[b.Count];
            Array.Fill(t, double.NaN);
            Array.Fill(v, double.NaN);
            var filled = new HashSet<int>();
            foreach (var a in aux)
                if (a.Channel == ch && rowOf.TryGetValue(a.Index, out int row) && filled.Add(row)) { t[row] = a.T; v[row] = a.V; }
            string c = ch.ToString(CultureInfo.InvariantCulture);
            result.Add(new AuxiliaryChannel("T" + c, "degC", t));
            if (v.Any(x => !double.IsNaN(x))) result.Add(new AuxiliaryChannel("V" + c, "V", v));
        }
        return result;
    }
}
