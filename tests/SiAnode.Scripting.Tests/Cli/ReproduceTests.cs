using System.Text.RegularExpressions;
using SiAnode.Scripting.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SiAnode.Scripting.Tests.Cli;

/// <summary>What <c>sianode reproduce</c> writes: executed notebooks without errors, offline figures, the gallery and results.csv.</summary>
[Collection("reproduce")]
public class ReproduceTests(ReproduceFixture run, ITestOutputHelper log)
{
    [Fact]
    public void Every_notebook_passes()
    {
        log.WriteLine($"reproduce took {run.Seconds:0.0} s\n{run.Stderr}");
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        int notebooks = Directory.GetFiles(TestPaths.Notebooks, "*.ipynb").Length;
        Assert.Contains($"{notebooks} passed, 0 failed", run.Stdout);
    }

    [Fact]
    public void Executed_notebooks_have_outputs_and_no_errors()
    {
        foreach (var nb in Directory.GetFiles(Path.Combine(run.OutDir, "notebooks"), "*.ipynb"))
        {
            string text = File.ReadAllText(nb);
            Assert.DoesNotContain("\"output_type\": \"error\"", text);
            Assert.Contains("\"output_type\": \"execute_result\"", text);
        }
        Assert.True(File.Exists(Path.Combine(run.OutDir, "notebooks", "FigS15f_StackEnergyDensity.ipynb")));
    }

    [Fact]
    public void Results_csv_has_the_S15f_rows_computed_by_the_notebook()
    {
        var lines = File.ReadAllLines(Path.Combine(run.OutDir, "results.csv"));
        Assert.Equal("figure,quantity,sample,unit,paper,ours,relative_difference,data", lines[0]);
        var graphite = lines.Single(l => l.StartsWith("S15f,stack energy density,graphite,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("726", graphite[4]);
        Assert.Equal(726.2, double.Parse(graphite[5], System.Globalization.CultureInfo.InvariantCulture), 1);
        Assert.Equal("reported", graphite[7]);
        var implied = lines.Single(l => l.Contains("implied average delithiation voltage (Q- = 2.33", StringComparison.Ordinal) && l.Contains("5 A/g", StringComparison.Ordinal));
        Assert.Contains(",0.7568", implied); // analysis.md §B: 0.7568 V
        Assert.All(lines.Skip(1), l => Assert.Matches(",(reported|synthetic|real)$", l));
    }

    [Fact]
    public void Figures_are_self_contained_html()
    {
        var figures = Directory.GetFiles(Path.Combine(run.OutDir, "figures"), "*.html");
        Assert.Contains(figures, f => Path.GetFileName(f) == "S15f.html");
        foreach (var f in figures)
        {
            string html = File.ReadAllText(f);
            Assert.DoesNotMatch(new Regex("<script[^>]+src=", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex("<link[^>]+href=\"?https?:", RegexOptions.IgnoreCase), html);
            Assert.Contains("Plotly.newPlot", html);
            Assert.Matches("Data: (values reported|SYNTHETIC|real public)", html);
        }
    }

    [Fact]
    public void The_gallery_links_figures_notebooks_and_numbers()
    {
        string index = File.ReadAllText(Path.Combine(run.OutDir, "index.html"));
        Assert.Contains("href=\"figures/S15f.html\"", index);
        Assert.Contains("href=\"notebooks/FigS15f_StackEnergyDensity.ipynb\"", index);
        Assert.Contains("href=\"results.csv\"", index);
        Assert.DoesNotMatch(new Regex("(src|href)=\"https?:", RegexOptions.IgnoreCase), index);
    }
}
