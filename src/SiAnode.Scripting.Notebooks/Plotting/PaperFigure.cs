using System.Text;
using Plotly.NET;
using SiAnode.Scripting.Display;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Notebooks.Plotting;

namespace SiAnode.Scripting.Notebooks;

/// <summary>
/// A reproduced figure of the paper: a Plotly.NET chart with its id as the paper names it (e.g. "S15f"), a title, the kind of
/// data it shows and a caption. In a notebook it renders offline; <c>sianode reproduce</c> finds it in the executed notebook
/// (the <c>sianode-figure</c> element) and writes it as a self-contained HTML page.
/// </summary>
/// <param name="Id">The paper's figure id, e.g. "S15f".</param>
/// <param name="Title">A short title.</param>
/// <param name="Data">Reported, synthetic or real data.</param>
/// <param name="Chart">The chart.</param>
/// <param name="Caption">What the figure shows, how it was computed and what is assumed.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record PaperFigure(string Id, string Title, DataKind Data, GenericChart Chart, string Caption) : IHtmlRenderable
{
    /// <summary>The caption with the data-kind sentence, as HTML.</summary>
    public string CaptionHtml => "<p><b>" + Html.Escape(Data.Caption()) + "</b></p><p>" + Html.Escape(Caption) + "</p>";

    /// <inheritdoc />
    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<div class=\"sianode-figure\" data-figure=\"").Append(Html.Escape(Id))
          .Append("\" data-data=\"").Append(Data.ToCsv())
          .Append("\" data-title=\"").Append(Html.Escape(Title)).Append("\">");
        sb.Append("<div style=\"font-family:sans-serif;font-weight:bold\">Fig. ").Append(Html.Escape(Id)).Append(": ").Append(Html.Escape(Title)).Append("</div>");
        sb.Append(PlotlyOffline.Fragment(Chart));
        sb.Append("<div class=\"sianode-caption\" style=\"font-family:sans-serif;font-size:13px;color:#444\">").Append(CaptionHtml).Append("</div><!--/sianode-caption-->");
        sb.Append("</div><!--/sianode-figure-->");
        return sb.ToString();
    }

    /// <summary>A self-contained HTML page of this figure.</summary>
    public string ToStandaloneHtml() => PlotlyOffline.StandalonePage($"Fig. {Id}: {Title}", PlotlyOffline.FigureJson(Chart), CaptionHtml);
}
