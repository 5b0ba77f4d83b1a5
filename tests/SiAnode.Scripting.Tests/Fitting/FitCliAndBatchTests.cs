using System.Text.Json;
using SiAnode.Scripting.Fitting;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Fitting;

/// <summary>Tests that redirect Console.Out run alone, so that no other test's console output lands in their capture.</summary>
[CollectionDefinition("Console redirection (fit CLI)", DisableParallelization = true)]
public class FitCliConsoleCollection;

/// <summary>The <c>sianode fit</c> command, the two-column reader and batch fitting.</summary>
[Collection("Console redirection (fit CLI)")]
public class FitCliAndBatchTests
{
    private static (int Code, string Out, string Err) RunCli(params string[] args)
    {
        var oldOut = Console.Out;
        var oldErr = Console.Error;
        var o = new StringWriter();
        var e = new StringWriter();
        try
        {
            Console.SetOut(o);
            Console.SetError(e);
            int code = SiAnode.Scripting.Cli.Program.BuildRoot().Parse(args).Invoke();
            return (code, o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    [Fact]
    public void FitsTwoColumnCsvToJson()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sianode-fit-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "energy;counts\n1;2.1\n2;3.9\n3;6.2\n4;7.8\n5;10.1\n");
        try
        {
            var (code, stdout, stderr) = RunCli("fit", path, "--model", "a + b*x", "--param", "a=0", "--param", "b=1:0:10", "--json");
            Assert.True(code == 0, stderr);
            using var doc = JsonDocument.Parse(stdout);
            var root = doc.RootElement;
            Assert.Equal(path, root.GetProperty("file").GetString());
            // Closed form OLS: b = 1.99, a = 0.05 (tolerance 1e-9).
            Assert.Equal(1.99, root.GetProperty("parameters").GetProperty("b").GetProperty("value").GetDouble(), 9);
            Assert.Equal(0.05, root.GetProperty("parameters").GetProperty("a").GetProperty("value").GetDouble(), 9);
            Assert.True(root.GetProperty("converged").GetBoolean());
            Assert.True(root.GetProperty("iterations").GetInt32() > 0);
            Assert.Equal(0.107, root.GetProperty("rss").GetDouble(), 9);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void MissingParameterAndBadModelAreErrors()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sianode-fit-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "1 2\n2 4\n3 6\n");
        try
        {
            var (code, _, err) = RunCli("fit", path, "--model", "a*x");
            Assert.Equal(2, code);
            Assert.Contains("--param a=", err);
            (code, _, err) = RunCli("fit", path, "--model", "a*(x", "--param", "a=1");
            Assert.Equal(2, code);
            Assert.Contains("character 5", err);
        }
        finally { File.Delete(path); }
    }

    // NIST files carry their model and starts; several files give a JSON array. Tolerance 1e-6 relative vs certified.
    [ReferenceDataFact("nist-strd")]
    public void FitsNistFilesFromTheirOwnModelLine()
    {
        var a = TestPaths.Reference("nist-strd/Misra1a.dat");
        var b = TestPaths.Reference("nist-strd/Thurber.dat");
        var (code, stdout, stderr) = RunCli("fit", a, b, "--start", "2", "--threads", "2", "--json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        var misra = doc.RootElement[0].GetProperty("parameters");
        Assert.Equal(2.3894212918E+02, misra.GetProperty("b1").GetProperty("value").GetDouble(), 2.4e-4);
        Assert.Equal(2.7070075241E+00, misra.GetProperty("b1").GetProperty("stderr").GetDouble(), 2.7e-6);
        var thurber = doc.RootElement[1].GetProperty("parameters");
        Assert.Equal(1.2881396800E+03, thurber.GetProperty("b1").GetProperty("value").GetDouble(), 1.3e-3);
    }

    [Fact]
    public void XyReaderHandlesSeparatorsHeadersAndComments()
    {
        var (x, y) = XyDataReader.Parse("# comment\nx, y\n1,2\n2;3\n3\t4\n4 5 99\n\n", "t.csv");
        Assert.Equal([1.0, 2, 3, 4], x);
        Assert.Equal([2.0, 3, 4, 5], y);
        var e = Assert.Throws<DataFormatException>(() => XyDataReader.Parse("1,2\n2,abc\n", "bad.csv"));
        Assert.Equal("line 2", e.Position);
    }

    // Batch results equal one-by-one fits (same deterministic algorithm), progress reaches the count.
    [Fact]
    public void BatchFitMatchesSequentialFitsAndReportsProgress()
    {
        var x = Enumerable.Range(0, 200).Select(i => i * 0.1).ToArray();
        var spectra = Enumerable.Range(0, 12).Select(k => x.Select(v => LineShapes.Gaussian(v, 5 + k, 10, 2) + 0.1).ToArray()).ToList();
        var model = Models.Gaussian() + new ExpressionModel("c");
        var pars = new ParameterSet().Add("area", 4, 0).Add("center", 9.5).Add("fwhm", 1.5, 0.01).Add("c", 0);
        int last = 0;
        var progress = new SynchronousProgress(v => Interlocked.Exchange(ref last, Math.Max(last, v)));
        var batch = BatchFit.Spectra(model, pars, x, spectra, threads: 2, progress);
        Assert.Equal(12, last);
        for (int k = 0; k < spectra.Count; k++)
        {
            var single = Fit.Model(model, pars, x, spectra[k]);
            Assert.Equal(single["area"].Value, batch[k]["area"].Value, 12);
            Assert.Equal(5 + k, batch[k]["area"].Value, 8);
        }
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
