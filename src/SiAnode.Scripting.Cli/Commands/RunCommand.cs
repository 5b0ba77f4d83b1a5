using System.CommandLine;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary><c>sianode run NOTEBOOK...</c>: executes notebooks headless (one kernel process each).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var notebooks = new Argument<FileInfo[]>("notebooks") { Description = "C# .ipynb notebooks to run", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "folder for the executed copies", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("artifacts", "notebooks")) };
        var timeout = new Option<double>("--cell-timeout") { Description = "time limit per cell (s)", DefaultValueFactory = _ => 600 };
        var cmd = new Command("run", "Run C# notebooks headless as the .NET Interactive kernel would; write executed copies; exit 1 if a cell fails.")
        {
            notebooks, outDir, timeout,
        };
        cmd.SetAction(async (r, ct) =>
        {
            var results = new List<KernelProcess.Result>();
            foreach (var nb in r.GetValue(notebooks)!)
            {
                if (!nb.Exists) return CliOutput.Fail($"no notebook at '{nb.FullName}'");
                string output = Path.Combine(r.GetValue(outDir)!.FullName, nb.Name);
                Console.Error.WriteLine($"running {nb.Name} ...");
                var result = await KernelProcess.RunAsync(nb.FullName, output, r.GetValue(timeout), ct);
                results.Add(result);
                Console.Error.WriteLine(result.Passed
                    ? $"  passed: {result.CodeCells} code cells in {result.Seconds:0.0} s -> {result.Output}"
                    : $"  FAILED: {string.Join("; ", result.Failures)} -> {result.Output}");
            }
            int passed = results.Count(x => x.Passed);
            Console.WriteLine($"{passed} passed, {results.Count - passed} failed");
            return passed == results.Count ? 0 : 1;
        });
        return cmd;
    }
}
