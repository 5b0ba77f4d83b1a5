using System.Globalization;
using SiAnode.Scripting.Impedance;

namespace SiAnode.Scripting.Formats.Potentiostats;

/// <summary>
/// Scribner ZPlot .z files: a "ZPLOT2 ASCII" header ending with "End Comments", then tab- or space-separated rows whose
/// columns are named on the line before "End Comments" (Freq(Hz), Ampl, Bias, Time(Sec), Z'(a), Z''(b), …). Files without the
/// column line use the classic column order (frequency first, Z′ fifth, Z″ sixth).
/// </summary>
public static class ZPlotFile
{
    /// <summary>Reads a .z file.</summary>
    public static ImpedanceSpectrum Load(string path) => Parse(TextDecoding.ReadAllText(path), path);

    /// <summary>Parses .z text.</summary>
    public static ImpedanceSpectrum Parse(string text, string source)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        // ZPLOT2 ASCII ends its header with "End Comments" after the column-name line; the older ZPlotW export has no
        // comment block and puts the column names in quotes ("  Freq(Hz)    Ampl ...") just before the data.
        int end = Array.FindIndex(lines, l => l.Trim().Equals("End Comments", StringComparison.OrdinalIgnoreCase));
        int namesLine = end > 0 && lines[end - 1].Contains("Z'", StringComparison.Ordinal) ? end - 1 : -1;
        if (end < 0)
        {
            namesLine = Array.FindIndex(lines, l => l.TrimStart().StartsWith('"') && l.Contains("Freq(Hz)", StringComparison.Ordinal));
            end = namesLine;
        }
        if (end < 0) throw new DataFormatException(source, "header", "an 'End Comments' line or a quoted \"Freq(Hz) ... Z'(a) Z''(b)\" line closing the ZPlot header", "neither");
        int fCol = 0, reCol = 4, imCol = 5;
        if (namesLine >= 0)
        {
            var names = lines[namesLine].Trim().Trim('"').Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            fCol = Array.FindIndex(names, n => n.StartsWith("Freq", StringComparison.OrdinalIgnoreCase));
            reCol = Array.FindIndex(names, n => n.StartsWith("Z'(", StringComparison.Ordinal) || n == "Z'");
            imCol = Array.FindIndex(names, n => n.StartsWith("Z''", StringComparison.Ordinal));
            if (fCol < 0 || reCol < 0 || imCol < 0)
                throw new DataFormatException(source, $"line {namesLine + 1}", "columns named Freq(Hz), Z'(a) and Z''(b)", lines[namesLine]);
        }
        var f = new List<double>();
        var re = new List<double>();
        var im = new List<double>();
        for (int i = end + 1; i < lines.Length; i++)
        {
            string t = lines[i].Trim();
            if (t.Length == 0) continue;
            var fields = t.Split(['\t', ' ', ','], StringSplitOptions.RemoveEmptyEntries);
            int need = Math.Max(fCol, Math.Max(reCol, imCol)) + 1;
            if (fields.Length < need) throw new DataFormatException(source, $"line {i + 1}", $"at least {need} columns", t);
            f.Add(Number(fields[fCol], source, i));
            re.Add(Number(fields[reCol], source, i));
            im.Add(Number(fields[imCol], source, i));
        }
        if (f.Count == 0) throw new DataFormatException(source, $"line {end + 2}", "data rows after 'End Comments'", "none");
        return new ImpedanceSpectrum(f, re, im, source);
    }

    internal static double Number(string s, string source, int lineIndex)
        => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw new DataFormatException(source, $"line {lineIndex + 1}", "a number", s);
}
