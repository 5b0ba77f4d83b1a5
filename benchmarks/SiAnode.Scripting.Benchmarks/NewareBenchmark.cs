using System.Diagnostics;
using System.Globalization;
using SiAnode.Scripting.Cycling;
using SiAnode.Scripting.Formats.Cyclers;

namespace SiAnode.Scripting.Benchmarks;

/// <summary>
/// NEWARE loader throughput: the largest reference file (TESTCELL .ndax, 77,745 rows; NewareNDA needs 0.37 s for it) read
/// repeatedly, then a scaling check on a synthetic v29 .nda of N rows (default 10 million) written by <see cref="NewareNdaWriter"/>
/// in a temporary folder. Args: [rows] [repeats].
/// </summary>
public sealed class NewareBenchmark : IBenchmark
{
    private const double NewareNdaSeconds = 0.37;
    private const int NewareNdaRows = 77_745;

    /// <inheritdoc />
    public string Name => "neware";

    /// <inheritdoc />
    public string Description => "NEWARE .ndax/.nda parse rows/s vs NewareNDA (0.37 s for 77,745 rows) and a 10-million-row scaling check";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        int rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
        int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var ic = CultureInfo.InvariantCulture;
        bool linux = File.Exists("/proc/loadavg");

        var real = FindReference("formats/neware-nda/TESTCELL0001-B2-2025-M50T_NewareNDA_Investigation.ndax");
        if (real is null) Console.WriteLine("neware: reference .ndax not found (../shared/reference-data); skipping the real-file part");
        else
        {
            var warm = NewareNdaxReader.Read(real); // JIT
            var times = new List<double>();
            var cpu = new List<double>();
            var proc = Process.GetCurrentProcess();
            for (int i = 0; i < repeats; i++)
            {
                proc.Refresh();
                var c0 = proc.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                var r = NewareNdaxReader.Read(real);
                times.Add(sw.Elapsed.TotalSeconds);
                proc.Refresh();
                cpu.Add((proc.TotalProcessorTime - c0).TotalSeconds);
                if (r.Count != warm.Count) throw new InvalidOperationException("row count changed");
            }
            times.Sort();
            cpu.Sort();
            double med = times[times.Count / 2];
            // on a shared machine wall time includes waiting for a core; process CPU time (all threads, GC included) does not
            Console.WriteLine(string.Create(ic, $"neware: CPU time per read: median {cpu[cpu.Count / 2] * 1000:0.0} ms = {warm.Count / cpu[cpu.Count / 2]:N0} rows/s, speed-up {NewareNdaSeconds / cpu[cpu.Count / 2]:0.0}x; load average {(linux ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a")} on {Environment.ProcessorCount} cores"));
            Console.WriteLine(string.Create(ic, $"neware: {Path.GetFileName(real)}: {warm.Count:N0} rows, median {med * 1000:0.0} ms over {repeats} reads (min {times[0] * 1000:0.0} ms) = {warm.Count / med:N0} rows/s; NewareNDA 0.37 s = {NewareNdaRows / NewareNdaSeconds:N0} rows/s; speed-up {NewareNdaSeconds / med:0.0}x"));
        }

        var dir = Directory.CreateTempSubdirectory("sianode-bench-nda-");
        try
        {
            int points = 500;
            int cycles = Math.Max(1, rows / (2 * points + 6));
            var rec = SyntheticCycling.Galvanostatic(cycles, points);
            var path = Path.Combine(dir.FullName, "synthetic.nda");
            var sw = Stopwatch.StartNew();
            NewareNdaWriter.Write(rec, path);
            double write = sw.Elapsed.TotalSeconds;
            long bytes = new FileInfo(path).Length;
            rec = null;
            GC.Collect();
            NewareNdaReader.Read(path, CycleMode.Vendor); // warm the page cache and JIT
            GC.Collect();
            var p2 = Process.GetCurrentProcess();
            var cpu0 = p2.TotalProcessorTime;
            sw.Restart();
            var back = NewareNdaReader.Read(path);
            double read = sw.Elapsed.TotalSeconds;
            p2.Refresh();
            double readCpu = (p2.TotalProcessorTime - cpu0).TotalSeconds;
            Console.WriteLine(string.Create(ic, $"neware: synthetic v29 .nda: {back.Count:N0} rows ({bytes / 1e6:0} MB, written in {write:0.00} s) parsed in {read:0.00} s = {back.Count / read:N0} rows/s (CPU {readCpu:0.00} s = {back.Count / readCpu:N0} rows/s; with sort check, step counting, software cycle numbers)"));
            sw.Restart();
            var summary = CycleSummary.Compute(back);
            Console.WriteLine(string.Create(ic, $"neware: per-cycle summary of {summary.Rows.Count:N0} cycles in {sw.Elapsed.TotalSeconds:0.00} s"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
        return 0;
    }

    private static string? FindReference(string relative)
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "SiAnode.Scripting.sln")))
            {
                var p = Path.GetFullPath(Path.Combine(d.FullName, "..", "shared", "reference-data", relative));
                return File.Exists(p) ? p : null;
            }
        return null;
    }
}
