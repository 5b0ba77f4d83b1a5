using Microsoft.DotNet.Interactive.Formatting;
using SiAnode.Scripting.Energy;
using SiAnode.Scripting.Notebooks;
using SiAnode.Scripting.Notebooks.Frames;
using SiAnode.Scripting.Notebooks.Plotting;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Tests.Display;

/// <summary>
/// Display through Microsoft.DotNet.Interactive.Formatting, the library the .NET Interactive kernel formats with (and the
/// project's headless kernel too): our types by the name-matched formatter-source attribute, foreign types after Setup().
/// </summary>
public class FormatterTests
{
    [Fact]
    public void Our_results_render_as_html_tables_with_units_without_any_setup()
    {
        string html = Formatter.ToDisplayString(StackEnergyDensity.Compute(2616.59, 0.7568), "text/html");
        Assert.Contains("<table class=\"sianode\"", html);
        Assert.Contains("Wh/L", html);
        Assert.Contains("896.414", html);
        Assert.Equal("text/html", Formatter.GetPreferredMimeTypesFor(typeof(StackEnergyDensityResult)).First());
    }

    [Fact]
    public void Long_tables_are_cut_with_a_count_of_the_rows_left_out()
    {
        var t = new ColumnTable([TableColumn.Of("x", "s", Enumerable.Range(0, 1000).Select(i => (double)i).ToArray())]);
        string html = t.ToHtml(10);
        Assert.Contains("990 more rows (1000 in all)", html);
        Assert.Contains(">999<", html);
        Assert.DoesNotContain(">500<", html);
        Assert.Contains("x (s)", html);
    }

    [Fact]
    public void Columns_of_different_length_are_rejected()
        => Assert.Throws<ArgumentException>(() => new ColumnTable([TableColumn.Of("a", "", [1.0]), TableColumn.Of("b", "", [1.0, 2.0])]));

    [Fact]
    public void Table_csv_is_invariant_and_names_units()
    {
        var t = new ColumnTable([TableColumn.Of("Voltage", "V", [0.1, 1e-7]), TableColumn.Of("step", ["CC, chg", "rest"])]);
        Assert.Equal("Voltage (V),step\n0.1,\"CC, chg\"\n1E-07,rest\n", t.ToCsv());
    }

    [Fact]
    public void Setup_registers_charts_and_frames_and_inlines_plotly_once()
    {
        Assert.True(NotebookSetup.Setup());
        Assert.True(NotebookSetup.Setup()); // idempotent
        PlotlyOffline.ResetSession();
        var chart = Plotly.NET.CSharp.Chart.Line<double, double, string>(x: [1.0, 2.0], y: [3.0, 4.0]);
        string first = Formatter.ToDisplayString(chart, "text/html");
        string second = Formatter.ToDisplayString(chart, "text/html");
        Assert.Contains("Plotly.newPlot", first);
        Assert.True(first.Length > 1_000_000, "the first chart of a session carries plotly.js");
        Assert.True(second.Length < 100_000, "later charts do not repeat plotly.js");
        // plotly.js itself mentions cdn.plot.ly (its default topojson URL, unused here); what matters is that no script is fetched.
        Assert.DoesNotContain("<script src=", first);
    }

    [Fact]
    public void DataFrame_and_Deedle_frames_render_as_bounded_tables()
    {
        NotebookSetup.Setup();
        var table = new ColumnTable([TableColumn.Of("Voltage", "V", Enumerable.Range(0, 500).Select(i => i * 0.01).ToArray())]);
        string df = Formatter.ToDisplayString(table.ToDataFrame(), "text/html");
        Assert.Contains("Voltage (V)", df);
        Assert.Contains("more rows (500 in all)", df);
        Assert.True(df.Length < 20_000, $"DataFrame html is {df.Length} characters");
        string deedle = Formatter.ToDisplayString(table.ToDeedleFrame(), "text/html");
        Assert.Contains("Voltage (V)", deedle);
        Assert.Contains("more rows (500 in all)", deedle);
        Assert.True(deedle.Length < 20_000, $"Deedle html is {deedle.Length} characters");
    }

    [Fact]
    public void Frames_keep_values_and_units()
    {
        var table = new ColumnTable([TableColumn.Of("I", "mA", [1.5, -2.0]), TableColumn.Of("step", ["CC", "CV"])]);
        var df = table.ToDataFrame();
        Assert.Equal(-2.0, (double)df.Columns["I (mA)"][1]);
        var back = FrameAdapters.ToColumnTable(df);
        Assert.Equal([1.5, -2.0], back["I (mA)"].Numbers!);
        Assert.Equal(["CC", "CV"], back["step"].Texts!);
        var deedle = table.ToDeedleFrame();
        Assert.Equal(1.5, deedle.GetColumn<double>("I (mA)")[0]);
    }

    [Fact]
    public void Standalone_figure_pages_load_nothing_from_the_network()
    {
        var chart = Plotly.NET.CSharp.Chart.Point<double, double, string>(x: [1.0], y: [2.0]);
        var fig = new PaperFigure("T1", "test", Scripting.Reporting.DataKind.Synthetic, chart, "a caption");
        string page = fig.ToStandaloneHtml();
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.DoesNotContain("<script src=", page);
        Assert.DoesNotContain("<link", page);
        Assert.Contains("SYNTHETIC", page);
        var extracted = FigureHtml.Extract(fig.ToHtml());
        Assert.Single(extracted);
        Assert.Equal(("T1", "test", Scripting.Reporting.DataKind.Synthetic), (extracted[0].Id, extracted[0].Title, extracted[0].Data));
        Assert.Contains("a caption", extracted[0].CaptionHtml);
    }
}
