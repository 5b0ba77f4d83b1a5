using System.Globalization;

namespace SiAnode.Scripting.Formats.Xps;

/// <summary>
/// Reads SPECS SpecsLab Prodigy .xy exports (the "XY-Serializer" text format described in the Prodigy manual: "#"-prefixed
/// "Key: value" metadata, "# Group:", "# Region:", "# Cycle: c, Curve: k, Scan: s" headers, then whitespace-separated
/// energy/value rows). Each region's declared "Values/Curve" is checked against the rows read.
/// </summary>
public static class SpecsXyReader
{
    /// <summary>Reads a .xy file.</summary>
    public static SpecsXyFile Read(string path) => Parse(TextDecoding.ReadAllText(path), path);

    /// <summary>Parses .xy text.</summary>
    public static SpecsXyFile Parse(string text, string source = "SPECS .xy text")
    {
        var lines = text.Split('\n');
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var regions = new List<SpecsXyRegion>();
        string group = "";
        string? region = null;
        Dictionary<string, string>? meta = null;
        List<SpecsXyScan>? scans = null;
        int regionLine = 0;
        bool inSettings = false;
        (int Cycle, int Curve, int Scan)? current = null;
        List<string> labels = [];
        List<double> xs = [], ys = [];
        int firstLine = 0;

        void FlushScan()
        {
            if (current is { } c && scans is not null)
                scans.Add(new SpecsXyScan(c.Cycle, c.Curve, c.Scan, labels, xs.ToArray(), ys.ToArray(), firstLine));
            current = null; xs = []; ys = []; labels = [];
        }

        void FlushRegion()
        {
            FlushScan();
            if (region is null) return;
            var r = new SpecsXyRegion(group, region, meta!, scans!,
                !settings.TryGetValue("Energy Axis", out var axis) || axis.Contains("Binding", StringComparison.OrdinalIgnoreCase));
            if (r.DeclaredPoints is { } n)
                foreach (var s in r.Scans)
                    if (s.EnergyElectronVolts.Count != n)
                        throw new DataFormatException(source, $"line {s.FirstLine}", $"{n} rows in region '{region}' (Values/Curve, declared in the region header at line {regionLine})", $"{s.EnergyElectronVolts.Count} rows");
            regions.Add(r);
            region = null;
        }

        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            int lineNo = i + 1;
            if (line.StartsWith('#'))
            {
                string body = line[1..].Trim();
                if (body.StartsWith("XY-Serializer Export Settings", StringComparison.OrdinalIgnoreCase)) { inSettings = true; continue; }
                if (body.Length == 0) { inSettings = false; continue; }
                int colon = body.IndexOf(':');
                if (body.StartsWith("Cycle:", StringComparison.OrdinalIgnoreCase) && body.Contains("Curve:", StringComparison.OrdinalIgnoreCase))
                {
                    FlushScan();
                    if (region is null) throw new DataFormatException(source, $"line {lineNo}", "a '# Region:' header before the scan header", line);
                    current = (Field(body, "Cycle"), Field(body, "Curve"), body.Contains("Scan:", StringComparison.OrdinalIgnoreCase) ? Field(body, "Scan") : -1);
                    continue;
                }
                if (colon < 0) continue;
                string key = body[..colon].Trim(), value = body[(colon + 1)..].Trim();
                if (inSettings) { settings[key] = value; continue; }
                switch (key)
                {
                    case "Group": FlushRegion(); group = value; break;
                    case "Region":
                        FlushRegion();
                        region = value; meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase); scans = []; regionLine = lineNo;
                        break;
                    case "ColumnLabels": labels = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(); break;
                    default:
                        if (meta is not null && current is null && !meta.ContainsKey(key)) meta[key] = value;
                        break;
                }
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (current is null) throw new DataFormatException(source, $"line {lineNo}", "a '# Cycle: c, Curve: k, Scan: s' header before data rows", line);
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 ||
                !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double x) ||
                !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double y))
                throw new DataFormatException(source, $"line {lineNo}", "two numbers (energy, intensity)", line);
            if (xs.Count == 0) firstLine = lineNo;
            xs.Add(x); ys.Add(y);
        }
        FlushRegion();
        if (regions.Count == 0) throw new DataFormatException(source, "end of file", "at least one '# Region:' with data", "none");
        return new SpecsXyFile(source, settings, regions);

        int Field(string body, string name)
        {
            int at = body.IndexOf(name + ":", StringComparison.OrdinalIgnoreCase) + name.Length + 1;
            int end = body.IndexOf(',', at);
            string s = (end < 0 ? body[at..] : body[at..end]).Trim();
            return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : -1;
        }
    }
}
