using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary>Starts <c>sianode-kernel</c> (copied to kernel/ beside sianode) for one notebook, as Jupyter starts one kernel per notebook.</summary>
internal static class KernelProcess
{
    internal sealed record Result(string Notebook, string Output, bool Passed, int CodeCells, IReadOnlyList<string> Failures, double Seconds);

    public static string KernelPath()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "kernel", "sianode-kernel.dll");
        if (!File.Exists(path))
            throw new FileNotFoundException($"the notebook kernel is missing at '{path}'; rebuild the solution (dotnet build SiAnode.Scripting.sln)", path);
        return path;
    }

    public static async Task<Result> RunAsync(string notebook, string output, double cellTimeoutSeconds, CancellationToken ct, IDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { KernelPath(), notebook, "--out", output, "--cell-timeout", cellTimeoutSeconds.ToString(CultureInfo.InvariantCulture) })
            psi.ArgumentList.Add(a);
        if (environment is not null) foreach (var (k, v) in environment) psi.Environment[k] = v;
        var watch = Stopwatch.StartNew();
        using var proc = Process.Start(psi) ?? throw new InvalidOperationException("could not start the notebook kernel");
        var stdout = proc.StandardOutput.ReadToEndAsync(ct);
        var stderr = proc.StandardError.ReadToEndAsync(ct);
        await proc.WaitForExitAsync(ct);
        string summary = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        try
        {
            var o = JsonNode.Parse(summary)!.AsObject();
            var failures = o["failures"]!.AsArray().Select(f => $"cell {f!["cell"]}: {f["error"]}").ToList();
            return new Result(notebook, output, proc.ExitCode == 0, o["codeCells"]!.GetValue<int>(), failures, watch.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NullReferenceException or InvalidOperationException)
        {
            return new Result(notebook, output, false, 0, [$"the kernel exited with code {proc.ExitCode}: {(await stderr).Trim()}"], watch.Elapsed.TotalSeconds);
        }
    }

    public static string DotnetHost()
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h
           : Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
}
