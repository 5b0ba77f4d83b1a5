using System.Text.Json.Nodes;

namespace SiAnode.Scripting.Tests.Kernel;

/// <summary>Writes small .ipynb files in the format VS Code writes for the .NET Interactive kernel.</summary>
internal static class NotebookBuilder
{
    public static string Write(string dir, string name, params string[] cells)
    {
        var array = new JsonArray();
        foreach (var c in cells)
        {
            if (c.StartsWith("md:", StringComparison.Ordinal))
                array.Add(new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = c[3..] });
            else
                array.Add(new JsonObject
                {
                    ["cell_type"] = "code",
                    ["execution_count"] = null,
                    ["metadata"] = new JsonObject
                    {
                        ["dotnet_interactive"] = new JsonObject { ["language"] = c.StartsWith("#!fsharp", StringComparison.Ordinal) ? "fsharp" : "csharp" },
                        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = c.StartsWith("#!fsharp", StringComparison.Ordinal) ? "fsharp" : "csharp" },
                    },
                    ["outputs"] = new JsonArray(),
                    ["source"] = c,
                });
        }
        var nb = new JsonObject
        {
            ["cells"] = array,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, nb.ToJsonString());
        return path;
    }

    public static JsonArray Cells(string executedPath) => JsonNode.Parse(File.ReadAllText(executedPath))!["cells"]!.AsArray();

    public static JsonArray Outputs(string executedPath, int cellIndex) => Cells(executedPath)[cellIndex]!["outputs"]!.AsArray();

    public static string Text(JsonNode? node) => node switch
    {
        JsonArray a => string.Concat(a.Select(x => x!.GetValue<string>())),
        JsonValue v => v.GetValue<string>(),
        _ => "",
    };
}

/// <summary>A fresh temporary folder per test class.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sianode-test-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, true); } catch (IOException) { }
    }
}
