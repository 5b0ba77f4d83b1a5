using System.Globalization;
using SiAnode.Scripting.Formats;

namespace SiAnode.Scripting.Fitting;

/// <summary>
/// Reads two-column (x, y) text: comma-, semicolon-, tab- or space-separated, invariant-culture numbers, optional
/// header line(s) before the first numeric row, '#' comments and blank lines ignored. Extra columns are ignored.
/// A non-numeric line after the data has started throws <see cref="DataFormatException"/> with its line number.
/// </summary>
public static class XyDataReader
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">Path.</param>
    public static (double[] X, double[] Y) Read(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses text.</summary>
    /// <param name="text">The contents.</param>
    /// <param name="source">Name for error messages.</param>
    public static (double[] X, double[] Y) Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var x = new List<double>();
        var y = new List<double>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        char[] seps = [',', ';', '\t', ' '];
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) continue;
            var t = line.Split(seps, StringSplitOptions.RemoveEmptyEntries);
            double a = 0, b = 0;
            if (t.Length < 2 || !TryNum(t[0], out a) || !TryNum(t[1], out b))
            {
                if (x.Count == 0) continue; // header
                throw new DataFormatException(source, $"line {i + 1}", "two numbers (x, y) separated by comma, semicolon, tab or spaces", lines[i]);
            }
            x.Add(a);
            y.Add(b);
        }
        if (x.Count == 0) throw new DataFormatException(source, "end of file", "at least one line of two numbers (x, y)", "no numeric rows");
        return (x.ToArray(), y.ToArray());
    }

    private static bool TryNum(string s, out double v) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v);
}
