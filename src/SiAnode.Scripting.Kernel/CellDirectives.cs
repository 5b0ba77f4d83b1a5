using System.Text;
using System.Text.RegularExpressions;

namespace SiAnode.Scripting.Kernel;

/// <summary>A package a cell asks for with <c>#r "nuget: Name, Version"</c>.</summary>
internal sealed record PackageRequest(string Name, string? Version);

/// <summary>
/// The kernel features of a cell, taken out before Roslyn sees it: <c>#r "nuget: ..."</c>, <c>#i "nuget: ..."</c> and a leading
/// <c>#!csharp</c>. Other <c>#!</c> magics are not supported headless and are reported as errors. Removed lines are replaced by
/// blank lines, so Roslyn's line numbers still match the cell.
/// </summary>
internal sealed partial class CellDirectives
{
    public List<PackageRequest> Packages { get; } = [];

    public List<string> Sources { get; } = [];

    public List<string> Errors { get; } = [];

    public string Code { get; private set; } = "";

    public static CellDirectives Parse(string cell, string baseDirectory)
    {
        var d = new CellDirectives();
        var lines = cell.Replace("\r\n", "\n").Split('\n');
        var code = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            string t = line.Trim();
            Match m;
            if ((m = NugetReference().Match(t)).Success)
            {
                var parts = m.Groups[1].Value.Split(',', 2, StringSplitOptions.TrimEntries);
                d.Packages.Add(new PackageRequest(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null));
                line = "";
            }
            else if ((m = NugetSource().Match(t)).Success)
            {
                string src = m.Groups[1].Value.Trim();
                bool isUrl = Uri.TryCreate(src, UriKind.Absolute, out var u) && u.Scheme is "http" or "https";
                d.Sources.Add(isUrl ? src : Path.GetFullPath(Path.Combine(baseDirectory, src)));
                line = "";
            }
            else if (t.StartsWith("#!", StringComparison.Ordinal))
            {
                if (t is "#!csharp" or "#!c#" or "#!C#") line = "";
                else
                {
                    d.Errors.Add($"line {i + 1}: the magic command '{t.Split(' ')[0]}' is a kernel feature this headless kernel does not support");
                    line = "";
                }
            }
            code.Append(line);
            if (i < lines.Length - 1) code.Append('\n');
        }
        d.Code = code.ToString();
        return d;
    }

    [GeneratedRegex("^#r\\s+\"nuget:\\s*([^\"]+)\"\\s*$")]
    private static partial Regex NugetReference();

    [GeneratedRegex("^#i\\s+\"nuget:\\s*([^\"]+)\"\\s*$")]
    private static partial Regex NugetSource();
}
