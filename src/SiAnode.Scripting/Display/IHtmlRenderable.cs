namespace SiAnode.Scripting.Display;

/// <summary>A result that renders itself as an HTML fragment (a table with units, a figure) in a notebook or a report.</summary>
public interface IHtmlRenderable
{
    /// <summary>A self-contained HTML fragment: no script or style loaded from the network.</summary>
    string ToHtml();
}
