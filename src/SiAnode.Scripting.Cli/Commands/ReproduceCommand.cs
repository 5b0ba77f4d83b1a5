using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using SiAnode.Scripting.Cli.Reproduce;
using SiAnode.Scripting.Notebooks.Plotting;
using SiAnode.Scripting.Reporting;
using Spectre.Console;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary>
/// <c>sianode reproduce [--out DIR]</c>: packs the libraries into artifacts/packages (the local feed the notebooks name with
/// <c>#i</c>), runs every notebook in notebooks/ in its own kernel process, and writes executed notebooks, one self-contained
/// HTML page (and, where Chromium is installed, a PNG) per figure, index.html and results.csv.
/// </summary>
internal static class ReproduceCommand
{
    public static Command Create()
    {
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "output folder (default: artifacts/ of the repository)" };
        var notebooksDir = new Option<DirectoryInfo?>("--notebooks") { Description = "folder of notebooks (default: notebooks/ of the repository)" };
        var filter = new Option<string?>("--filter") { Description = "run only notebooks whose file name contains this text" };
        var noPack = new Option<bool>("--no-pack") { Description = "do not rebuild the NuGet packages in artifacts/packages first" };
        var noPng = new Option<bool>("--no-png") { Description = "do not render PNGs with Chromium" };
        var timeout = new Option<double>("--cell-timeout") { Description = "time limit per cell (s)", DefaultValueFactory = _ => 600 };
        var cmd = new Command("reproduce", "Run every notebook and write executed notebooks, offline HTML figures (PNG with Chromium), index.html and results.csv.")
        {
            outDir, notebooksDir, filter, noPack, noPng, timeout,
        };
        cmd.SetAction((r, ct) => RunAsync(r.GetValue(outDir), r.GetValue(notebooksDir), r.GetValue(filter), r.GetValue(noPack), r.GetValue(noPng), r.GetValue(timeout), ct));
        return cmd;
    }

    private static async Task<int> RunAsync(DirectoryInfo? outDir, DirectoryInfo? notebooksDir, string? filter, bool noPack, bool noPng, double timeout, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        string? repo = RepositoryRoot();
        string notebooks = notebooksDir?.FullName ?? (repo is null ? Path.GetFullPath("notebooks") : Path.Combine(repo, "notebooks"));
        string output = outDir?.FullName ?? (repo is null ? Path.GetFullPath("artifacts") : Path.Combine(repo, "artifacts"));
        if (!Directory.Exists(notebooks)) return CliOutput.Fail($"no notebooks folder at '{notebooks}' (run from the repository or pass --notebooks)");
        var files = Directory.GetFiles(notebooks, "*.ipynb").Where(f => filter is null || Path.GetFileName(f).Contains(filter, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0) return CliOutput.Fail($"no notebooks in '{notebooks}'" + (filter is null ? "" : $" matching '{filter}'"));
        Directory.CreateDirectory(output);
        bool interactive = !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        void Say(string s) => Console.Error.WriteLine(s);

        // A kernel cache of this repository's own (unless the user chose one): packages restored from this checkout's feed
        // must not be shared with another checkout that packs the same id and version.
        string cache = Environment.GetEnvironmentVariable("SIANODE_KERNEL_CACHE") is { Length: > 0 } c
            ? Path.GetFullPath(c)
            : Path.Combine(repo ?? output, "artifacts", ".kernel-cache");
        var kernelEnvironment = new Dictionary<string, string> { ["SIANODE_KERNEL_CACHE"] = cache };
        if (!noPack)
        {
            if (repo is null) return CliOutput.Fail("cannot find SiAnode.Scripting.sln above the current folder to pack the libraries; run from the repository or pass --no-pack");
            Say("packing SiAnode.Scripting and SiAnode.Scripting.Notebooks into artifacts/packages ...");
            var (ok, log) = await PackAsync(repo, ct);
            if (!ok) return CliOutput.Fail("dotnet pack failed:\n" + log);
            EvictCachedOwnPackages(cache);
        }

        var entries = new List<NotebookEntry>();
        var executed = new List<(string Name, string Path)>();
        async Task RunOne(string file, Action<string>? status)
        {
            string name = Path.GetFileName(file);
            string target = Path.Combine(output, "notebooks", name);
            status?.Invoke(name);
            var result = await KernelProcess.RunAsync(file, target, timeout, ct, kernelEnvironment);
            entries.Add(new NotebookEntry(name, target, result.Passed, result.Seconds, result.Failures));
            if (File.Exists(target)) executed.Add((name, target));
        }
        if (interactive)
        {
            await AnsiConsole.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("notebooks", maxValue: files.Count);
                    foreach (var f in files)
                    {
                        await RunOne(f, n => task.Description = Markup.Escape(n));
                        task.Increment(1);
                    }
                    task.Description = "notebooks";
                });
        }
        else
        {
            for (int i = 0; i < files.Count; i++)
            {
                Say($"[{i + 1}/{files.Count}] {Path.GetFileName(files[i])} ...");
                await RunOne(files[i], null);
                var e = entries[^1];
                Say(e.Passed ? $"      passed in {e.Seconds:0.0} s" : $"      FAILED: {string.Join("; ", e.Failures)}");
            }
        }

        // Figures and numbers come out of the executed notebooks' outputs.
        var figures = new List<FigureEntry>();
        var rows = new List<ComparisonRow>();
        string? chromium = noPng ? null : Chromium.Find();
        Directory.CreateDirectory(Path.Combine(output, "figures"));
        foreach (var (name, path) in executed)
        {
            foreach (string html in HtmlOutputs(path))
            {
                rows.AddRange(ComparisonTable.ParseEmbedded(html));
                foreach (var fig in FigureHtml.Extract(html))
                {
                    string stem = SafeName(fig.Id);
                    string htmlPath = Path.Combine(output, "figures", stem + ".html");
                    for (int k = 2; figures.Any(f => f.HtmlPath == htmlPath); k++) htmlPath = Path.Combine(output, "figures", $"{stem}-{k}.html");
                    await File.WriteAllTextAsync(htmlPath, fig.ToStandaloneHtml(), ct);
                    string? png = null;
                    if (chromium is not null)
                    {
                        string pngPath = Path.ChangeExtension(htmlPath, ".png");
                        var (ok, message) = await Chromium.ScreenshotAsync(chromium, htmlPath, pngPath, 1000, 680, ct);
                        if (ok) png = pngPath; else Say($"      no PNG for Fig. {fig.Id}: {message}");
                    }
                    figures.Add(new FigureEntry(fig, name, htmlPath, png));
                }
            }
        }
        var results = new ComparisonTable(rows);
        await File.WriteAllTextAsync(Path.Combine(output, "results.csv"), results.ToCsv(), ct);
        await File.WriteAllTextAsync(Path.Combine(output, "index.html"), Gallery.Render(figures, entries, results, output), ct);

        int passed = entries.Count(e => e.Passed);
        Say($"{figures.Count} figures, {rows.Count} numbers, {(chromium is null ? "no PNGs (Chromium not found)" : $"{figures.Count(f => f.PngPath is not null)} PNGs")}; " +
            $"{Path.Combine(output, "index.html")} in {watch.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"{passed} passed, {entries.Count - passed} failed");
        return passed == entries.Count ? 0 : 1;
    }

    /// <summary>The text/html outputs of an executed notebook.</summary>
    internal static IEnumerable<string> HtmlOutputs(string executedNotebook)
    {
        var root = JsonNode.Parse(File.ReadAllText(executedNotebook))?.AsObject();
        foreach (var cell in root?["cells"]?.AsArray() ?? [])
            foreach (var output in cell?["outputs"]?.AsArray() ?? [])
                if (output?["data"]?["text/html"] is { } html)
                    yield return html is JsonArray a ? string.Concat(a.Select(x => x?.GetValue<string>())) : html.GetValue<string>();
    }

    private static string SafeName(string id) => string.Concat(id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));

    /// <summary>The folder holding SiAnode.Scripting.sln, from the current folder upwards, else from this program's folder upwards.</summary>
    internal static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "SiAnode.Scripting.sln"))) return d.FullName;
        return null;
    }

    /// <summary>Packs the two libraries (only they: packing the solution would also rebuild the tests and this program).</summary>
    private static async Task<(bool Ok, string Log)> PackAsync(string repo, CancellationToken ct)
    {
        var log = new System.Text.StringBuilder();
        foreach (var project in new[] { "src/SiAnode.Scripting/SiAnode.Scripting.csproj", "src/SiAnode.Scripting.Notebooks/SiAnode.Scripting.Notebooks.csproj" })
        {
            var psi = new ProcessStartInfo(KernelProcess.DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = repo };
            foreach (var a in new[] { "pack", Path.Combine(repo, project), "-c", "Release", "-o", Path.Combine(repo, "artifacts", "packages"), "--nologo", "-v", "q" })
                psi.ArgumentList.Add(a);
            using var proc = Process.Start(psi)!;
            var o = proc.StandardOutput.ReadToEndAsync(ct);
            var e = proc.StandardError.ReadToEndAsync(ct);
            await proc.WaitForExitAsync(ct);
            log.Append(await o).Append(await e);
            if (proc.ExitCode != 0) return (false, log.ToString().Trim());
        }
        return (true, log.ToString().Trim());
    }

    /// <summary>
    /// NuGet caches a package by id and version, so a re-packed 0.1.0 would not replace the copy the kernel restored before:
    /// remove our own packages from the kernel's private packages folder.
    /// </summary>
    private static void EvictCachedOwnPackages(string cache)
    {
        foreach (var id in new[] { "sianode.scripting", "sianode.scripting.notebooks" })
        {
            string dir = Path.Combine(cache, "packages", id);
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
