using System.Globalization;
using System.Net;
using System.Text;

namespace SiAnode.Scripting.Display;

/// <summary>Small helpers that write HTML fragments: escaping and invariant-culture number formatting.</summary>
public static class Html
{
    /// <summary>HTML-escapes text.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Formats a number for display: invariant culture, six significant digits, "" for NaN.</summary>
    public static string Number(double value)
        => double.IsNaN(value) ? "" : value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>The style block shared by the project's tables (inline, so fragments stay self-contained).</summary>
    public const string TableStyle =
        "<style>table.sianode{border-collapse:collapse;font-family:sans-serif;font-size:13px;margin:4px 0}" +
        "table.sianode th,table.sianode td{border:1px solid #ccc;padding:2px 8px;text-align:right}" +
        "table.sianode th{background:#f3f3f3}table.sianode td.t,table.sianode th.t{text-align:left}" +
        "table.sianode caption{caption-side:top;text-align:left;font-weight:bold;padding:2px 0}</style>";

    internal static void AppendCell(StringBuilder sb, string tag, string text, bool left)
        => sb.Append('<').Append(tag).Append(left ? " class=\"t\">" : ">").Append(Escape(text)).Append("</").Append(tag).Append('>');
}
