using System.Globalization;
using SiAnode.Scripting.Cycling;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>
/// Reads delimited cycler text exports (NEWARE CSV, Maccor text, or any CSV given a <see cref="CyclerTextLayout"/>) into a
/// <see cref="CyclingRecord"/>. Text is decoded as UTF-8 when valid, else cp1252 (what the vendors' Windows software writes).
/// Quoted fields are not supported (the vendors do not quote numbers). Every cell of a mapped column must parse; a cut-off last
/// line (fewer fields) is skipped with a note.
/// </summary>
public static class CyclerTextReader
{
    /// <summary>Reads <paramref name="path"/> with <paramref name="layout"/>.</summary>
    /// <exception cref="DataFormatException">A mapped column is missing from the header, or a cell does not parse (named by line and column).</exception>
    public static CyclingRecord Read(string path, CyclerTextLayout layout, CycleMode cycleMode = CycleMode.Vendor) =>
        Read(File.ReadAllBytes(path), path, layout, cycleMode);

    /// <summary>Reads bytes; <paramref name="source"/> names them in errors.</summary>
    /// <exception cref="DataFormatException">See <see cref="Read(string, CyclerTextLayout, CycleMode)"/>.</exception>
    public static CyclingRecord Read(byte[] bytes, string source, CyclerTextLayout layout, CycleMode cycleMode = CycleMode.Vendor)
    {
        ArgumentNullException.ThrowIfNull(layout);
        string text;
        try { text = new System.Text.UTF8Encoding(false, true).GetString(bytes); }
        catch (System.Text.DecoderFallbackException) { text = TextDecoding.DecodeCp1252(bytes); }
        var lines = text.Split('\n');
        if (lines.Length < layout.HeaderLine)
            throw new DataFormatException(source, $"line {layout.HeaderLine}", "the column header", "end of file");
        var header = lines[layout.HeaderLine - 1].TrimEnd('\r').TrimStart('\uFEFF').Split(layout.Delimiter).Select(h => h.Trim()).ToList();
        int Col(string? name, bool required = false)
        {
            if (name is null) return -1;
            int k = header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            if (k < 0 && required) throw new DataFormatException(source, $"line {layout.HeaderLine}", $"a column '{name}' ({layout.Name})", string.Join(layout.Delimiter, header));
            if (k < 0) throw new DataFormatException(source, $"line {layout.HeaderLine}", $"a column '{name}' ({layout.Name}; set it to null in the layout if the file has none)", string.Join(layout.Delimiter, header));
            return k;
        }
        int cI = Col(layout.Current, true), cV = Col(layout.Voltage, true), cT = Col(layout.TestTime), cS = Col(layout.StepTime),
            cD = Col(layout.DateTime), cIdx = Col(layout.Index), cCyc = Col(layout.Cycle), cStep = Col(layout.StepIndex), cType = Col(layout.StepType),
            cQc = Col(layout.ChargeCapacity), cQd = Col(layout.DischargeCapacity), cQ = Col(layout.Capacity),
            cEc = Col(layout.ChargeEnergy), cEd = Col(layout.DischargeEnergy), cE = Col(layout.Energy);
        int maxCol = new[] { cI, cV, cT, cS, cD, cIdx, cCyc, cStep, cType, cQc, cQd, cQ, cEc, cEd, cE }.Max();
        var b = new CyclingRecordBuilder(lines.Length);
        var notes = new List<string>();
        var stepKey = new List<long>(lines.Length);
        int last = lines.Length;
        while (last > layout.HeaderLine && lines[last - 1].Trim().Length == 0) last--;
        for (int li = layout.HeaderLine; li < last; li++)
        {
            var line = lines[li].TrimEnd('\r');
            if (line.Trim().Length == 0) throw new DataFormatException(source, $"line {li + 1}", "a data row", "an empty line");
            var f = line.Split(layout.Delimiter);
            if (f.Length <= maxCol)
            {
                if (li == last - 1) { notes.Add($"line {li + 1}: last row has {f.Length} fields, fewer than the mapped columns (export cut off); not read"); break; }
                throw new DataFormatException(source, $"line {li + 1}", $"at least {maxCol + 1} fields", $"{f.Length}: {line}");
            }
            double Num(int c, double scale = 1)
            {
                if (c < 0) return 0;
                var s = f[c].Trim();
                if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v * scale;
                throw new DataFormatException(source, $"line {li + 1}, column '{header[c]}'", "a number", s);
            }
            double Time(int c)
            {
                if (c < 0) return double.NaN;
                var s = f[c].Trim();
                if (layout.TimeFormat == TimeText.Seconds) return Num(c);
                var p = s.Split(':');
                if (p.Length == 3 && long.TryParse(p[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var h)
                    && int.TryParse(p[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var m)
                    && double.TryParse(p[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var sec))
                    return h * 3600 + m * 60 + sec;
                throw new DataFormatException(source, $"line {li + 1}, column '{header[c]}'", "a time h:mm:ss", s);
            }
            int i = b.Add();
            var type = cType >= 0 ? (layout.ParseStepType ?? (_ => StepType.Unknown))(f[cType]) : StepType.Unknown;
            b.Type[i] = type;
            b.RecordIndex[i] = cIdx >= 0 ? (int)Num(cIdx) : i + 1;
            b.Cycle[i] = cCyc >= 0 ? (int)Num(cCyc) : 1;
            b.StepIndex[i] = cStep >= 0 ? (int)Num(cStep) : 0;
            stepKey.Add(cStep >= 0 ? ((long)b.Cycle[i] << 32) | (uint)b.StepIndex[i] : (long)type);
            b.Current[i] = Num(cI, layout.CurrentToMilliamps);
            b.Voltage[i] = Num(cV);
            b.StepTime[i] = Time(cS);
            b.TestTime[i] = Time(cT);
            if (cD >= 0)
            {
                var s = f[cD].Trim();
                if (!System.DateTime.TryParseExact(s, layout.DateTimeFormats ?? ["yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
                    throw new DataFormatException(source, $"line {li + 1}, column '{header[cD]}'", $"a date-time ({string.Join(" or ", layout.DateTimeFormats ?? [])})", s);
                b.Unix[i] = (dt - System.DateTime.UnixEpoch).TotalSeconds;
            }
            else b.Unix[i] = double.NaN;
            if (cQc >= 0 || cQd >= 0) { b.ChargeCap[i] = Math.Abs(Num(cQc, layout.CapacityToMilliampHours)); b.DischargeCap[i] = Math.Abs(Num(cQd, layout.CapacityToMilliampHours)); }
            else if (cQ >= 0)
            {
                double q = Math.Abs(Num(cQ, layout.CapacityToMilliampHours));
                if (type.IsCharge()) b.ChargeCap[i] = q; else if (type.IsDischarge()) b.DischargeCap[i] = q;
            }
            if (cEc >= 0 || cEd >= 0) { b.ChargeEnergy[i] = Math.Abs(Num(cEc, layout.EnergyToMilliwattHours)); b.DischargeEnergy[i] = Math.Abs(Num(cEd, layout.EnergyToMilliwattHours)); }
            else if (cE >= 0)
            {
                double e = Math.Abs(Num(cE, layout.EnergyToMilliwattHours));
                if (type.IsCharge()) b.ChargeEnergy[i] = e; else if (type.IsDischarge()) b.DischargeEnergy[i] = e;
            }
        }
        b.CountStepChanges(stepKey.ToArray());
        if (cS < 0 && cT >= 0)
        {
            double start = 0;
            for (int i = 0; i < b.Count; i++) { if (i == 0 || b.StepCount[i] != b.StepCount[i - 1]) start = b.TestTime[i]; b.StepTime[i] = b.TestTime[i] - start; }
        }
        else if (cT < 0) b.TestTimeFromStepTime();
        CycleNumbering.Apply(b.Type.AsSpan(0, b.Count), b.Cycle.AsSpan(0, b.Count), cycleMode);
        var meta = new CyclingMetadata(source, layout.Name, null, null, b.Count > 0 && !double.IsNaN(b.Unix[0]) ? System.DateTime.UnixEpoch.AddSeconds(b.Unix[0]) : null, notes);
        return b.Build(meta);
    }
}
