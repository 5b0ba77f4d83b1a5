namespace SiAnode.Scripting.Formats;

/// <summary>
/// A file or text could not be read as the expected format. The message names the file, the position
/// (line, byte offset or record) and what was expected, so a researcher can find and fix the input.
/// </summary>
public class DataFormatException : FormatException
{
    /// <summary>Creates the error.</summary>
    /// <param name="source">The file path or a description of the input.</param>
    /// <param name="position">Where: "line 12", "byte offset 4096", "record 7".</param>
    /// <param name="expected">What should have been there.</param>
    /// <param name="found">What was there instead (shortened).</param>
    /// <param name="inner">The underlying error, if any.</param>
    public DataFormatException(string source, string position, string expected, string found, Exception? inner = null)
        : base($"{source}: {position}: expected {expected}, found {Shorten(found)}", inner)
    {
        Source = source;
        Position = position;
        Expected = expected;
        Found = found;
    }

    /// <summary>The file path or description of the input.</summary>
    public new string Source { get; }

    /// <summary>The position of the problem.</summary>
    public string Position { get; }

    /// <summary>What the reader expected.</summary>
    public string Expected { get; }

    /// <summary>What it found.</summary>
    public string Found { get; }

    private static string Shorten(string s)
    {
        s = s.Replace("\r", "\\r").Replace("\n", "\\n");
        return s.Length <= 80 ? $"'{s}'" : $"'{s[..77]}...'";
    }
}
