using System.Diagnostics;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Cli;

/// <summary>
/// Runs <c>sianode reproduce --out TEMP</c> once, as a user would (the built CLI in its own process: it packs the libraries,
/// starts a kernel per notebook, and writes the artifacts), for the tests that inspect what it wrote.
/// </summary>
public sealed class ReproduceFixture : IDisposable
{
    public ReproduceFixture()
    {
        OutDir = Directory.CreateTempSubdirectory("sianode-reproduce-").FullName;
        string cli = Path.Combine(TestPaths.RepoRoot, "src", "SiAnode.Scripting.Cli", "bin", TestPaths.Configuration, "net10.0", "sianode.dll");
        if (!File.Exists(cli)) throw new FileNotFoundException($"build the solution first: {cli} is missing", cli);
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = TestPaths.RepoRoot };
        foreach (var a in new[] { cli, "reproduce", "--out", OutDir }) psi.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(15))) { p.Kill(true); throw new TimeoutException("sianode reproduce took over 15 minutes"); }
        ExitCode = p.ExitCode;
        Stdout = o.Result;
        Stderr = e.Result;
        Seconds = watch.Elapsed.TotalSeconds;
    }

    public string OutDir { get; }

    public int ExitCode { get; }

    public string Stdout { get; }

    public string Stderr { get; }

    public double Seconds { get; }

    public void Dispose()
    {
        try { Directory.Delete(OutDir, true); } catch (IOException) { }
    }
}

[CollectionDefinition("reproduce")]
public sealed class ReproduceCollection : ICollectionFixture<ReproduceFixture>;
