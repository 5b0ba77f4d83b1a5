using System.Net;
using System.Text.RegularExpressions;
using SiAnode.Scripting.Reporting;

namespace SiAnode.Scripting.Notebooks.Plotting;

/// <summary>A figure found in a notebook output: what <see cref="PaperFigure.ToHtml"/> wrote, read back.</summary>
/// <param name="Id">Figure id as the paper names it.</param>
/// <param name="Title">Title.</param>
/// <param name="Data">Kind of data.</param>
/// <param name="FigureJson">Plotly figure JSON.</param>
/// <param name="CaptionHtml">Caption HTML.</param>
public sealed record ExtractedFigure(string Id, string Title, DataKind Data, string FigureJson, string CaptionHtml)
{
    /// <summary>A self-contained page (plotly.js inlined).</summary>
    public string ToStandaloneHtml() => PlotlyOffline.StandalonePage($"Fig. {Id}: {Title}", FigureJson, CaptionHtml);
}

/// <summary>Reads <see cref="PaperFigure"/> outputs back out of executed-notebook HTML (used by <c>sianode reproduce</c>).</summary>
public static partial class FigureHtml
{
    /// <summary>Every figure in an HTML text, in order.</summary>
    public static IReadOnlyList<ExtractedFigure> Extract(string html)
    {
        var result = new List<ExtractedFigure>();
        foreach (Match m in FigureBlock().Matches(html))
        {
            var json = FigureJson().Match(m.Value);
            var caption = Caption().Match(m.Value);
            if (!json.Success) continue;
            result.Add(new ExtractedFigure(
                WebUtility.HtmlDecode(m.Groups["id"].Value), WebUtility.HtmlDecode(m.Groups["title"].Value),
                DataKindText.Parse(m.Groups["data"].Value), json.Groups[1].Value, caption.Success ? caption.Groups[1].Value : ""));
        }
        return result;
    }

    [GeneratedRegex("<div class=\"sianode-figure\" data-figure=\"(?<id>[^\"]*)\" data-data=\"(?<data>[^\"]*)\" data-title=\"(?<title>[^\"]*)\">.*?<!--/sianode-figure-->", RegexOptions.Singleline)]
    private static partial Regex FigureBlock();

    [GeneratedRegex("<script type=\"application/json\" class=\"sianode-figure-json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex FigureJson();

    [GeneratedRegex("<div class=\"sianode-caption\"[^>]*>(.*?)</div><!--/sianode-caption-->", RegexOptions.Singleline)]
    private static partial Regex Caption();
}
