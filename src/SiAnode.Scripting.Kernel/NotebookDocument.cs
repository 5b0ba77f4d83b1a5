using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiAnode.Scripting.Kernel;

/// <summary>A Jupyter notebook (nbformat 4) held as JSON, so that unknown fields survive a round trip.</summary>
internal sealed class NotebookDocument
{
    private NotebookDocument(JsonObject root, string path)
    {
        Root = root;
        Path = path;
    }

    public JsonObject Root { get; }

    public string Path { get; }

    public JsonArray Cells => Root["cells"] as JsonArray ?? throw new NotebookFormatException(Path, "a top-level 'cells' array");

    public static NotebookDocument Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path, Encoding.UTF8); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException(path, "a readable file", e.Message);
        }
        JsonNode? node;
        try { node = JsonNode.Parse(text); }
        catch (JsonException e)
        {
            throw new NotebookFormatException(path, $"JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})", e.Message);
        }
        if (node is not JsonObject root) throw new NotebookFormatException(path, "a JSON object at the top level");
        int major = root["nbformat"]?.GetValue<int>() ?? 0;
        if (major != 4) throw new NotebookFormatException(path, "nbformat 4", $"nbformat {major}");
        var doc = new NotebookDocument(root, path);
        _ = doc.Cells;
        return doc;
    }

    /// <summary>A cell's source: nbformat allows a string or a list of strings.</summary>
    public static string Source(JsonObject cell) => cell["source"] switch
    {
        JsonValue v => v.GetValue<string>(),
        JsonArray a => string.Concat(a.Select(x => x?.GetValue<string>() ?? "")),
        _ => "",
    };

    /// <summary>The kernel a code cell asks for (polyglot_notebook or dotnet_interactive metadata); "csharp" when absent.</summary>
    public static string CellKernel(JsonObject cell)
    {
        var md = cell["metadata"] as JsonObject;
        return md?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
            ?? md?["dotnet_interactive"]?["language"]?.GetValue<string>()
            ?? "csharp";
    }

    public void Save(string path)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var json = Root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        File.WriteAllText(path, json + "\n", new UTF8Encoding(false));
    }

    /// <summary>Splits text into nbformat's list-of-lines form (each line keeps its newline).</summary>
    public static JsonArray Lines(string text)
    {
        var a = new JsonArray();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                a.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length) a.Add(text[start..]);
        return a;
    }
}

/// <summary>The notebook file is not a readable nbformat 4 notebook.</summary>
internal sealed class NotebookFormatException(string path, string expected, string? found = null)
    : Exception($"{path}: expected {expected}" + (found is null ? "" : $", found {found}"));
