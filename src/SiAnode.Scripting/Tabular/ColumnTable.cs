using System.Globalization;
using System.Text;
using SiAnode.Scripting.Display;

namespace SiAnode.Scripting.Tabular;

/// <summary>
/// The project's one table model: named columns with units. Loaders and analyses return it; the notebook layer adapts it to
/// Microsoft.Data.Analysis and Deedle frames; it renders itself as a bounded HTML table and as invariant-culture CSV.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class ColumnTable : IHtmlRenderable
{
    /// <summary>Rows shown by <see cref="ToHtml()"/> before the table is cut.</summary>
    public const int DefaultHtmlRows = 20;

    /// <summary>Creates a table; all columns must have the same length.</summary>
    public ColumnTable(IEnumerable<TableColumn> columns, string? title = null)
    {
        Columns = columns.ToArray();
        Title = title;
        if (Columns.Count > 0 && Columns.Any(c => c.Count != Columns[0].Count))
            throw new ArgumentException("all columns of a table must have the same length: " +
                string.Join(", ", Columns.Select(c => $"{c.Name}={c.Count}")), nameof(columns));
    }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Optional caption.</summary>
    public string? Title { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount => Columns.Count == 0 ? 0 : Columns[0].Count;

    /// <summary>The column of that name (ordinal, case-insensitive); throws <see cref="KeyNotFoundException"/> listing the names.</summary>
    public TableColumn this[string name] => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"no column '{name}'; the table has: {string.Join(", ", Columns.Select(c => c.Name))}");

    /// <summary>Rows the notebook display shows before cutting the table (<see cref="DefaultHtmlRows"/> unless set).</summary>
    public int HtmlRows { get; init; } = DefaultHtmlRows;

    /// <inheritdoc />
    public string ToHtml() => ToHtml(HtmlRows);

    /// <summary>An HTML table showing at most <paramref name="maxRows"/> rows (half from the start, half from the end).</summary>
    public string ToHtml(int maxRows)
    {
        var sb = new StringBuilder(Html.TableStyle).Append("<table class=\"sianode\">");
        if (Title is not null) sb.Append("<caption>").Append(Html.Escape(Title)).Append("</caption>");
        sb.Append("<tr>");
        foreach (var c in Columns) Html.AppendCell(sb, "th", c.Header, left: c.Texts is not null);
        sb.Append("</tr>");
        int n = RowCount;
        int head = n <= maxRows ? n : (maxRows + 1) / 2;
        int tail = n <= maxRows ? 0 : maxRows / 2;
        for (int r = 0; r < head; r++) AppendRow(sb, r);
        if (n > head + tail)
            sb.Append("<tr><td class=\"t\" colspan=\"").Append(Math.Max(1, Columns.Count)).Append("\">… ")
              .Append((n - head - tail).ToString(CultureInfo.InvariantCulture)).Append(" more rows (")
              .Append(n.ToString(CultureInfo.InvariantCulture)).Append(" in all) …</td></tr>");
        for (int r = n - tail; r < n; r++) AppendRow(sb, r);
        return sb.Append("</table>").ToString();
    }

    private void AppendRow(StringBuilder sb, int r)
    {
        sb.Append("<tr>");
        foreach (var c in Columns)
            Html.AppendCell(sb, "td", c.Numbers is { } v ? Html.Number(v[r]) : c.Texts![r], left: c.Texts is not null);
        sb.Append("</tr>");
    }

    /// <summary>RFC 4180 CSV with a header of names and units, invariant culture, round-trip numbers.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', Columns.Select(c => Csv.Quote(c.Header))).Append('\n');
        for (int r = 0; r < RowCount; r++)
        {
            for (int i = 0; i < Columns.Count; i++)
            {
                if (i > 0) sb.Append(',');
                var c = Columns[i];
                sb.Append(c.Numbers is { } v ? v[r].ToString("R", CultureInfo.InvariantCulture) : Csv.Quote(c.Texts![r]));
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
