using System.CommandLine;
using SiAnode.Scripting.Synthetic;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary><c>sianode synth [--out DIR] [--only NAME]</c>: rewrites the synthetic instrument files from their seeded generators.</summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "root folder (default: data/synthetic of the repository)" };
        var only = new Option<string?>("--only") { Description = "write only the dataset of this name" };
        var list = new Option<bool>("--list") { Description = "list the datasets and what they are made from" };
        var cmd = new Command("synth", "Write the synthetic instrument files (data kind 2) from their documented, seeded generators.") { outDir, only, list };
        cmd.SetAction(r =>
        {
            if (r.GetValue(list))
            {
                foreach (var d in SyntheticDatasets.All) Console.WriteLine($"{d.Name}: {d.Description}");
                return 0;
            }
            string root = r.GetValue(outDir)?.FullName
                ?? (ReproduceCommand.RepositoryRoot() is { } repo ? Path.Combine(repo, "data", "synthetic") : Path.GetFullPath(Path.Combine("data", "synthetic")));
            var chosen = SyntheticDatasets.All.Where(d => r.GetValue(only) is not { } o || d.Name == o).ToList();
            if (chosen.Count == 0) return CliOutput.Fail($"no synthetic dataset named '{r.GetValue(only)}'; --list shows them");
            foreach (var d in chosen)
                foreach (var f in d.Write(Path.Combine(root, d.Name))) Console.WriteLine(f);
            return 0;
        });
        return cmd;
    }
}
