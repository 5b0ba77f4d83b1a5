using System.Globalization;
using SiAnode.Scripting.Diffraction;

namespace SiAnode.Scripting.Formats.Diffraction;

/// <summary>
/// Two-column diffraction text: 2θ and intensity per line, separated by comma, semicolon, tab or spaces, with an optional
/// header (any lines before the first numeric row; '#' comments anywhere). With semicolons or whitespace as separator a decimal
/// comma is accepted ("28,44;1520,5"). PANalytical's CSV export is read from its "[Scan points]" section, and its
/// "Time per step" gives the counting time, wavelengths come from "K-Alpha1/2 wavelength".
/// </summary>
internal static class TwoColumnReader
{
    /// <summary>Whether the text has a row of two numbers among its first lines.</summary>
    public static bool Looks(string head)
    {
        var lines = head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Take(30).ToList();
        if (lines.Count > 1 && head.Length >= 4096) lines.RemoveAt(lines.Count - 1); // maybe cut mid-line
        return lines.Any(l => TrySplit(l, out _, out _));
    }

    public static DiffractionScan Parse(string text, string source)
    {
        var lines = text.Split('\n');
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        int start = 0;
        bool panalytical = false;
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].Trim() == "[Scan points]") { start = i + 1; panalytical = true; break; }
        if (panalytical)
            foreach (var l in lines.Take(start))
            {
                int c = l.IndexOf(',');
                if (c > 0) meta[l[..c].Trim()] = l[(c + 1)..].Trim().Trim('"');
            }
        var x = new List<double>();
        var y = new List<double>();
        bool inData = false;
        for (int i = start; i < lines.Length; i++)
        {
            string l = lines[i].Trim();
            if (l.Length == 0 || l.StartsWith('#')) continue;
            if (TrySplit(l, out double a, out double b))
            {
                x.Add(a);
                y.Add(b);
                inData = true;
                continue;
            }
            if (!inData) { meta.TryAdd("header " + (i + 1).ToString(CultureInfo.InvariantCulture), l); continue; }
            throw new DataFormatException(source, $"line {i + 1}", "two numbers (2θ and intensity) separated by comma, semicolon, tab or spaces", l);
        }
        if (x.Count == 0)
            throw new DataFormatException(source, $"line {lines.Length}", "at least one row of two numbers (2θ, intensity)", "no numeric rows");
        for (int i = 0; i < x.Count; i++)
            if (!double.IsFinite(x[i]) || x[i] <= 0 || x[i] >= 180)
                throw new DataFormatException(source, $"data row {i + 1}", "a 2θ angle in degrees between 0 and 180", x[i].ToString("R", CultureInfo.InvariantCulture));
        double time = panalytical && meta.TryGetValue("Time per step", out var t) && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var tt) ? tt : double.NaN;
        var line = XrayLine.CopperKalpha;
        if (panalytical && meta.TryGetValue("K-Alpha1 wavelength", out var k1) && meta.TryGetValue("K-Alpha2 wavelength", out var k2)
            && double.TryParse(k1, NumberStyles.Float, CultureInfo.InvariantCulture, out var l1) && double.TryParse(k2, NumberStyles.Float, CultureInfo.InvariantCulture, out var l2))
            line = new XrayLine(l1, l2, 0.5);
        return new DiffractionScan(source, panalytical ? DiffractionFileFormat.PanalyticalCsv : DiffractionFileFormat.TwoColumnText,
            x.ToArray(), y.ToArray(), Enumerable.Repeat(time, x.Count).ToArray(), line, meta);
    }

    /// <summary>Splits a data row into two numbers; false when it is not one.</summary>
    public static bool TrySplit(string line, out double a, out double b)
    {
        a = b = double.NaN;
        string[] f;
        bool decimalComma;
        if (line.Contains(';')) { f = line.Split(';'); decimalComma = true; }
        else if (line.Contains(',') && Fields(line.Split(',')) is { Length: >= 2 } cf && Number(cf[0], false, out _) && Number(cf[1], false, out _))
        { f = line.Split(','); decimalComma = false; }
        else { f = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries); decimalComma = true; }
        f = Fields(f);
        if (f.Length < 2) return false;
        return Number(f[0], decimalComma, out a) && Number(f[1], decimalComma, out b);
    }

    private static string[] Fields(string[] f) => f.Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();

    private static bool Number(string s, bool decimalComma, out double v)
    {
        if (decimalComma && s.Contains(',') && !s.Contains('.')) s = s.Replace(',', '.');
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v);
    }
}
