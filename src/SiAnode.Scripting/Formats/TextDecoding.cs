using System.Text;

namespace SiAnode.Scripting.Formats;

/// <summary>
/// Decodes instrument text files: UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252, which vendor
/// software on Windows writes (e.g. Gamry's "°" as 0xB0, BioLogic's "µ"). .NET has no cp1252 without a code-pages package, so
/// the 32 characters where it differs from Latin-1 (0x80–0x9F) are mapped here (Unicode's CP1252.TXT mapping table).
/// </summary>
public static class TextDecoding
{
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole file as text (UTF-8 if valid, else cp1252).</summary>
    public static string ReadAllText(string path) => Decode(File.ReadAllBytes(path));

    /// <summary>Decodes bytes as UTF-8 if valid (BOM removed), else as Windows-1252.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodeCp1252(bytes);
        }
    }

    /// <summary>Decodes Windows-1252 bytes (Latin-1, then the 32 code points 0x80–0x9F remapped only when present).</summary>
    public static string DecodeCp1252(ReadOnlySpan<byte> bytes)
    {
        var s = Encoding.Latin1.GetString(bytes);
        if (!bytes.ContainsAnyInRange((byte)0x80, (byte)0x9F)) return s;
        return string.Create(s.Length, s, (span, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                char c = src[i];
                span[i] = c is >= '\u0080' and <= '\u009F' ? Cp1252High[c - 0x80] : c;
            }
        });
    }
}
