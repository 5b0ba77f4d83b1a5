using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using SiAnode.Scripting.Diffraction;

namespace SiAnode.Scripting.Formats.Diffraction;

/// <summary>
/// PANalytical XRDML (schema http://www.xrdml.com/XRDMeasurement/1.0–2.x): every <c>xrdMeasurement/scan</c> becomes a scan.
/// Per <c>dataPoints</c>: the 2θ axis as <c>startPosition/endPosition</c> (equally spaced) or <c>listPositions</c>; the counting
/// time as <c>commonCountingTime</c> or per-point <c>countingTimes</c>; the data as <c>intensities</c> (already corrected for the
/// beam attenuators) or raw <c>counts</c>, which are multiplied by <c>beamAttenuationFactors</c> when present. Wavelengths come
/// from <c>usedWavelength</c>. A scan whose axis is not 2θ (Omega, Phi, Chi rocking curves) is refused.
/// </summary>
internal static class XrdmlReader
{
    private static readonly string[] TwoThetaAxes = ["Gonio", "2Theta", "2Theta-Omega", "Omega-2Theta", "2Theta-Theta", "Theta-2Theta"];

    public static IReadOnlyList<DiffractionScan> Parse(byte[] bytes, string source)
    {
        XDocument doc;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            doc = XDocument.Load(stream, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new DataFormatException(source, $"line {ex.LineNumber}, position {ex.LinePosition}",
                "well-formed XRDML (UTF-8 XML as the encoding declaration says)", ex.Message, ex);
        }
        var root = doc.Root!;
        if (root.Name.LocalName != "xrdMeasurements")
            throw new DataFormatException(source, Where(root), "the XRDML root element <xrdMeasurements>", "<" + root.Name.LocalName + ">");
        var scans = new List<DiffractionScan>();
        int number = 0;
        foreach (var measurement in Children(root, "xrdMeasurement"))
        {
            var line = Wavelengths(measurement, source);
            foreach (var scan in Children(measurement, "scan"))
            {
                number++;
                scans.Add(ReadScan(scan, measurement, root, line, source, number));
            }
        }
        if (scans.Count == 0)
            throw new DataFormatException(source, Where(root), "at least one <xrdMeasurement>/<scan> with <dataPoints>", "no scan");
        if (scans.Count == 1) scans[0] = scans[0] with { Source = source };
        return scans;
    }

    private static DiffractionScan ReadScan(XElement scan, XElement measurement, XElement root, XrayLine line, string source, int number)
    {
        string name = $"{source} scan {number}";
        string axis = (string?)scan.Attribute("scanAxis") ?? "";
        var points = Child(scan, "dataPoints") ?? throw new DataFormatException(source, $"scan {number} ({Where(scan)})", "a <dataPoints> element", "none");
        if (!TwoThetaAxes.Contains(axis, StringComparer.OrdinalIgnoreCase))
            throw new DataFormatException(source, $"scan {number} ({Where(scan)})",
                "a scan along 2θ (scanAxis Gonio, 2Theta or 2Theta-Omega); this loader does not read rocking curves or other axes", $"scanAxis=\"{axis}\"");
        var dataElement = Child(points, "intensities") ?? Child(points, "counts")
            ?? throw new DataFormatException(source, $"scan {number} ({Where(points)})", "<intensities> or <counts> in <dataPoints>", "neither");
        var data = Numbers(dataElement, source, number);
        int n = data.Length;
        if (n == 0) throw new DataFormatException(source, $"scan {number} ({Where(dataElement)})", "at least one intensity value", "an empty list");
        var twoTheta = Positions(points, n, source, number);
        if (dataElement.Name.LocalName == "counts" && Child(points, "beamAttenuationFactors") is { } att)
        {
            var f = Numbers(att, source, number);
            if (f.Length != n)
                throw new DataFormatException(source, $"scan {number} ({Where(att)})", $"{n} beam attenuation factors, one per point", f.Length.ToString(CultureInfo.InvariantCulture));
            for (int i = 0; i < n; i++) data[i] *= f[i];
        }
        double[] time;
        if (Child(points, "commonCountingTime") is { } common) time = Enumerable.Repeat(Number(common, source, number), n).ToArray();
        else if (Child(points, "countingTimes") is { } times)
        {
            time = Numbers(times, source, number);
            if (time.Length != n)
                throw new DataFormatException(source, $"scan {number} ({Where(times)})", $"{n} counting times, one per point", time.Length.ToString(CultureInfo.InvariantCulture));
        }
        else time = Enumerable.Repeat(double.NaN, n).ToArray();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["scan axis"] = axis,
            ["scan mode"] = (string?)scan.Attribute("mode") ?? "",
            ["data element"] = dataElement.Name.LocalName,
            ["measurement type"] = (string?)measurement.Attribute("measurementType") ?? "",
        };
        if (Child(root, "sample") is { } sample && Child(sample, "name") is { } sn) meta["sample"] = sn.Value;
        var comments = Child(root, "comment")?.Elements().Select(e => e.Value).ToList() ?? [];
        comments.AddRange(Child(measurement, "comment")?.Elements().Select(e => e.Value) ?? []);
        for (int i = 0; i < comments.Count; i++) meta[$"comment {i + 1}"] = comments[i];
        return new DiffractionScan(name, DiffractionFileFormat.Xrdml, twoTheta, data, time, line, meta);
    }

    private static double[] Positions(XElement points, int n, string source, int number)
    {
        var pos = Children(points, "positions").FirstOrDefault(p => string.Equals((string?)p.Attribute("axis"), "2Theta", StringComparison.OrdinalIgnoreCase))
            ?? throw new DataFormatException(source, $"scan {number} ({Where(points)})", "<positions axis=\"2Theta\">", "no 2Theta positions");
        if (Child(pos, "listPositions") is { } list)
        {
            var v = Numbers(list, source, number);
            if (v.Length != n)
                throw new DataFormatException(source, $"scan {number} ({Where(list)})", $"{n} 2θ positions, one per intensity", v.Length.ToString(CultureInfo.InvariantCulture));
            return v;
        }
        var startEl = Child(pos, "startPosition");
        var endEl = Child(pos, "endPosition");
        if (startEl is null || endEl is null)
            throw new DataFormatException(source, $"scan {number} ({Where(pos)})", "<startPosition> and <endPosition> or <listPositions>", "neither");
        double start = Number(startEl, source, number), end = Number(endEl, source, number);
        if (n > 1 && start == end)
            throw new DataFormatException(source, $"scan {number} ({Where(pos)})", "a scan along 2θ (2θ start and end differ)",
                $"2θ fixed at {start.ToString("R", CultureInfo.InvariantCulture)}°");
        return Enumerable.Range(0, n).Select(i => n == 1 ? start : start + i * (end - start) / (n - 1)).ToArray();
    }

    private static XrayLine Wavelengths(XElement measurement, string source)
    {
        var used = Child(measurement, "usedWavelength");
        if (used is null) return XrayLine.CopperKalpha;
        var k1 = Child(used, "kAlpha1");
        var k2 = Child(used, "kAlpha2");
        var ratio = Child(used, "ratioKAlpha2KAlpha1");
        double l1 = k1 is null ? XrayLine.CopperKalpha.Kalpha1Angstrom : Number(k1, source, 0);
        double l2 = k2 is null ? XrayLine.CopperKalpha.Kalpha2Angstrom : Number(k2, source, 0);
        // As stated: 0 with an incident-beam monochromator (Johansson Ge111) means Kα1 only.
        double r = ratio is null ? 0.5 : Number(ratio, source, 0);
        return new XrayLine(l1, l2, r);
    }

    private static double Number(XElement e, string source, int number)
    {
        if (double.TryParse(e.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) return v;
        throw new DataFormatException(source, $"scan {number} ({Where(e)})", $"a number in <{e.Name.LocalName}>", e.Value);
    }

    private static double[] Numbers(XElement e, string source, int number)
    {
        var parts = e.Value.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var v = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]))
                throw new DataFormatException(source, $"scan {number} ({Where(e)}), value {i + 1} of <{e.Name.LocalName}>", "a number", parts[i]);
        return v;
    }

    private static XElement? Child(XElement e, string name) => e.Elements().FirstOrDefault(c => c.Name.LocalName == name);

    private static IEnumerable<XElement> Children(XElement e, string name) => e.Elements().Where(c => c.Name.LocalName == name);

    private static string Where(XObject e) => e is IXmlLineInfo { } li && li.HasLineInfo() ? $"line {li.LineNumber}" : "element";
}
