using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SiAnode.Scripting.Cycling;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>
/// Reads NEWARE BTS 8 <c>.ndax</c> files: a zip whose <c>data.ndc</c> holds voltage and current, <c>data_runInfo.ndc</c> times,
/// capacities, energies and step counts (for a subset of the points), <c>data_step.ndc</c> cycle, step number and status per step,
/// <c>data_AUX_*.ndc</c> or <c>data_N.ndc</c> auxiliary channels, <c>Step.xml</c> the active mass and <c>TestInfo.xml</c> channel,
/// start time and the auxiliary channel list. The .ndc page layouts (4096-byte pages after a 4096-byte header; versions 14, 16 and
/// 17; file types 1, 5, 7, 18) are those documented by NewareNDA (d-cogswell/NewareNDA, NewareNDA/NewareNDAx.py,
/// <c>_read_ndc_*_filetype_*</c>) and fastnda (fastnda/ndax.py); the implementation is the project's own.
/// Points missing from runInfo are filled as NewareNDA's <c>_data_interpolation</c> does (time by the logged interval, capacity and
/// energy by integrating current and power); <see cref="CyclingMetadata.Notes"/> says how many.
/// </summary>
public static class NewareNdaxReader
{
    private const int Page = 4096;

    /// <summary>Reads a .ndax file.</summary>
    /// <exception cref="DataFormatException">A member is missing, of an unsupported .ndc version/type, or inconsistent.</exception>
    public static CyclingRecord Read(string path, CycleMode cycleMode = CycleMode.ChargeFirst)
    {
        using var fs = File.OpenRead(path);
        return Read(fs, path, cycleMode);
    }

    /// <summary>Reads a .ndax zip from a stream; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="DataFormatException">See <see cref="Read(string, CycleMode)"/>.</exception>
    public static CyclingRecord Read(Stream stream, string source, CycleMode cycleMode = CycleMode.ChargeFirst)
    {
        ZipArchive zip;
        try { zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException e) { throw new DataFormatException(source, "byte offset 0", "a zip archive (.ndax)", e.Message, e); }
        using (zip)
        {
            var notes = new List<string>();
            var props = new Dictionary<string, string>(StringComparer.Ordinal);
            byte[]? Member(string name)
            {
                var e = zip.GetEntry(name);
                if (e is null) return null;
                using var s = e.Open();
                var ms = new MemoryStream((int)Math.Min(e.Length, int.MaxValue));
                try { s.CopyTo(ms); }
                catch (InvalidDataException ex) { throw new DataFormatException(source, $"zip member {name}", "a readable deflate stream", ex.Message, ex); }
                return ms.ToArray();
            }

            double? mass = null;
            string? channel = null;
            DateTime? start = null;
            var auxInfo = new List<Dictionary<string, string>>();
            if (Xml(Member("Step.xml")) is { } step)
            {
                var scq = step.Descendants("SCQ").FirstOrDefault()?.Attribute("Value")?.Value;
                if (scq is not null && double.TryParse(scq, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m > 0)
                    mass = m / 1000.0; // NewareNDA read_ndax: Head_Info/SCQ/@Value, logged as value/1000 mg
                var remark = step.Descendants("Remark").FirstOrDefault()?.Attribute("Value")?.Value;
                if (remark is not null) props["remarks"] = remark;
            }
            if (Xml(Member("TestInfo.xml")) is { } ti && ti.Descendants("TestInfo").FirstOrDefault() is { } info)
            {
                string A(string n) => info.Attribute(n)?.Value ?? "";
                channel = $"device {A("DevID")} unit {A("UnitID")} channel {A("ChlID")}";
                if (DateTime.TryParseExact(A("StartTime"), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var st)) start = st;
                foreach (var n in new[] { "Barcode", "StepName", "StartTime", "EndTime", "CurrRange", "VoltRange" })
                    if (A(n).Length > 0) props[n] = A(n);
                foreach (var c in info.Elements().Where(e => e.Name.LocalName.StartsWith("Aux", StringComparison.OrdinalIgnoreCase)))
                    auxInfo.Add(c.Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value));
            }
            if (Xml(Member("VersionInfo.xml")) is { } vi && vi.Descendants("ZwjVersion").FirstOrDefault() is { } zv)
                foreach (var a in zv.Attributes()) props["version." + a.Name.LocalName] = a.Value;

            var data = Member("data.ndc") ?? throw new DataFormatException(source, "zip directory", "a data.ndc member", string.Join(", ", zip.Entries.Select(e => e.FullName)));
            var (version, type) = Header(data, source, "data.ndc");
            props["ndc_version"] = version.ToString(CultureInfo.InvariantCulture);
            if (type != 1) throw new DataFormatException(source, "data.ndc byte offset 0", "ndc file type 1 (data)", type.ToString(CultureInfo.InvariantCulture));
            var b = new CyclingRecordBuilder(CountDataSlots(data));
            ReadData(data, version, source, b);

            var run = Member("data_runInfo.ndc") ?? throw new DataFormatException(source, "zip directory", "a data_runInfo.ndc member (single-file .ndax layouts are not supported)", string.Join(", ", zip.Entries.Select(e => e.FullName)));
            var steps = Member("data_step.ndc") ?? throw new DataFormatException(source, "zip directory", "a data_step.ndc member", string.Join(", ", zip.Entries.Select(e => e.FullName)));
            var runInfo = ReadRunInfo(run, source);
            var stepTable = ReadSteps(steps, source);
            Merge(b, runInfo, stepTable, source, notes);

            // auxiliary members, sorted by the numbers in their names and matched in order to TestInfo's Aux entries (NewareNDA)
            var auxFiles = new List<(string Name, int[] Key)>();
            foreach (var e in zip.Entries)
            {
                var m1 = Regex.Match(e.FullName, @"data_AUX_(\d+)_(\d+)_(\d+)\.ndc$");
                if (m1.Success) { auxFiles.Add((e.FullName, [int.Parse(m1.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m1.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m1.Groups[3].Value, CultureInfo.InvariantCulture)])); continue; }
                var m2 = Regex.Match(e.FullName, @"_(\d+)\.ndc$");
                if (m2.Success) auxFiles.Add((e.FullName, [int.Parse(m2.Groups[1].Value, CultureInfo.InvariantCulture), 0, 0]));
            }
            auxFiles.Sort((x, y) => x.Key[0] != y.Key[0] ? x.Key[0].CompareTo(y.Key[0]) : x.Key[1] != y.Key[1] ? x.Key[1].CompareTo(y.Key[1]) : x.Key[2].CompareTo(y.Key[2]));
            if (auxFiles.Count != auxInfo.Count && auxFiles.Count > 0)
                notes.Add($"{auxFiles.Count} auxiliary members but {auxInfo.Count} Aux entries in TestInfo.xml; channels numbered by position");
            var aux = new List<AuxiliaryChannel>();
            for (int k = 0; k < auxFiles.Count; k++)
            {
                var d = Member(auxFiles[k].Name)!;
                var dict = auxFiles.Count == auxInfo.Count ? auxInfo[k] : null;
                string id = dict is not null && dict.TryGetValue("AuxID", out var aid) ? aid : (k + 1).ToString(CultureInfo.InvariantCulture);
                int chlType = dict is not null && dict.TryGetValue("ChlType", out var ct) && int.TryParse(ct, CultureInfo.InvariantCulture, out var cti) ? cti : -1;
                aux.AddRange(ReadAux(d, source, auxFiles[k].Name, id, chlType, b.Count));
            }

            CycleNumbering.Apply(b.Type.AsSpan(0, b.Count), b.Cycle.AsSpan(0, b.Count), cycleMode);
            if (cycleMode != CycleMode.Vendor) notes.Add($"cycle numbers regenerated ({cycleMode}, as NewareNDA's software cycle number)");
            var meta = new CyclingMetadata(source, $"NEWARE .ndax (ndc v{version})", mass, channel, start, notes, props);
            return b.Build(meta, aux);
        }
    }

    private static XDocument? Xml(byte[]? bytes)
    {
        if (bytes is null) return null;
        // the declarations say GB2312 or utf-8; the attributes read here are ASCII, so decode as UTF-8 and drop the declaration
        var text = Encoding.UTF8.GetString(bytes);
        int decl = text.IndexOf("?>", StringComparison.Ordinal);
        if (text.TrimStart('\uFEFF').StartsWith("<?xml", StringComparison.Ordinal) && decl > 0) text = text[(decl + 2)..];
        try { return XDocument.Parse(text); }
        catch (System.Xml.XmlException) { return null; }
    }

    private static (int Version, int Type) Header(byte[] d, string source, string member)
    {
        if (d.Length < Page) throw new DataFormatException(source, $"{member} byte offset 0", "an .ndc header of 4096 bytes", $"{d.Length} bytes");
        if ((d.Length - Page) % Page != 0)
            throw new DataFormatException(source, $"{member} byte offset {d.Length - (d.Length - Page) % Page}", "whole 4096-byte pages", $"{(d.Length - Page) % Page} trailing bytes (truncated member)");
        return (d[2], d[0]);
    }

    private static Exception Unsupported(string source, string member, int version, int type) =>
        new DataFormatException(source, $"{member} byte offset 0", "a supported ndc version/file type (14, 16, 17 / 1, 5, 7, 18)", $"version {version} type {type}");

    /// <summary>Number of data slots up to the last one with a non-zero voltage (the rest of the last page is unused).</summary>
    private static int CountDataSlots(byte[] d)
    {
        int perPage = (Page - 132 - 4) / 8;
        for (int p = d.Length - Page; p >= Page; p -= Page)
            for (int k = perPage - 1; k >= 0; k--)
                if (BinaryPrimitives.ReadSingleLittleEndian(d.AsSpan(p + 132 + 8 * k)) != 0)
                    return (p - Page) / Page * perPage + k + 1;
        return 0;
    }

    /// <summary>data.ndc: pairs of float32 (voltage, current) from byte 132 to 4 before the end of each page; slot number = record index.</summary>
    private static void ReadData(byte[] d, int version, string source, CyclingRecordBuilder b)
    {
        double vScale, iScale;
        switch (version)
        {
            case 14 or 17: vScale = 1; iScale = 1000; break;    // V, A
            case 16: vScale = 1e-4; iScale = 1; break;          // 0.1 mV, mA
            default: throw Unsupported(source, "data.ndc", version, 1);
        }
        int slot = 0, last = 0;
        for (int p = Page; p < d.Length; p += Page)
            for (int o = p + 132; o + 8 <= p + Page - 4 && slot < b.RecordIndex.Length; o += 8)
            {
                slot++;
                float v = BinaryPrimitives.ReadSingleLittleEndian(d.AsSpan(o));
                int i = b.Add();
                b.RecordIndex[i] = slot;
                b.Voltage[i] = v * vScale;
                b.Current[i] = BinaryPrimitives.ReadSingleLittleEndian(d.AsSpan(o + 4)) * iScale;
                if (v != 0) last = slot;
            }
        b.Count = last; // unused slots at the end of the last page are zero
    }

    private readonly record struct RunRow(double Time, double Chg, double Dchg, double ChgE, double DchgE, double Dt, double Uts, int Step, int Index);

    /// <summary>data_runInfo.ndc (type 18).</summary>
    private static List<RunRow> ReadRunInfo(byte[] d, string source)
    {
        var (version, type) = Header(d, source, "data_runInfo.ndc");
        if (type != 18) throw new DataFormatException(source, "data_runInfo.ndc byte offset 0", "ndc file type 18", type.ToString(CultureInfo.InvariantCulture));
        int len, footer; double capScale;
        switch (version)
        {
            case 14: len = 55; footer = 4; capScale = 1000; break;          // Ah, Wh
            case 16: len = 100; footer = 64; capScale = 1 / 3600.0; break; // mAs, mWs
            case 17: len = 100; footer = 64; capScale = 1000; break;
            default: throw Unsupported(source, "data_runInfo.ndc", version, type);
        }
        var rows = new List<RunRow>(d.Length / len);
        for (int p = Page; p < d.Length; p += Page)
            for (int o = p + 132; o + len <= p + Page - footer; o += len)
            {
                var r = d.AsSpan(o, len);
                int index = BinaryPrimitives.ReadInt32LittleEndian(r[41..]);
                if (index == 0) continue;
                rows.Add(new RunRow(
                    BinaryPrimitives.ReadInt32LittleEndian(r) / 1000.0,
                    BinaryPrimitives.ReadSingleLittleEndian(r[5..]) * capScale,
                    BinaryPrimitives.ReadSingleLittleEndian(r[9..]) * capScale,
                    BinaryPrimitives.ReadSingleLittleEndian(r[13..]) * capScale,
                    BinaryPrimitives.ReadSingleLittleEndian(r[17..]) * capScale,
                    BinaryPrimitives.ReadInt32LittleEndian(r[29..]) / 1000.0,
                    BinaryPrimitives.ReadInt32LittleEndian(r[33..]) + BinaryPrimitives.ReadInt16LittleEndian(r[45..]) / 1000.0,
                    BinaryPrimitives.ReadInt32LittleEndian(r[37..]),
                    index));
            }
        if (version == 14)
        {
            // v14 stores the schedule step; the join key is the count of its changes (NewareNDA _read_ndc_14_filetype_18)
            int s = 0;
            for (int i = 0; i < rows.Count; i++)
            {
                if (i == 0 || rows[i].Step != rows[i - 1].Step) s++;
                rows[i] = rows[i] with { Step = s };
            }
        }
        return rows;
    }

    private readonly record struct StepRow(int Cycle, int StepIndex, int Status);

    /// <summary>data_step.ndc (type 7): step count → (cycle, schedule step, status).</summary>
    private static Dictionary<int, StepRow> ReadSteps(byte[] d, string source)
    {
        var (version, type) = Header(d, source, "data_step.ndc");
        if (type != 7) throw new DataFormatException(source, "data_step.ndc byte offset 0", "ndc file type 7", type.ToString(CultureInfo.InvariantCulture));
        int len, footer;
        switch (version)
        {
            case 14: len = 37; footer = 5; break;
            case 16 or 17: len = 100; footer = 64; break;
            default: throw Unsupported(source, "data_step.ndc", version, type);
        }
        var result = new Dictionary<int, StepRow>();
        int count = 0, prev = int.MinValue;
        for (int p = Page; p < d.Length; p += Page)
            for (int o = p + 132; o + len <= p + Page - footer; o += len)
            {
                var r = d.AsSpan(o, len);
                int cycle = BinaryPrimitives.ReadInt32LittleEndian(r);
                int stepIndex = BinaryPrimitives.ReadInt32LittleEndian(r[4..]);
                int status = r[24];
                int valid = version == 14 ? stepIndex : BinaryPrimitives.ReadInt32LittleEndian(r[33..]);
                if (valid == 0) continue;
                // v14/v17: one row per step (count = row number); v16: the count increments when the step number changes
                if (version != 16 || stepIndex != prev) count++;
                prev = stepIndex;
                result.TryAdd(count, new StepRow(cycle + 1, stepIndex, status));
            }
        return result;
    }

    private static void Merge(CyclingRecordBuilder b, List<RunRow> runInfo, Dictionary<int, StepRow> steps, string source, List<string> notes)
    {
        var byIndex = new Dictionary<int, RunRow>(runInfo.Count);
        int dup = 0;
        foreach (var r in runInfo) if (!byIndex.TryAdd(r.Index, r)) dup++;
        if (dup > 0) notes.Add($"{dup} runInfo rows repeating a record index ignored (first kept)");
        int n = b.Count, filled = 0;
        RunRow last = default;
        bool have = false;
        int lastPos = -1;
        double inc = 0, einc = 0;
        for (int i = 0; i < n; i++)
        {
            if (byIndex.TryGetValue(b.RecordIndex[i], out var r))
            {
                last = r; have = true; lastPos = i;
                b.StepTime[i] = r.Time; b.Unix[i] = r.Uts; b.StepCount[i] = r.Step;
                b.ChargeCap[i] = r.Chg; b.DischargeCap[i] = r.Dchg; b.ChargeEnergy[i] = r.ChgE; b.DischargeEnergy[i] = r.DchgE;
                inc = 0; einc = 0;
                continue;
            }
            if (!have) throw new DataFormatException(source, $"data.ndc record {b.RecordIndex[i]}", "a runInfo row for the first data point", "none");
            // as NewareNDA (and fastnda) fill points missing from runInfo: the logged interval dt carried forward from the last
            // logged point; charge/discharge capacity and energy integrated from there with the signed current (I dt, V I dt)
            filled++;
            double cdt = (i - lastPos) * last.Dt;
            b.StepTime[i] = last.Time + cdt;
            b.Unix[i] = last.Uts + cdt;
            b.StepCount[i] = last.Step;
            inc += last.Dt * b.Current[i] / 3600;
            einc += last.Dt * b.Current[i] * b.Voltage[i] / 3600;
            b.ChargeCap[i] = Math.Abs(last.Chg) + Math.Max(inc, 0);
            b.DischargeCap[i] = Math.Abs(last.Dchg) - Math.Min(inc, 0);
            b.ChargeEnergy[i] = Math.Abs(last.ChgE) + Math.Max(einc, 0);
            b.DischargeEnergy[i] = Math.Abs(last.DchgE) - Math.Min(einc, 0);
        }
        if (filled > 0) notes.Add($"{filled} of {n} points have no runInfo row; their time, capacity and energy are interpolated as NewareNDA does");
        var missing = new HashSet<int>();
        for (int i = 0; i < n; i++)
        {
            if (steps.TryGetValue(b.StepCount[i], out var s))
            {
                b.Cycle[i] = s.Cycle;
                b.StepIndex[i] = s.StepIndex;
                b.Type[i] = StepTypes.FromNewareCode(s.Status)
                    ?? throw new DataFormatException(source, $"data_step.ndc step {b.StepCount[i]}", "a known NEWARE status code", s.Status.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                missing.Add(b.StepCount[i]);
                b.Type[i] = StepType.Unknown;
            }
        }
        if (missing.Count > 0) notes.Add($"steps {string.Join(", ", missing.Order().Take(10))} have no data_step.ndc row; their step type is Unknown");
        b.TestTimeFromStepTime();
    }

    private static IEnumerable<AuxiliaryChannel> ReadAux(byte[] d, string source, string member, string id, int chlType, int rows)
    {
        var (version, type) = Header(d, source, member);
        if (type != 5) throw new DataFormatException(source, $"{member} byte offset 0", "ndc file type 5 (auxiliary)", type.ToString(CultureInfo.InvariantCulture));
        string quantity = chlType switch { 103 => "T", 335 => "t", 345 => "H", _ => "T" }; // NewareNDA aux_chl_type_columns
        string unit = quantity == "H" ? "%" : "degC";
        if (version is 14 or 17)
        {
            var v = new double[rows];
            Array.Fill(v, double.NaN);
            int slot = 0;
            for (int p = Page; p < d.Length; p += Page)
                for (int o = p + 132; o + 4 <= p + Page - 4; o += 4, slot++)
                    if (slot < rows) v[slot] = BinaryPrimitives.ReadSingleLittleEndian(d.AsSpan(o));
            yield return new AuxiliaryChannel(quantity + id, unit, v);
        }
        else if (version == 16)
        {
            if (d.Length <= Page + 132 || d[Page + 132] != 0x65)
                throw new DataFormatException(source, $"{member} byte offset {Page + 132}", "auxiliary records of type 0x65", d.Length > Page + 132 ? $"0x{d[Page + 132]:x2}" : "end of file");
            var t = new double[rows];
            var volt = new double[rows];
            Array.Fill(t, double.NaN);
            Array.Fill(volt, double.NaN);
            int k = 0;
            bool anyT = false, anyV = false;
            for (int p = Page; p < d.Length; p += Page)
                for (int o = p + 132; o + 7 <= p + Page - 2; o += 7)
                {
                    if (d[o] != 0x65) continue;
                    if (k < rows)
                    {
                        volt[k] = BinaryPrimitives.ReadSingleLittleEndian(d.AsSpan(o + 1)) / 10000.0;
                        t[k] = BinaryPrimitives.ReadInt16LittleEndian(d.AsSpan(o + 5)) * 0.1;
                        anyV |= volt[k] != 0; anyT |= t[k] != 0;
                    }
                    k++;
                }
            if (anyV) yield return new AuxiliaryChannel("V" + id, "V", volt);
            if (anyT) yield return new AuxiliaryChannel("T" + id, "degC", t);
        }
        else throw Unsupported(source, member, version, type);
    }
}
