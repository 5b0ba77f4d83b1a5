using System.Text;

namespace SiAnode.Scripting.Display;

/// <summary>Renders small tables of quantities with units.</summary>
public static class HtmlTable
{
    /// <summary>A two-column table (quantity, value, unit) under a caption.</summary>
    public static string KeyValue(string caption, IEnumerable<(string Name, double Value, string Unit)> rows)
    {
        var sb = new StringBuilder(Html.TableStyle);
        sb.Append("<table class=\"sianode\"><caption>").Append(Html.Escape(caption)).Append("</caption>");
        sb.Append("<tr><th class=\"t\">quantity</th><th>value</th><th class=\"t\">unit</th></tr>");
        foreach (var (name, value, unit) in rows)
        {
            sb.Append("<tr>");
            Html.AppendCell(sb, "td", name, left: true);
            Html.AppendCell(sb, "td", Html.Number(value), left: false);
            Html.AppendCell(sb, "td", unit, left: true);
            sb.Append("</tr>");
        }
        return sb.Append("</table>").ToString();
    }
}
