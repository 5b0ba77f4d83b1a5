namespace SiAnode.Scripting.Display;

/// <summary>
/// Names the formatter source of a type. The .NET Interactive formatting library (and this project's headless kernel, which
/// uses it) matches this attribute by its name, so the core library renders HTML in notebooks without depending on the kernel
/// (dotnet/interactive, docs/formatting.md; Microsoft.DotNet.Interactive.Formatting's convention-based formatter sources).
/// Put <c>[TypeFormatterSource(typeof(HtmlFormatterSource))]</c> on a type that implements <see cref="IHtmlRenderable"/>.
/// </summary>
/// <param name="formatterSourceType">The formatter source, usually <see cref="HtmlFormatterSource"/>.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = true)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The class whose <c>CreateTypeFormatters()</c> yields the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>MIME types to prefer for the attributed type.</summary>
    public string[]? PreferredMimeTypes { get; set; } = ["text/html"];
}
