namespace SiAnode.Scripting.Display;

/// <summary>
/// Convention-based formatter source (see <see cref="TypeFormatterSourceAttribute"/>): the formatting library calls
/// <see cref="CreateTypeFormatters"/> and then each formatter's <c>MimeType</c>, <c>Type</c> and <c>Format(object, TextWriter)</c>.
/// </summary>
public sealed class HtmlFormatterSource
{
    /// <summary>The formatters: one text/html formatter for every <see cref="IHtmlRenderable"/>.</summary>
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlFormatter();
    }

    internal sealed class HtmlFormatter
    {
        public string MimeType => "text/html";

        public Type Type => typeof(IHtmlRenderable);

        public bool Format(object instance, TextWriter writer)
        {
            if (instance is not IHtmlRenderable renderable) return false;
            writer.Write(renderable.ToHtml());
            return true;
        }
    }
}
