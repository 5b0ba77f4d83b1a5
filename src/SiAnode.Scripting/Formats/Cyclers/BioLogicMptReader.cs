using System.Globalization;
using System.Text.RegularExpressions;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>
/// Reads EC-Lab's text export <c>.mpt</c>: line 1 <c>EC-Lab ASCII FILE</c>, line 2 <c>Nb header lines : N</c>, the column names
/// (tab-separated) on line N, then one tab-separated row per point. Written in cp1252 (°, µ in units) with the decimal separator of
/// the Windows locale (comma or point). Layout as EC-Lab writes it and as galvani reads it (echemdata/galvani, <c>MPTfile</c>).
/// </summary>
public static class BioLogicMptReader
{
    /// <summary>Reads a .mpt file.</summary>
    /// <exception cref="DataFormatException">Not an EC-Lab text file, or a value that is not a number (named by line and column).</exception>
    public static BioLogicData Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads .mpt bytes; <paramref name="source"/> names them in errors.</summary>
    /// <exception cref="DataFormatException">See <see cref="Read(string)"/>.</exception>
    public static BioLogicData Read(byte[] bytes, string source)
    {
        var text = TextDecoding.DecodeCp1252(bytes);
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++) lines[i] = lines[i].TrimEnd('\r');
        if (lines.Length < 2 || lines[0].Trim() != "EC-Lab ASCII FILE")
            throw new DataFormatException(source, "line 1", "'EC-Lab ASCII FILE'", lines.Length > 0 ? lines[0] : "");
        var m = Regex.Match(lines[1], @"^Nb header lines\s*:\s*(\d+)\s*$");
        if (!m.Success) throw new DataFormatException(source, "line 2", "'Nb header lines : N'", lines[1]);
        int nHeader = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (nHeader < 3 || nHeader > lines.Length)
            throw new DataFormatException(source, "line 2", $"a header length between 3 and the {lines.Length} lines of the file", nHeader.ToString(CultureInfo.InvariantCulture));
        double? mass = null;
        DateTime? start = null;
        for (int i = 2; i < nHeader - 1; i++)
        {
            var mm = Regex.Match(lines[i], @"^Characteristic mass\s*:\s*([-0-9.,Ee+]+)\s*(\S+)");
            if (mm.Success && double.TryParse(mm.Groups[1].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                mass = mm.Groups[2].Value switch { "g" => v * 1000, "mg" => v, "kg" => v * 1e6, _ => null };
            var ms = Regex.Match(lines[i], @"^Acquisition started on\s*:\s*(\d\d/\d\d/\d{4} \d\d:\d\d:\d\d(?:[.,]\d+)?)");
            if (ms.Success && DateTime.TryParseExact(ms.Groups[1].Value.Replace(',', '.'), ["MM/dd/yyyy HH:mm:ss.fff", "MM/dd/yyyy HH:mm:ss"],
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var st)) start = st;
        }
        var names = lines[nHeader - 1].Split('\t').Select(s => s.Trim()).ToList();
        while (names.Count > 0 && names[^1].Length == 0) names.RemoveAt(names.Count - 1);
        var unique = new List<string>();
        foreach (var n in names) { string u = n; for (int k = 2; unique.Contains(u); k++) u = $"{n} {k}"; unique.Add(u); }
        var cols = unique.Select(_ => new List<double>(lines.Length - nHeader)).ToArray();
        var notes = new List<string>();
        int last = lines.Length;
        while (last > nHeader && lines[last - 1].Trim().Length == 0) last--;
        for (int li = nHeader; li < last; li++)
        {
            var f = lines[li].Split('\t');
            int nf = f.Length;
            while (nf > 0 && f[nf - 1].Trim().Length == 0) nf--;
            if (nf != unique.Count)
            {
                if (li == last - 1 && nf < unique.Count)
                {
                    notes.Add($"line {li + 1}: last row has {nf} of {unique.Count} fields (export cut off); not read");
                    break;
                }
                throw new DataFormatException(source, $"line {li + 1}", $"{unique.Count} tab-separated fields", $"{nf} fields: {lines[li]}");
            }
            for (int c = 0; c < unique.Count; c++)
            {
                var s = f[c].Trim();
                if (!double.TryParse(s.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    throw new DataFormatException(source, $"line {li + 1}, column {c + 1} '{unique[c]}'", "a number", s);
                cols[c].Add(v);
            }
        }
        var dict = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (int c = 0; c < unique.Count; c++) dict[unique[c]] = cols[c].ToArray();
        return new BioLogicData(source, "BioLogic .mpt", unique, dict, cols.Length == 0 ? 0 : cols[0].Count, mass, start, notes);
    }
}
