using System.Globalization;
using System.Text.Json;
using SiAnode.Scripting.Kernel;

// sianode-kernel NOTEBOOK.ipynb --out EXECUTED.ipynb [--cache DIR] [--cell-timeout SECONDS]
// Runs one notebook in this process (a fresh kernel per notebook, as Jupyter starts one kernel per notebook),
// writes the executed copy, prints one JSON summary line, and exits 1 when a cell failed, 2 on bad usage or input.
string? notebook = null, output = null, cache = null;
double timeout = 600;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" when i + 1 < args.Length: output = args[++i]; break;
        case "--cache" when i + 1 < args.Length: cache = args[++i]; break;
        case "--cell-timeout" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out timeout): i++; break;
        default:
            if (args[i].StartsWith('-') || notebook is not null)
            {
                Console.Error.WriteLine($"sianode-kernel: unexpected argument '{args[i]}'");
                Console.Error.WriteLine("usage: sianode-kernel NOTEBOOK.ipynb --out EXECUTED.ipynb [--cache DIR] [--cell-timeout SECONDS]");
                return 2;
            }
            notebook = args[i];
            break;
    }
}
if (notebook is null || output is null)
{
    Console.Error.WriteLine("usage: sianode-kernel NOTEBOOK.ipynb --out EXECUTED.ipynb [--cache DIR] [--cell-timeout SECONDS]");
    return 2;
}
NotebookRunResult result;
try
{
    result = await NotebookRunner.RunAsync(notebook, output, cache, TimeSpan.FromSeconds(timeout));
}
catch (Exception e) when (e is NotebookFormatException or FileNotFoundException or DirectoryNotFoundException)
{
    Console.Error.WriteLine($"sianode-kernel: {e.Message}");
    Console.WriteLine(JsonSerializer.Serialize(new { notebook, output, codeCells = 0, failures = new[] { new { cell = 0, error = e.Message } }, seconds = 0.0 }));
    return 2;
}
Console.WriteLine(JsonSerializer.Serialize(new
{
    notebook = result.Notebook,
    output = result.Output,
    codeCells = result.CodeCells,
    failures = result.Failures.Select(f => new { cell = f.Cell, error = f.Error }),
    seconds = result.Elapsed.TotalSeconds,
}));
return result.Passed ? 0 : 1;
