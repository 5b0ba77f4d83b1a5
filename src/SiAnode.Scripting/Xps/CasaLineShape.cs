using System.Globalization;

namespace SiAnode.Scripting.Xps;

/// <summary>A CasaXPS line-shape specification as written in a component, e.g. "SGL(30)", "GL(30)", "LF(0.54,10,80,100,6)".</summary>
/// <param name="Text">The specification as written.</param>
/// <param name="Kind">The name before the parenthesis: GL, SGL, LA, LF, DS, ...</param>
/// <param name="Arguments">The numbers in the parentheses.</param>
public sealed record CasaLineShape(string Text, string Kind, IReadOnlyList<double> Arguments)
{
    /// <summary>Parses "NAME(a,b,...)"; a bare name has no arguments. Throws <see cref="FormatException"/> on a malformed text.</summary>
    public static CasaLineShape Parse(string text)
    {
        string t = text.Trim();
        int open = t.IndexOf('(');
        if (open < 0) return new CasaLineShape(t, t, []);
        if (!t.EndsWith(')')) throw new FormatException($"CasaXPS line shape '{text}': missing ')'");
        var args = t[(open + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v
                : throw new FormatException($"CasaXPS line shape '{text}': '{a}' is not a number"))
            .ToArray();
        return new CasaLineShape(t, t[..open].Trim(), args);
    }
}
