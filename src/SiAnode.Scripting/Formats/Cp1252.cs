using System.Text;

namespace SiAnode.Scripting.Formats;

/// <summary>
/// Windows-1252 decoding without the code-pages provider: Latin-1 except 0x80–0x9F, which cp1252 maps to typographic characters
/// (Unicode consortium's mapping table cp1252.txt; 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined and kept as the C1 control).
/// Vendor text exports (BioLogic .mpt, NETZSCH) are written in it.
/// </summary>
public static class Cp1252
{
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>Decodes cp1252 bytes.</summary>
    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        var s = Encoding.Latin1.GetString(bytes);
        if (!bytes.ContainsAnyInRange((byte)0x80, (byte)0x9F)) return s;
        return string.Create(s.Length, s, (span, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                char c = src[i];
                span[i] = c is >= '\u0080' and <= '\u009F' ? High[c - 0x80] : c;
            }
        });
    }
}
