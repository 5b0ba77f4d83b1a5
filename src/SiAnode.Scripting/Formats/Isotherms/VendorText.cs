using System.Globalization;
using System.Text;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>
/// Decodes the text vendors write: a UTF-8 or UTF-16 byte-order mark is honoured; otherwise strict UTF-8 is tried and, when the
/// bytes are not valid UTF-8, Windows-1252 (cp1252, the code page of Quantachrome and Micromeritics exports on Western Windows).
/// cp1252 equals Latin-1 except 0x80–0x9F, which are decoded here by table since System.Text.Encoding.CodePages is not referenced.
/// </summary>
internal static class VendorText
{
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return new UTF8Encoding(false, false).GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                chars[i] = b >= 0x80 && b <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
            }
            return new string(chars);
        }
    }

    /// <summary>Splits text into lines on CRLF, LF or CR.</summary>
    public static string[] Lines(string text) => text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);

    /// <summary>Parses an invariant number, also accepting a decimal comma when <paramref name="decimalComma"/> is set.</summary>
    public static bool TryNumber(string s, bool decimalComma, out double value)
    {
        s = s.Trim();
        if (decimalComma) s = s.Replace(',', '.');
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
