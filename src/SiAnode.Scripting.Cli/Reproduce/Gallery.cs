using System.Globalization;
using System.Text;
using SiAnode.Scripting.Display;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Notebooks.Plotting;

namespace SiAnode.Scripting.Cli.Reproduce;

/// <summary>One executed notebook in the gallery.</summary>
internal sealed record NotebookEntry(string Name, string ExecutedPath, bool Passed, double Seconds, IReadOnlyList<string> Failures);

/// <summary>One written figure in the gallery.</summary>
internal sealed record FigureEntry(ExtractedFigure Figure, string Notebook, string HtmlPath, string? PngPath);

/// <summary>Writes index.html: figures, notebooks and the results table, self-contained (no script or style from the network).</summary>
internal static class Gallery
{
    public static string Render(IReadOnlyList<FigureEntry> figures, IReadOnlyList<NotebookEntry> notebooks, ComparisonTable results, string outDir)
    {
        string Rel(string path) => Path.GetRelativePath(outDir, path).Replace('\\', '/');
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>SiAnode.Scripting: reproduced figures</title>");
        sb.Append("<style>body{font-family:sans-serif;margin:20px;max-width:1200px}.fig{display:inline-block;vertical-align:top;width:360px;margin:8px;padding:8px;border:1px solid #ddd}")
          .Append(".fig img{width:100%;border:1px solid #eee}.kind{font-size:12px;padding:1px 6px;border-radius:3px;color:#fff}")
          .Append(".reported{background:#2a6f97}.synthetic{background:#b5651d}.real{background:#2d6a4f}.fail{color:#b00020}</style>")
          .Append(Html.TableStyle).Append("</head><body>");
        sb.Append("<h1>SiAnode.Scripting: reproduced figures of Liu et al., Nano-Micro Lett. 17:297 (2025)</h1>");
        sb.Append("<p>Generated ").Append(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
          .Append(". Every number under <i>ours</i> was computed by the notebooks at run time. Each figure says which kind of data it shows: ")
          .Append("<span class=\"kind reported\">reported</span> values printed in the paper, <span class=\"kind synthetic\">synthetic</span> files made by the ")
          .Append("project's seeded generator from those values (not measurements), or <span class=\"kind real\">real</span> public files.</p>");

        sb.Append("<h2>Figures</h2>");
        if (figures.Count == 0) sb.Append("<p>No figures were produced.</p>");
        foreach (var f in figures)
        {
            string kind = f.Figure.Data.ToCsv();
            sb.Append("<div class=\"fig\"><a href=\"").Append(Html.Escape(Rel(f.HtmlPath))).Append("\"><b>Fig. ").Append(Html.Escape(f.Figure.Id)).Append("</b>: ")
              .Append(Html.Escape(f.Figure.Title)).Append("</a> <span class=\"kind ").Append(kind).Append("\">").Append(kind).Append("</span><br>");
            if (f.PngPath is not null)
                sb.Append("<a href=\"").Append(Html.Escape(Rel(f.HtmlPath))).Append("\"><img alt=\"Fig. ").Append(Html.Escape(f.Figure.Id)).Append("\" src=\"").Append(Html.Escape(Rel(f.PngPath))).Append("\"></a>");
            sb.Append("<div style=\"font-size:12px\">from <a href=\"").Append(Html.Escape(Rel(Path.Combine(outDir, "notebooks", f.Notebook)))).Append("\">")
              .Append(Html.Escape(f.Notebook)).Append("</a></div></div>");
        }

        sb.Append("<h2>Notebooks</h2><table class=\"sianode\"><tr><th class=\"t\">notebook</th><th class=\"t\">status</th><th>time (s)</th></tr>");
        foreach (var n in notebooks)
        {
            sb.Append("<tr><td class=\"t\"><a href=\"").Append(Html.Escape(Rel(n.ExecutedPath))).Append("\">").Append(Html.Escape(n.Name)).Append("</a></td><td class=\"t\">")
              .Append(n.Passed ? "passed" : "<span class=\"fail\">FAILED: " + Html.Escape(string.Join("; ", n.Failures)) + "</span>")
              .Append("</td><td>").Append(n.Seconds.ToString("0.0", CultureInfo.InvariantCulture)).Append("</td></tr>");
        }
        sb.Append("</table>");

        sb.Append("<h2>Numbers (<a href=\"results.csv\">results.csv</a>)</h2>");
        // The comparison table's own HTML, without the embedded JSON block (the CSV is the machine-readable copy here).
        string table = results.ToHtml();
        int script = table.IndexOf("<script", StringComparison.Ordinal);
        sb.Append(script >= 0 ? table[..script] : table);
        sb.Append("</body></html>\n");
        return sb.ToString();
    }
}
