using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiAnode.Scripting.Display;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Reporting;

/// <summary>
/// Numbers a notebook reproduces, beside the paper's. Displayed in a notebook it renders an HTML table that also embeds the
/// rows as JSON (<c>&lt;script type="application/json" class="sianode-results"&gt;</c>), from which <c>sianode reproduce</c>
/// collects results.csv out of the executed notebooks.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed partial class ComparisonTable(IEnumerable<ComparisonRow> rows) : IHtmlRenderable
{
    /// <summary>The header of results.csv.</summary>
    public const string CsvHeader = "figure,quantity,sample,unit,paper,ours,relative_difference,data";

    /// <summary>The rows.</summary>
    public IReadOnlyList<ComparisonRow> Rows { get; } = rows.ToArray();

    /// <inheritdoc />
    public string ToHtml()
    {
        var sb = new StringBuilder(Html.TableStyle);
        sb.Append("<table class=\"sianode sianode-results-table\"><caption>Reproduced numbers beside the paper's</caption><tr>");
        foreach (var h in new[] { "figure", "quantity", "sample", "unit", "paper", "ours", "rel. diff.", "data", "how" })
            Html.AppendCell(sb, "th", h, left: h is not ("paper" or "ours" or "rel. diff."));
        sb.Append("</tr>");
        foreach (var r in Rows)
        {
            sb.Append("<tr>");
            Html.AppendCell(sb, "td", r.Figure, true);
            Html.AppendCell(sb, "td", r.Quantity, true);
            Html.AppendCell(sb, "td", r.Sample, true);
            Html.AppendCell(sb, "td", r.Unit, true);
            Html.AppendCell(sb, "td", r.Paper is { } p ? Html.Number(p) : "–", false);
            Html.AppendCell(sb, "td", Html.Number(r.Ours), false);
            Html.AppendCell(sb, "td", r.RelativeDifference is { } d ? d.ToString("+0.00%;-0.00%;0.00%", CultureInfo.InvariantCulture) : "", false);
            Html.AppendCell(sb, "td", r.Data.ToCsv(), true);
            Html.AppendCell(sb, "td", r.Note, true);
            sb.Append("</tr>");
        }
        sb.Append("</table>");
        // '<' is escaped by the serializer's default encoder, so the JSON cannot close the script element.
        sb.Append("<script type=\"application/json\" class=\"sianode-results\">").Append(ToJson()).Append("</script>");
        return sb.ToString();
    }

    /// <summary>The rows as a JSON array with the results.csv column names.</summary>
    public string ToJson()
    {
        var array = new JsonArray();
        foreach (var r in Rows)
            array.Add(new JsonObject
            {
                ["figure"] = r.Figure, ["quantity"] = r.Quantity, ["sample"] = r.Sample, ["unit"] = r.Unit,
                ["paper"] = r.Paper, ["ours"] = r.Ours, ["relative_difference"] = r.RelativeDifference,
                ["data"] = r.Data.ToCsv(), ["note"] = r.Note,
            });
        return array.ToJsonString();
    }

    /// <summary>results.csv text: <see cref="CsvHeader"/> then one line per row, invariant culture.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder(CsvHeader).Append('\n');
        foreach (var r in Rows)
        {
            sb.AppendJoin(',', new[]
            {
                Csv.Quote(r.Figure), Csv.Quote(r.Quantity), Csv.Quote(r.Sample), Csv.Quote(r.Unit),
                r.Paper is { } p ? p.ToString("R", CultureInfo.InvariantCulture) : "",
                r.Ours.ToString("R", CultureInfo.InvariantCulture),
                r.RelativeDifference is { } d ? d.ToString("R", CultureInfo.InvariantCulture) : "",
                r.Data.ToCsv(),
            }).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Finds every embedded results block in an HTML text (e.g. a notebook output) and returns the rows.</summary>
    public static IReadOnlyList<ComparisonRow> ParseEmbedded(string html)
    {
        var rows = new List<ComparisonRow>();
        foreach (Match m in EmbeddedJson().Matches(html))
        {
            var array = JsonNode.Parse(m.Groups[1].Value)?.AsArray() ?? throw new JsonException("results block is not a JSON array");
            foreach (var node in array)
            {
                if (node is not JsonObject o) throw new JsonException("results row is not a JSON object");
                rows.Add(new ComparisonRow(
                    Str(o, "figure"), Str(o, "quantity"), Str(o, "sample"), Str(o, "unit"),
                    o["paper"]?.GetValue<double>(), o["ours"]?.GetValue<double>() ?? throw new JsonException("results row without 'ours'"),
                    DataKindText.Parse(Str(o, "data")), o["note"]?.GetValue<string>() ?? ""));
            }
        }
        return rows;
    }

    private static string Str(JsonObject o, string key) => o[key]?.GetValue<string>() ?? throw new JsonException($"results row without '{key}'");

    [GeneratedRegex("<script type=\"application/json\" class=\"sianode-results\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex EmbeddedJson();
}
