using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;

namespace SiAnode.Scripting.Kernel;

/// <summary>
/// The functions a notebook calls unqualified, brought in by <c>using static</c> as the .NET Interactive kernel brings in
/// <c>Microsoft.DotNet.Interactive.Kernel</c>: <c>display(...)</c> and <c>HTML(...)</c>.
/// </summary>
public static class KernelApi
{
    /// <summary>Formats <paramref name="value"/> (text/html by default, text/plain for strings) and adds it to the cell's outputs.</summary>
    /// <param name="value">The value to show.</param>
    /// <param name="mimeTypes">MIME types to format it as; the value's preferred type when empty.</param>
#pragma warning disable IDE1006 // the kernel's name is lower case
    public static DisplayedValue display(object? value, params string[] mimeTypes)
#pragma warning restore IDE1006
    {
        var outputs = CellOutputs.Current ?? throw new InvalidOperationException("display() was called outside a running cell");
        outputs.AddDisplay(value, mimeTypes, isResult: false);
        return new DisplayedValue(value);
    }

    /// <summary>Marks a string as HTML, as the kernel's <c>HTML(...)</c> does.</summary>
    public static IHtmlContent HTML(string content) => new HtmlString(content);
}

/// <summary>What <see cref="KernelApi.display"/> returns.</summary>
/// <param name="Value">The value that was displayed.</param>
public sealed record DisplayedValue(object? Value);

/// <summary>Collects one cell's outputs in nbformat order (streams and displays interleaved as they happen).</summary>
internal sealed class CellOutputs
{
    private static readonly AsyncLocal<CellOutputs?> current = new();
    private readonly System.Text.StringBuilder stdout = new();
    private readonly System.Text.StringBuilder stderr = new();
    private readonly object gate = new();

    public static CellOutputs? Current
    {
        get => current.Value ?? Global;
        set => current.Value = value;
    }

    /// <summary>Fallback for output written from other threads (e.g. a Parallel.For) while a cell runs.</summary>
    public static CellOutputs? Global { get; set; }

    public List<System.Text.Json.Nodes.JsonObject> Items { get; } = [];

    public int ExecutionCount { get; init; }

    public void WriteStdout(string text) { lock (gate) stdout.Append(text); }

    public void WriteStderr(string text) { lock (gate) stderr.Append(text); }

    public void FlushStreams()
    {
        lock (gate)
        {
            if (stdout.Length > 0) { Items.Add(Stream("stdout", stdout.ToString())); stdout.Clear(); }
            if (stderr.Length > 0) { Items.Add(Stream("stderr", stderr.ToString())); stderr.Clear(); }
        }
    }

    private static System.Text.Json.Nodes.JsonObject Stream(string name, string text) => new()
    {
        ["output_type"] = "stream",
        ["name"] = name,
        ["text"] = NotebookDocument.Lines(text),
    };

    public void AddDisplay(object? value, string[] mimeTypes, bool isResult)
    {
        FlushStreams();
        var data = new System.Text.Json.Nodes.JsonObject();
        var types = mimeTypes.Length > 0 ? mimeTypes : [PreferredMimeType(value)];
        foreach (var mime in types)
        {
            string text = value is null ? "<null>" : Formatter.ToDisplayString(value, mime);
            data[mime] = mime.StartsWith("text/", StringComparison.Ordinal) ? NotebookDocument.Lines(text) : text;
        }
        var output = new System.Text.Json.Nodes.JsonObject
        {
            ["output_type"] = isResult ? "execute_result" : "display_data",
            ["data"] = data,
            ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
        };
        if (isResult) output["execution_count"] = ExecutionCount;
        lock (gate) Items.Add(output);
    }

    public void AddError(string name, string message, IEnumerable<string> traceback)
    {
        FlushStreams();
        var tb = new System.Text.Json.Nodes.JsonArray();
        foreach (var line in traceback) tb.Add(line);
        lock (gate)
            Items.Add(new System.Text.Json.Nodes.JsonObject
            {
                ["output_type"] = "error",
                ["ename"] = name,
                ["evalue"] = message,
                ["traceback"] = tb,
            });
    }

    /// <summary>The kernel's choice: a preferred type registered for the value's type, text/plain for strings, else text/html.</summary>
    internal static string PreferredMimeType(object? value)
    {
        if (value is null || value is string) return "text/plain";
        return Formatter.GetPreferredMimeTypesFor(value.GetType()).FirstOrDefault() ?? "text/html";
    }
}

/// <summary>Routes Console.Out and Console.Error into the running cell's outputs.</summary>
internal sealed class CellTextWriter(bool isError, TextWriter fallback) : TextWriter
{
    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        if (value is null) return;
        var cell = CellOutputs.Current;
        if (cell is null) { fallback.Write(value); return; }
        if (isError) cell.WriteStderr(value); else cell.WriteStdout(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
}
