using System.Globalization;
using System.Text.RegularExpressions;
using SiAnode.Scripting.Impedance;

namespace SiAnode.Scripting.Formats.Potentiostats;

/// <summary>
/// Impedance text exports with a header line naming the columns, as vendors write them: BioLogic EC-Lab .mpt (freq/Hz, Re(Z)/Ohm,
/// -Im(Z)/Ohm; decimal commas), Parstat (Frequency (Hz), Zre (ohms), Zim (ohms); DC rows with f = 0 are skipped), VersaStudio
/// .par (Definition=… Frequency(Hz), Z Real, Z Imag), PowerSuite (Frequency, Zre, Zimg), CH Instruments (Freq/Hz, Z'/ohm,
/// Z"/ohm), Autolab/ZPlot-style quoted headers (Freq (Hz) … Z'(a) Z''(b)). A column of −Z″ is negated.
/// </summary>
public static partial class ImpedanceTableReader
{
    /// <summary>True when some line of the text names frequency, Z′ and Z″ columns.</summary>
    public static bool CanRead(string text) => FindHeader(text.Replace("\r\n", "\n").Split('\n')) is not null;

    /// <summary>Parses the text; a missing column or a malformed row raises <see cref="DataFormatException"/> with the line.</summary>
    public static ImpedanceSpectrum Parse(string text, string source)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var header = FindHeader(lines)
            ?? throw new DataFormatException(source, "header", "a header line naming the frequency, Z' (real) and Z'' (imaginary) columns (e.g. freq/Hz, Re(Z)/Ohm, -Im(Z)/Ohm)", "none");
        var (index, sep, fCol, reCol, imCol, negate) = header;
        var f = new List<double>();
        var re = new List<double>();
        var im = new List<double>();
        bool decimalComma = sep != ',' && lines.Skip(index + 1).Take(5).Any(l => DecimalComma().IsMatch(l));
        int need = Math.Max(fCol, Math.Max(reCol, imCol)) + 1;
        for (int i = index + 1; i < lines.Length; i++)
        {
            string t = lines[i].Trim();
            if (t.Length == 0) continue;
            var fields = Split(t, sep);
            if (!LooksNumeric(fields[0])) { if (f.Count > 0) break; continue; } // end of the data block (e.g. </Segment1>)
            if (fields.Length < need) throw new DataFormatException(source, $"line {i + 1}", $"at least {need} fields", t);
            double fr = Number(fields[fCol], decimalComma, source, i), zr = Number(fields[reCol], decimalComma, source, i), zi = Number(fields[imCol], decimalComma, source, i);
            if (fr <= 0) continue; // DC or OCV rows written in the same table
            f.Add(fr);
            re.Add(zr);
            im.Add(negate ? -zi : zi);
        }
        if (f.Count == 0) throw new DataFormatException(source, $"line {index + 2}", "rows with a positive frequency under the header", "none");
        return new ImpedanceSpectrum(f, re, im, source);
    }

    private static (int Index, char Separator, int F, int Re, int Im, bool Negate)? FindHeader(string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith("Definition=", StringComparison.Ordinal)) line = line["Definition=".Length..];
            if (line.Length == 0 || !line.Contains("req", StringComparison.OrdinalIgnoreCase)) continue;
            char sep = line.Contains('\t') ? '\t' : line.Contains(',') ? ',' : ' ';
            var names = sep == ' '
                ? MultipleSpaces().Split(line.Trim('"').Replace("Freq (Hz)", "Freq(Hz)").Trim())
                : Split(line, sep);
            int fCol = Array.FindIndex(names, n => n.Trim('"').StartsWith("freq", StringComparison.OrdinalIgnoreCase));
            int reCol = Array.FindIndex(names, IsReal);
            int imCol = Array.FindIndex(names, IsImaginary);
            if (fCol >= 0 && reCol >= 0 && imCol >= 0)
                return (i, sep == ' ' ? ',' : sep, fCol, reCol, imCol, names[imCol].Trim('"').TrimStart().StartsWith('-'));
        }
        return null;
    }

    private static bool IsReal(string name)
    {
        string n = name.Trim().Trim('"').Replace(" ", "").ToLowerInvariant();
        return n is "zre" or "zreal" or "z'" || n.StartsWith("re(z)", StringComparison.Ordinal) || n.StartsWith("z'/", StringComparison.Ordinal)
            || n.StartsWith("z'(a)", StringComparison.Ordinal) || n.StartsWith("zre(", StringComparison.Ordinal) || n == "zreal(ohm)";
    }

    private static bool IsImaginary(string name)
    {
        string n = name.Trim().Trim('"').Replace(" ", "").ToLowerInvariant();
        return n is "zim" or "zimg" or "zimag" or "z''" or "z\"" || n.StartsWith("-im(z)", StringComparison.Ordinal) || n.StartsWith("im(z)", StringComparison.Ordinal)
            || n.StartsWith("z''/", StringComparison.Ordinal) || n.StartsWith("z\"/", StringComparison.Ordinal) || n.StartsWith("z''(b)", StringComparison.Ordinal)
            || n.StartsWith("zim(", StringComparison.Ordinal);
    }

    private static string[] Split(string line, char sep) => line.Split(sep).Select(s => s.Trim().Trim('"')).ToArray();

    private static bool LooksNumeric(string s) => s.Length > 0 && (char.IsAsciiDigit(s[0]) || (s.Length > 1 && s[0] is '-' or '+' or '.' && char.IsAsciiDigit(s[1])));

    private static double Number(string s, bool decimalComma, string source, int line)
    {
        if (decimalComma) s = s.Replace(',', '.');
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw new DataFormatException(source, $"line {line + 1}", "a number", s);
    }

    [GeneratedRegex(@"\d,\d")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultipleSpaces();
}
