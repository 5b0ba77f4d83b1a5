using System.Globalization;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Reporting;

/// <summary>
/// The numbers a paper reports (kind 1 data): a CSV with the columns quantity, sample, value, unit, figure, condition.
/// Values may be "~726" (approximate), "20-22" (range), "970;892;715" or "1:1.14" (kept as text).
/// </summary>
public sealed class ReportedNumbers
{
    private static readonly string[] Header = ["quantity", "sample", "value", "unit", "figure", "condition"];

    private ReportedNumbers(IReadOnlyList<ReportedNumber> rows, string source)
    {
        Rows = rows;
        Source = source;
    }

    /// <summary>All rows, in file order.</summary>
    public IReadOnlyList<ReportedNumber> Rows { get; }

    /// <summary>The file they were read from.</summary>
    public string Source { get; }

    private static readonly Lazy<ReportedNumbers> liu2025 = new(() =>
    {
        using var stream = typeof(ReportedNumbers).Assembly.GetManifestResourceStream("SiAnode.Scripting.Reporting.liu2025-reported-numbers.csv")
            ?? throw new InvalidOperationException("the embedded copy of liu2025-reported-numbers.csv is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "liu2025-reported-numbers.csv (embedded)");
    });

    /// <summary>
    /// The numbers of Liu et al., Nano-Micro Lett. 17:297 (2025), from the copy of data/reported/liu2025-reported-numbers.csv
    /// embedded in this library (used by the synthetic-data generators; notebooks load the file itself).
    /// </summary>
    public static ReportedNumbers Liu2025 => liu2025.Value;

    /// <summary>Reads the CSV file; errors name the file and line.</summary>
    public static ReportedNumbers Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileNotFoundException($"cannot read the reported-numbers file '{path}': {e.Message}", path, e);
        }
        return Parse(text, path);
    }

    /// <summary>Parses CSV text; <paramref name="source"/> names it in errors.</summary>
    public static ReportedNumbers Parse(string text, string source)
    {
        var rows = new List<ReportedNumber>();
        bool header = true;
        foreach (var (line, f) in Csv.Read(text, source))
        {
            if (header)
            {
                if (f.Length < Header.Length || !Header.SequenceEqual(f.Take(Header.Length).Select(x => x.Trim().ToLowerInvariant())))
                    throw new DataFormatException(source, $"line {line}", "the header " + string.Join(",", Header), string.Join(",", f));
                header = false;
                continue;
            }
            if (f.Length != Header.Length)
                throw new DataFormatException(source, $"line {line}", $"{Header.Length} fields", $"{f.Length} fields: {string.Join(",", f)}");
            var (value, approx, low, high) = ParseValue(f[2].Trim());
            rows.Add(new ReportedNumber(f[0].Trim(), f[1].Trim(), f[2].Trim(), value, approx, low, high, f[3].Trim(), f[4].Trim(), f[5].Trim(), line));
        }
        if (header) throw new DataFormatException(source, "line 1", "the header " + string.Join(",", Header), "an empty file");
        return new ReportedNumbers(rows, source);
    }

    private static (double? Value, bool Approximate, double? Low, double? High) ParseValue(string text)
    {
        bool approx = text.StartsWith('~');
        string t = approx ? text[1..] : text;
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) return (v, approx, v, v);
        int dash = t.IndexOf('-', 1);
        if (dash > 0
            && double.TryParse(t[..dash], NumberStyles.Float, CultureInfo.InvariantCulture, out double lo)
            && double.TryParse(t[(dash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double hi))
            return ((lo + hi) / 2, approx, lo, hi);
        return (null, approx, null, null);
    }

    /// <summary>
    /// The one row whose quantity and sample equal the arguments (case-insensitive) and whose condition contains
    /// <paramref name="condition"/> when given. Throws <see cref="KeyNotFoundException"/> listing candidates when there is
    /// no match or more than one.
    /// </summary>
    public ReportedNumber Get(string quantity, string sample, string? condition = null)
    {
        var matches = Rows.Where(r => string.Equals(r.Quantity, quantity, StringComparison.OrdinalIgnoreCase)
                                   && string.Equals(r.Sample, sample, StringComparison.OrdinalIgnoreCase)
                                   && (condition is null || r.Condition.Contains(condition, StringComparison.OrdinalIgnoreCase))).ToList();
        if (matches.Count == 1) return matches[0];
        var candidates = Rows.Where(r => string.Equals(r.Quantity, quantity, StringComparison.OrdinalIgnoreCase))
                             .Select(r => $"  line {r.Line}: {r.Sample} [{r.Condition}] = {r.Text}");
        string what = $"'{quantity}' for '{sample}'" + (condition is null ? "" : $" with condition containing '{condition}'");
        throw new KeyNotFoundException((matches.Count == 0 ? $"{Source}: no reported {what}" : $"{Source}: {matches.Count} rows match {what}; give a condition")
            + ". Rows with that quantity:\n" + string.Join("\n", candidates));
    }

    /// <summary>All rows with that quantity (case-insensitive).</summary>
    public IEnumerable<ReportedNumber> WithQuantity(string quantity)
        => Rows.Where(r => string.Equals(r.Quantity, quantity, StringComparison.OrdinalIgnoreCase));

    /// <summary>The rows with any of these quantities (all rows when none is given) as a table.</summary>
    public ColumnTable Table(params string[] quantities)
    {
        var rows = quantities.Length == 0 ? Rows : Rows.Where(r => quantities.Any(q => string.Equals(r.Quantity, q, StringComparison.OrdinalIgnoreCase))).ToList();
        return new ColumnTable(
        [
            TableColumn.Of("figure", rows.Select(r => r.Figure).ToList()),
            TableColumn.Of("quantity", rows.Select(r => r.Quantity).ToList()),
            TableColumn.Of("sample", rows.Select(r => r.Sample).ToList()),
            TableColumn.Of("value", rows.Select(r => r.Text).ToList()),
            TableColumn.Of("unit", rows.Select(r => r.Unit).ToList()),
            TableColumn.Of("condition", rows.Select(r => r.Condition).ToList()),
        ], $"Reported in the paper ({Path.GetFileName(Source)}): " + (quantities.Length == 0 ? "all quantities" : string.Join(", ", quantities)));
    }
}
