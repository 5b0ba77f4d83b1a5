using SiAnode.Scripting.Impedance;

namespace SiAnode.Scripting.Formats.Potentiostats;

/// <summary>Loads an impedance spectrum from any supported file, recognised by its content, not its extension.</summary>
public static class ImpedanceFile
{
    /// <summary>
    /// Gamry .DTA (first line EXPLAIN), ZPlot .z (first line ZPLOT2 ASCII or "ZPlotW Data File"), vendor exports with named
    /// columns (<see cref="ImpedanceTableReader"/>: BioLogic .mpt, Parstat, VersaStudio, PowerSuite, CH Instruments, Autolab), else
    /// three-column text/CSV.
    /// Throws <see cref="DataFormatException"/> naming the file and position when it cannot be read.
    /// </summary>
    public static ImpedanceSpectrum Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"no impedance file at '{path}'", path);
        string text = TextDecoding.ReadAllText(path);
        if (text.Length == 0) throw new DataFormatException(path, "byte offset 0", "an impedance file", "an empty file");
        string first = text.AsSpan(0, Math.Min(text.Length, 200)).ToString().Split('\n')[0].Trim();
        return first switch
        {
            "EXPLAIN" => GamryFile.Parse(text, path).ImpedanceSpectrum(),
            _ when first.StartsWith("ZPLOT2", StringComparison.Ordinal) || first.StartsWith("\"ZPlotW", StringComparison.Ordinal) => ZPlotFile.Parse(text, path),
            _ when text.Contains('\0') => throw new DataFormatException(path, $"byte offset {text.IndexOf('\0')}", "a text file", "binary data (NUL byte)"),
            _ when ImpedanceTableReader.CanRead(text) => ImpedanceTableReader.Parse(text, path),
            _ => ImpedanceCsv.Parse(text, path),
        };
    }
}
