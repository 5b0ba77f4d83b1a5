using System.Diagnostics;
using System.Globalization;
using SiAnode.Scripting.Formats.Potentiostats;
using SiAnode.Scripting.Impedance;

namespace SiAnode.Scripting.Benchmarks;

/// <summary>
/// Times the CPE-circuit fit of issue 7 on impedance.py's exampleData.csv (capacitive points). impedance.py cannot be installed
/// on this machine (no PyPI, no Debian package), so the ratio is to the 0.11–0.25 s per fit the issue states for it here.
/// </summary>
public sealed class EisFitBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "eis-fit";

    /// <inheritdoc />
    public string Description => "R0-p(R1,CPE1)-p(R2,CPE2)-W1 on exampleData.csv: ms per fit, vs impedance.py's stated 0.11-0.25 s";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        int repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        string file = Path.Combine(FindRepo(), "tests", "fixtures", "eis", "exampleData.csv");
        var s = ImpedanceFile.Load(file).CapacitiveOnly();
        double[] start = [.01, .01, 10, 0.9, .01, 10, 0.9, 0.01];
        const string circuit = "R0-p(R1,CPE1)-p(R2,CPE2)-W1";
        var warm = EisFit.Fit(s, circuit, start); // JIT
        var times = new double[repeats];
        for (int k = 0; k < repeats; k++)
        {
            var sw = Stopwatch.StartNew();
            var r = EisFit.Fit(s, circuit, start);
            times[k] = sw.Elapsed.TotalMilliseconds;
            if (Math.Abs(r.Fit.SumOfSquares / warm.Fit.SumOfSquares - 1) > 1e-9) throw new InvalidOperationException("fits differ between repeats");
        }
        Array.Sort(times);
        double median = times[repeats / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"eis-fit: {s.Count} points, {circuit}, RSS {warm.Fit.SumOfSquares:G6}, {warm.Fit.Iterations} iterations"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  median {median:0.00} ms per fit (min {times[0]:0.00}, max {times[^1]:0.00}) over {repeats} fits = {1000 / median:0} fits/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  vs impedance.py 110-250 ms per fit (issue 7, this kind of machine; not run here): {110 / median:0}x to {250 / median:0}x"));
        return 0;
    }

    private static string FindRepo()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "SiAnode.Scripting.sln"))) return d.FullName;
        throw new DirectoryNotFoundException("SiAnode.Scripting.sln not found above " + AppContext.BaseDirectory);
    }
}
