using System.Text;
using SiAnode.Scripting.Porosity;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>
/// Loads an isotherm from any supported file, recognising the format by content, not by extension: pyGAPS JSON, AIF,
/// Quantachrome raw text, delimited text (BETSI/BEaTmap CSV), and Micromeritics .xls reports (BIFF8).
/// </summary>
public static class IsothermFile
{
    /// <summary>Reads and parses <paramref name="path"/>; bad content throws <see cref="DataFormatException"/> naming the file and position.</summary>
    public static Isotherm Load(string path, IsothermLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllBytes(path), path, options);
    }

    /// <summary>Parses the bytes of an isotherm file; <paramref name="source"/> names it in errors.</summary>
    public static Isotherm Parse(byte[] bytes, string source, IsothermLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var format = Detect(bytes);
        if (format == IsothermFileFormat.MicromeriticsXls) return MicromeriticsXlsReader.Parse(bytes, source, options);
        string text = VendorText.Decode(bytes);
        return format switch
        {
            IsothermFileFormat.PyGapsJson => PyGapsJsonReader.Parse(text, source, options),
            IsothermFileFormat.Aif => AifReader.Parse(text, source, options),
            IsothermFileFormat.QuantachromeRawText => QuantachromeRawReader.Parse(text, source, options),
            IsothermFileFormat.Csv => IsothermCsvReader.Parse(text, source, options),
            _ => throw new DataFormatException(source, bytes.Length == 0 ? "byte offset 0" : "line 1",
                "an isotherm file (pyGAPS JSON, AIF, Quantachrome raw text, Micromeritics .xls, or CSV of pressure and amount)",
                bytes.Length == 0 ? "an empty file" : FirstLine(text)),
        };
    }

    /// <summary>Recognises the format from the content.</summary>
    public static IsothermFileFormat Detect(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0 && bytes[4] == 0xA1 && bytes[5] == 0xB1 && bytes[6] == 0x1A && bytes[7] == 0xE1)
            return IsothermFileFormat.MicromeriticsXls;
        if (bytes.Length == 0) return IsothermFileFormat.Unknown;
        string text = VendorText.Decode(bytes.Length > 65536 ? bytes[..65536] : bytes);
        string trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') && trimmed.Contains("\"isotherm_data\"", StringComparison.Ordinal)) return IsothermFileFormat.PyGapsJson;
        if (AifReader.Looks(text)) return IsothermFileFormat.Aif;
        if (QuantachromeRawReader.Looks(text)) return IsothermFileFormat.QuantachromeRawText;
        var lines = VendorText.Lines(text).Where(l => l.Trim().Length > 0).Take(3).ToArray();
        if (lines.Length > 0 && (LooksNumericRow(lines[0]) || (lines.Length > 1 && LooksNumericRow(lines[1])))) return IsothermFileFormat.Csv;
        return IsothermFileFormat.Unknown;
    }

    private static bool LooksNumericRow(string line)
    {
        char sep = line.Contains(';') ? ';' : line.Contains('\t') ? '\t' : ',';
        var f = line.Split(sep);
        return f.Length >= 2 && VendorText.TryNumber(f[0], sep != ',', out _) && VendorText.TryNumber(f[1], sep != ',', out _);
    }

    private static string FirstLine(string text) => VendorText.Lines(text).FirstOrDefault(l => l.Trim().Length > 0) ?? "";
}
