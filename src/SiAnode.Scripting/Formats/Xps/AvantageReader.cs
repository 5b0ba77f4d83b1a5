using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace SiAnode.Scripting.Formats.Xps;

/// <summary>
/// Reads Thermo Scientific Avantage Excel exports (.xlsx: an Office Open XML package, ECMA-376 Part 1 §18 SpreadsheetML, i.e.
/// a zip of XML sheets with shared strings). A region sheet has a row "Axis | Energy | Elements= | N" declaring N points, a
/// header row whose first cell is "Binding Energy (E)" or "Kinetic Energy (E)", a units row, and N rows of numbers; the count is
/// checked. Other sheets are kept as text.
/// </summary>
public static class AvantageReader
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Reads a .xlsx file.</summary>
    public static AvantageWorkbook Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a .xlsx package from a stream.</summary>
    public static AvantageWorkbook Read(Stream stream, string source = "Avantage workbook")
    {
        ZipArchive zip;
        try { zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException e) { throw new DataFormatException(source, "byte offset 0", "an .xlsx (zip) package", "not a zip archive", e); }
        using (zip)
        {
            XDocument Load(string name) => zip.GetEntry(name) is { } entry
                ? XDocument.Load(entry.Open())
                : throw new DataFormatException(source, name, $"the package part '{name}'", "missing");
            var shared = zip.GetEntry("xl/sharedStrings.xml") is null ? [] :
                Load("xl/sharedStrings.xml").Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();
            var rels = Load("xl/_rels/workbook.xml.rels").Root!.Elements(PackageRel + "Relationship")
                .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
            var sheets = Load("xl/workbook.xml").Root!.Element(Main + "sheets")!.Elements(Main + "sheet")
                .Select(s => ((string)s.Attribute("name")!, rels[(string)s.Attribute(Rel + "id")!])).ToList();
            var regions = new List<AvantageRegion>();
            var others = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>();
            foreach (var (name, target) in sheets)
            {
                string part = target.StartsWith('/') ? target[1..] : "xl/" + target;
                var rows = ReadCells(Load(part), shared);
                var region = TryRegion(name, rows, source);
                if (region is not null) regions.Add(region);
                else others[name] = rows.Select(r => (IReadOnlyList<string>)Enumerable.Range(0, r.Cells.Count == 0 ? 0 : r.Cells.Keys.Max() + 1)
                    .Select(c => r.Cells.TryGetValue(c, out var v) ? v : "").ToList()).ToList();
            }
            return new AvantageWorkbook(source, sheets.Select(s => s.Item1).ToList(), regions, others);
        }
    }

    private sealed record Row(int Number, Dictionary<int, string> Cells)
    {
        public string this[int column] => Cells.TryGetValue(column, out var v) ? v : "";
    }

    private static List<Row> ReadCells(XDocument sheet, List<string> shared)
    {
        var rows = new List<Row>();
        foreach (var r in sheet.Descendants(Main + "row"))
        {
            var cells = new Dictionary<int, string>();
            foreach (var c in r.Elements(Main + "c"))
            {
                string reference = (string?)c.Attribute("r") ?? "";
                string type = (string?)c.Attribute("t") ?? "n";
                string value = type == "inlineStr"
                    ? string.Concat(c.Descendants(Main + "t").Select(t => t.Value))
                    : (string?)c.Element(Main + "v") ?? "";
                if (type == "s" && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int k) && k < shared.Count) value = shared[k];
                cells[Column(reference)] = value.Trim('\uFEFF');
            }
            rows.Add(new Row(int.Parse((string)r.Attribute("r")!, CultureInfo.InvariantCulture), cells));
        }
        return rows;
    }

    private static int Column(string reference)
    {
        int col = 0;
        foreach (char ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            col = col * 26 + (ch - 'A' + 1);
        }
        return col - 1;
    }

    private static AvantageRegion? TryRegion(string name, List<Row> rows, string source)
    {
        var axis = rows.FirstOrDefault(r => r[0] == "Axis" && r[2] == "Elements=");
        var header = rows.FirstOrDefault(r => r[0].EndsWith("Energy (E)", StringComparison.OrdinalIgnoreCase));
        if (axis is null || header is null) return null;
        if (!int.TryParse(axis[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out int declared))
            throw new DataFormatException(source, $"sheet '{name}' row {axis.Number}", "a point count after 'Elements='", axis[3]);
        int hi = rows.IndexOf(header);
        var units = hi + 1 < rows.Count ? rows[hi + 1] : new Row(0, []);
        var columns = header.Cells.Keys.Concat(units.Cells.Keys).Where(c => c > 0).Distinct().Order().ToList();
        var energy = new List<double>();
        var values = columns.ToDictionary(c => c, _ => new List<double>());
        for (int i = hi + 2; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row[0].Length == 0) continue;
            if (!double.TryParse(row[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double e))
                throw new DataFormatException(source, $"sheet '{name}' row {row.Number}", "a numeric energy", row[0]);
            energy.Add(e);
            foreach (int c in columns)
            {
                string s = row[c];
                if (s.Length == 0) { values[c].Add(double.NaN); continue; }
                values[c].Add(double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v
                    : throw new DataFormatException(source, $"sheet '{name}' row {row.Number}", "a number", s));
            }
        }
        if (energy.Count != declared)
            throw new DataFormatException(source, $"sheet '{name}' row {axis.Number}", $"{declared} data rows (declared by 'Elements=')", $"{energy.Count} rows");
        // the spectrum column has its unit but no header label; the others carry both
        var cols = columns.Where(c => values[c].Any(v => !double.IsNaN(v)))
            .Select(c => (header[c], units[c], (IReadOnlyList<double>)values[c])).ToList();
        return new AvantageRegion(name, declared, header[0], energy, cols);
    }
}
