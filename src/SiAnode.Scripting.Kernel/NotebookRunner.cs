using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;

namespace SiAnode.Scripting.Kernel;

/// <summary>A failed cell: its 1-based index among all cells and the error message.</summary>
public sealed record CellFailure(int Cell, string Error);

/// <summary>The outcome of running one notebook.</summary>
/// <param name="Notebook">The notebook that was run.</param>
/// <param name="Output">The executed copy written.</param>
/// <param name="CodeCells">Number of code cells run.</param>
/// <param name="Failures">Cells that failed, in order.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record NotebookRunResult(string Notebook, string Output, int CodeCells, IReadOnlyList<CellFailure> Failures, TimeSpan Elapsed)
{
    /// <summary>True when no cell failed.</summary>
    public bool Passed => Failures.Count == 0;
}

/// <summary>
/// Runs a C# .ipynb headless, as the last .NET Interactive C# kernel does, and writes an executed copy (nbformat 4) with the
/// outputs: streams, displays, trailing-expression results, and errors with the cell and message. Like the kernel it keeps
/// going after a failing cell; unlike an interactive session the run then counts as failed.
/// </summary>
public static class NotebookRunner
{
    private static bool formatterConfigured;

    /// <summary>Runs <paramref name="notebookPath"/> with its folder as current directory and writes <paramref name="outputPath"/>.</summary>
    /// <param name="notebookPath">The .ipynb to run.</param>
    /// <param name="outputPath">Where to write the executed copy.</param>
    /// <param name="cacheDirectory">Package restore cache (default: ~/.cache/sianode/kernel or SIANODE_KERNEL_CACHE).</param>
    /// <param name="cellTimeout">Time limit for one cell (default 10 minutes).</param>
    public static async Task<NotebookRunResult> RunAsync(string notebookPath, string outputPath, string? cacheDirectory = null, TimeSpan? cellTimeout = null)
    {
        var watch = Stopwatch.StartNew();
        notebookPath = Path.GetFullPath(notebookPath);
        outputPath = Path.GetFullPath(outputPath);
        var doc = NotebookDocument.Load(notebookPath);
        ConfigureFormatter();
        string dir = Path.GetDirectoryName(notebookPath)!;
        string previousDir = Directory.GetCurrentDirectory();
        var previousOut = Console.Out;
        var previousErr = Console.Error;
        var failures = new List<CellFailure>();
        int executionCount = 0;
        try
        {
            Directory.SetCurrentDirectory(dir);
            Console.SetOut(new CellTextWriter(false, previousOut));
            Console.SetError(new CellTextWriter(true, previousErr));
            var session = new ScriptSession(dir, new PackageRestorer(cacheDirectory ?? PackageRestorer.DefaultCacheDirectory()), cellTimeout ?? TimeSpan.FromMinutes(10));
            await session.StartAsync().ConfigureAwait(false);
            int index = 0;
            bool aborted = false;
            foreach (var node in doc.Cells)
            {
                index++;
                if (node is not JsonObject cell || cell["cell_type"]?.GetValue<string>() != "code") continue;
                var outputs = new CellOutputs { ExecutionCount = ++executionCount };
                if (aborted)
                {
                    outputs.AddError("NotRun", "not run: an earlier cell timed out", []);
                }
                else if (NotebookDocument.CellKernel(cell) is not ("csharp" or "C#" or "c#"))
                {
                    outputs.AddError("UnsupportedKernel", $"the cell asks for the '{NotebookDocument.CellKernel(cell)}' kernel; only C# runs headless", []);
                }
                else
                {
                    CellOutputs.Current = outputs;
                    CellOutputs.Global = outputs;
                    try
                    {
                        await session.ExecuteAsync(NotebookDocument.Source(cell), outputs).ConfigureAwait(false);
                    }
                    catch (CellTimeoutException)
                    {
                        aborted = true;
                    }
                    finally
                    {
                        outputs.FlushStreams();
                        CellOutputs.Current = null;
                        CellOutputs.Global = null;
                    }
                }
                var error = outputs.Items.FirstOrDefault(o => o["output_type"]?.GetValue<string>() == "error");
                if (error is not null)
                    failures.Add(new CellFailure(index, $"{error["ename"]?.GetValue<string>()}: {error["evalue"]?.GetValue<string>()}"));
                var array = new JsonArray();
                foreach (var o in outputs.Items) array.Add(o);
                cell["outputs"] = array;
                cell["execution_count"] = executionCount;
            }
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousErr);
            Directory.SetCurrentDirectory(previousDir);
        }
        doc.Save(outputPath);
        return new NotebookRunResult(notebookPath, outputPath, executionCount, failures, watch.Elapsed);
    }

    private static void ConfigureFormatter()
    {
        if (formatterConfigured) return;
        formatterConfigured = true;
        Formatter.DefaultMimeType = "text/html";
        Formatter.SetPreferredMimeTypesFor(typeof(string), "text/plain");
    }
}
