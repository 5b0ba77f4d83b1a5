using System.Text;
using SiAnode.Scripting.Formats;

namespace SiAnode.Scripting.Tabular;

/// <summary>RFC 4180 comma-separated values: quoting and a line-aware reader that reports positions in errors.</summary>
public static class Csv
{
    /// <summary>Quotes a field when it contains a comma, quote or line break.</summary>
    public static string Quote(string field)
        => field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    /// <summary>
    /// Splits CSV text into records of fields. Quoted fields may contain commas, doubled quotes and line breaks.
    /// Each record carries the 1-based line on which it starts. An unterminated quote throws <see cref="DataFormatException"/>.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="source">File name or description, used in error messages.</param>
    /// <param name="separator">Field separator, ',' by default.</param>
    public static IEnumerable<(int Line, string[] Fields)> Read(string text, string source, char separator = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, i = 0;
        bool inQuotes = false, any = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    inQuotes = false; i++; continue;
                }
                if (c == '\n') line++;
                field.Append(c); i++; continue;
            }
            if (c == '"' && field.Length == 0) { inQuotes = true; any = true; i++; continue; }
            if (c == separator) { fields.Add(field.ToString()); field.Clear(); any = true; i++; continue; }
            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                i++;
                if (any || field.Length > 0) { fields.Add(field.ToString()); yield return (recordLine, fields.ToArray()); }
                fields.Clear(); field.Clear(); any = false;
                line++; recordLine = line;
                continue;
            }
            field.Append(c); any = true; i++;
        }
        if (inQuotes)
            throw new DataFormatException(source, $"line {recordLine}", "a closing quote (\") for the quoted field that starts on this line", "end of file");
        if (any || field.Length > 0) { fields.Add(field.ToString()); yield return (recordLine, fields.ToArray()); }
    }
}
