using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using SiAnode.Scripting.Diffraction;

namespace SiAnode.Scripting.Formats.Diffraction;

/// <summary>
/// Bruker DIFFRAC.SUITE .brml: a ZIP whose <c>Experiment0/RawData*.xml</c> hold one <c>DataRoute</c> per scan. Each
/// <c>&lt;Datum&gt;</c> is a comma-joined row whose columns the route's <c>DataViews</c> name: <c>MeasuredTime</c> (s),
/// <c>AbsorptionFactor</c>, the scan axes (<c>FieldDefinitions FieldName="TwoTheta"</c>) and the recorded counts
/// (<c>RecordedRawDataView</c>). Counts are multiplied by the absorption factor (attenuator), as for XRDML counts.
/// Wavelengths are read from <c>WaveLengthAlpha1/2</c> when present, else Cu Kα.
/// </summary>
internal static class BrmlReader
{
    public static IReadOnlyList<DiffractionScan> Parse(byte[] bytes, string source)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new DataFormatException(source, "byte offset 0", "a complete ZIP archive (.brml)", ex.Message, ex);
        }
        using (zip)
        {
            var entries = zip.Entries.Where(e => e.FullName.Contains("RawData", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                .OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            if (entries.Count == 0)
                throw new DataFormatException(source, "ZIP directory", "an Experiment0/RawData0.xml entry (Bruker .brml)",
                    string.Join(", ", zip.Entries.Take(5).Select(e => e.FullName)));
            var scans = new List<DiffractionScan>();
            foreach (var entry in entries)
            {
                XDocument doc;
                string where = $"{source}!{entry.FullName}";
                try
                {
                    using var s = entry.Open();
                    doc = XDocument.Load(s, LoadOptions.SetLineInfo);
                }
                catch (Exception ex) when (ex is XmlException or InvalidDataException)
                {
                    var pos = ex is XmlException x ? $"line {x.LineNumber}, position {x.LinePosition}" : "compressed data";
                    throw new DataFormatException(where, pos, "well-formed XML", ex.Message, ex);
                }
                int route = 0;
                foreach (var r in doc.Descendants().Where(e => e.Name.LocalName == "DataRoute"))
                {
                    route++;
                    scans.Add(ReadRoute(r, doc, $"{where} route {route}"));
                }
            }
            if (scans.Count == 0) throw new DataFormatException(source, "RawData XML", "at least one <DataRoute> with <Datum> rows", "none");
            if (scans.Count == 1) scans[0] = scans[0] with { Source = source };
            return scans;
        }
    }

    private static DiffractionScan ReadRoute(XElement route, XDocument doc, string where)
    {
        int timeCol = -1, absCol = -1, twoThetaCol = -1, countCol = -1;
        foreach (var view in route.Descendants().Where(e => e.Name.LocalName == "RawDataView"))
        {
            int start = (int?)view.Attribute("Start") ?? -1;
            string logic = (string?)view.Attribute("LogicName") ?? "";
            string type = (string?)view.Attribute(XName.Get("type", "http://www.w3.org/2001/XMLSchema-instance")) ?? "";
            if (logic == "MeasuredTime") timeCol = start;
            else if (logic == "AbsorptionFactor") absCol = start;
            else if (type == "RecordedRawDataView" && countCol < 0) countCol = start;
            else if (type == "VaryingRawDataView")
            {
                int k = 0;
                foreach (var field in view.Descendants().Where(e => e.Name.LocalName == "FieldDefinitions"))
                {
                    if ((string?)field.Attribute("FieldName") == "TwoTheta") twoThetaCol = start + k;
                    k++;
                }
            }
        }
        var info = route.Descendants().FirstOrDefault(e => e.Name.LocalName == "ScanInformation");
        string scanName = (string?)info?.Attribute("ScanName") ?? "";
        if (twoThetaCol < 0)
            throw new DataFormatException(where, Line(info ?? route), "a scan along 2θ (a TwoTheta field among the scan axes)",
                $"scan '{scanName}' without a TwoTheta axis");
        if (countCol < 0) throw new DataFormatException(where, Line(route), "a RecordedRawDataView (the counts column) in DataViews", "none");
        var x = new List<double>();
        var y = new List<double>();
        var t = new List<double>();
        foreach (var datum in route.Elements().Where(e => e.Name.LocalName == "Datum"))
        {
            var f = datum.Value.Split(',');
            int need = Math.Max(Math.Max(twoThetaCol, countCol), Math.Max(timeCol, absCol)) + 1;
            if (f.Length < need)
                throw new DataFormatException(where, Line(datum), $"a <Datum> of at least {need} comma-separated values", datum.Value);
            x.Add(Parse(f[twoThetaCol], datum, where));
            double c = Parse(f[countCol], datum, where);
            if (absCol >= 0) c *= Parse(f[absCol], datum, where);
            y.Add(c);
            t.Add(timeCol >= 0 ? Parse(f[timeCol], datum, where) : double.NaN);
        }
        if (x.Count == 0) throw new DataFormatException(where, Line(route), "at least one <Datum> row", "none");
        double l1 = Wavelength(doc, "WaveLengthAlpha1", XrayLine.CopperKalpha.Kalpha1Angstrom);
        double l2 = Wavelength(doc, "WaveLengthAlpha2", XrayLine.CopperKalpha.Kalpha2Angstrom);
        double ratio = Wavelength(doc, "WaveLengthRatio", 0.5);
        var meta = new Dictionary<string, string>(StringComparer.Ordinal) { ["scan"] = scanName };
        return new DiffractionScan(where, DiffractionFileFormat.BrukerBrml, x.ToArray(), y.ToArray(), t.ToArray(), new XrayLine(l1, l2, ratio), meta);
    }

    private static double Wavelength(XDocument doc, string name, double fallback)
    {
        var e = doc.Descendants().FirstOrDefault(d => d.Name.LocalName == name);
        var text = (string?)e?.Attribute("Value") ?? e?.Value;
        return text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }

    private static double Parse(string s, XElement datum, string where)
        => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
            : throw new DataFormatException(where, Line(datum), "numbers in <Datum>", datum.Value);

    private static string Line(XObject e) => e is IXmlLineInfo li && li.HasLineInfo() ? $"line {li.LineNumber}" : "element";
}
