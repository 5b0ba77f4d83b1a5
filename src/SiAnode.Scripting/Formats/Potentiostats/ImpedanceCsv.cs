using SiAnode.Scripting.Impedance;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Potentiostats;

/// <summary>
/// Plain impedance text: three columns frequency (Hz), Z′ (Ω), Z″ (Ω), separated by commas, semicolons, tabs or spaces, with an
/// optional header line (impedance.py's <c>exampleData.csv</c> layout). A semicolon-separated file may use decimal commas.
/// </summary>
public static class ImpedanceCsv
{
    /// <summary>Reads the file.</summary>
    public static ImpedanceSpectrum Load(string path) => Parse(TextDecoding.ReadAllText(path), path);

    /// <summary>Parses the text.</summary>
    public static ImpedanceSpectrum Parse(string text, string source)
    {
        var f = new List<double>();
        var re = new List<double>();
        var im = new List<double>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        bool semicolons = lines.Take(5).Any(l => l.Contains(';'));
        for (int i = 0; i < lines.Length; i++)
        {
            string t = lines[i].Trim();
            if (t.Length == 0 || t.StartsWith('#')) continue;
            string[] fields = semicolons
                ? t.Split(';', StringSplitOptions.TrimEntries).Select(x => x.Replace(',', '.')).ToArray()
                : t.Split([',', '\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 3)
                throw new DataFormatException(source, $"line {i + 1}", "three columns: frequency (Hz), Z' (ohm), Z'' (ohm)", t);
            if (f.Count == 0 && !double.TryParse(fields[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                continue; // a header line
            f.Add(ZPlotFile.Number(fields[0], source, i));
            re.Add(ZPlotFile.Number(fields[1], source, i));
            im.Add(ZPlotFile.Number(fields[2], source, i));
        }
        if (f.Count == 0) throw new DataFormatException(source, "line 1", "rows of frequency, Z', Z''", "no data");
        return new ImpedanceSpectrum(f, re, im, source);
    }

    /// <summary>Writes a spectrum in the same layout (with a header naming units).</summary>
    public static string Write(ImpedanceSpectrum spectrum)
        => new ColumnTable(spectrum.ToTable().Columns.Take(3)).ToCsv();
}
