using SiAnode.Scripting.Kernel;
using static SiAnode.Scripting.Tests.Kernel.NotebookBuilder;

namespace SiAnode.Scripting.Tests.Kernel;

/// <summary>
/// The headless kernel against the semantics of the last .NET Interactive C# kernel (../shared/design/notebooks.md): chained
/// submissions, trailing-expression results only without a semicolon, display(), keep going after a failing cell, current
/// directory = the notebook's folder, #r/#load relative to it.
/// </summary>
public class NotebookRunnerTests(TempFolder temp) : IClassFixture<TempFolder>
{
    private async Task<(NotebookRunResult Result, string Executed)> Run(string name, params string[] cells)
    {
        string nb = Write(temp.Path, name + ".ipynb", cells);
        string executed = Path.Combine(temp.Path, "out", name + ".ipynb");
        var result = await NotebookRunner.RunAsync(nb, executed, Path.Combine(temp.Path, "cache"));
        return (result, executed);
    }

    [Fact]
    public async Task State_carries_across_cells_and_a_trailing_expression_is_the_result()
    {
        var (r, x) = await Run("state", "var x = 40;", "record P(int V);", "x + 2", "new P(x).V");
        Assert.True(r.Passed);
        Assert.Empty(Outputs(x, 0));
        var result = Outputs(x, 2).Single()!;
        Assert.Equal("execute_result", result["output_type"]!.GetValue<string>());
        Assert.Equal(3, result["execution_count"]!.GetValue<int>());
        Assert.Contains("42", Text(result["data"]!["text/html"]));
        Assert.Contains("40", Text(Outputs(x, 3).Single()!["data"]!["text/html"]));
    }

    [Fact]
    public async Task A_semicolon_or_a_void_call_shows_no_result_but_output_is_kept()
    {
        var (r, x) = await Run("semicolon", "Math.Max(1, 2);", "Console.WriteLine(\"hello\")", "\"text\"");
        Assert.True(r.Passed);
        Assert.Empty(Outputs(x, 0));
        var stream = Outputs(x, 1).Single()!;
        Assert.Equal(("stream", "stdout", "hello\n"), (stream["output_type"]!.GetValue<string>(), stream["name"]!.GetValue<string>(), Text(stream["text"])));
        Assert.Equal("text", Text(Outputs(x, 2).Single()!["data"]!["text/plain"]));
    }

    [Fact]
    public async Task Display_adds_outputs_in_order_with_streams_between()
    {
        var (r, x) = await Run("display", "Console.Write(\"a\"); display(\"<b>b</b>\"); display(HTML(\"<i>c</i>\")); Console.Write(\"d\");");
        Assert.True(r.Passed);
        var o = Outputs(x, 0);
        Assert.Equal(["stream", "display_data", "display_data", "stream"], o.Select(n => n!["output_type"]!.GetValue<string>()));
        Assert.Equal("<b>b</b>", Text(o[1]!["data"]!["text/plain"]));
        Assert.Equal("<i>c</i>", Text(o[2]!["data"]!["text/html"]));
    }

    [Fact]
    public async Task A_failing_cell_is_recorded_and_the_run_goes_on_but_fails()
    {
        var (r, x) = await Run("failing", "int a = 1;", "throw new InvalidOperationException(\"boom\");", "a + 1");
        Assert.False(r.Passed);
        var failure = Assert.Single(r.Failures);
        Assert.Equal(2, failure.Cell);
        Assert.Contains("boom", failure.Error);
        var error = Outputs(x, 1).Single()!;
        Assert.Equal("error", error["output_type"]!.GetValue<string>());
        Assert.Equal("System.InvalidOperationException", error["ename"]!.GetValue<string>());
        Assert.Equal("boom", error["evalue"]!.GetValue<string>());
        Assert.Contains("2", Text(Outputs(x, 2).Single()!["data"]!["text/html"]));
    }

    [Fact]
    public async Task A_compilation_error_names_the_line_column_and_code()
    {
        var (r, x) = await Run("compile", "md:# title", "int ok = 1;\nint bad = \"s\";");
        Assert.False(r.Passed);
        Assert.Equal(2, r.Failures.Single().Cell); // cells are counted with the markdown cell
        var error = Outputs(x, 1).Single()!;
        Assert.Equal("CompilationError", error["ename"]!.GetValue<string>());
        Assert.Contains("(2,11): error CS0029", error["evalue"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unsupported_magics_and_kernels_are_errors_not_silence()
    {
        var (r, x) = await Run("magic", "#!time\n1", "#!fsharp\nlet x = 1");
        Assert.Equal(2, r.Failures.Count);
        Assert.Contains("#!time", Outputs(x, 0).Single()!["evalue"]!.GetValue<string>());
        Assert.Equal("UnsupportedKernel", Outputs(x, 1).Single()!["ename"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_notebook_folder_is_the_current_directory_and_resolves_r_and_load()
    {
        File.WriteAllText(Path.Combine(temp.Path, "here.txt"), "x");
        File.WriteAllText(Path.Combine(temp.Path, "helper.csx"), "int Twice(int v) => 2 * v;");
        File.Copy(typeof(SiAnode.Scripting.Energy.StackEnergyDensity).Assembly.Location, Path.Combine(temp.Path, "Core.dll"), true);
        var (r, x) = await Run("paths",
            "System.IO.File.Exists(\"here.txt\")",
            "#load \"helper.csx\"\nTwice(21)",
            "#r \"Core.dll\"\nSiAnode.Scripting.Energy.StackEnergyDensity.WhPerL(1000, 0.4)",
            "#!csharp\nawait Task.Delay(1);\n\"awaited\"");
        Assert.True(r.Passed, string.Join("; ", r.Failures));
        Assert.Contains("True", Text(Outputs(x, 0).Single()!["data"]!["text/html"]));
        Assert.Contains("42", Text(Outputs(x, 1).Single()!["data"]!["text/html"]));
        Assert.Contains("836.1158", Text(Outputs(x, 2).Single()!["data"]!["text/html"]));
        Assert.Equal("awaited", Text(Outputs(x, 3).Single()!["data"]!["text/plain"]));
    }

    [Fact]
    public async Task The_executed_copy_is_nbformat_4_and_keeps_everything_else()
    {
        var (_, x) = await Run("copy", "md:# Title\ntext", "1");
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(x))!;
        Assert.Equal(4, root["nbformat"]!.GetValue<int>());
        Assert.Equal(".net-csharp", root["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("# Title\ntext", Text(Cells(x)[0]!["source"]));
        Assert.Null(Cells(x)[0]!["outputs"]);
        Assert.Equal(1, Cells(x)[1]!["execution_count"]!.GetValue<int>());
        Assert.Equal("csharp", Cells(x)[1]!["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_notebook_that_is_not_json_names_the_file()
    {
        string bad = Path.Combine(temp.Path, "bad.ipynb");
        File.WriteAllText(bad, "{ not json");
        var e = await Assert.ThrowsAnyAsync<Exception>(() => NotebookRunner.RunAsync(bad, Path.Combine(temp.Path, "o.ipynb")));
        Assert.Contains("bad.ipynb", e.Message);
        Assert.Contains("JSON", e.Message);
    }

    [Fact]
    public void Kernel_directives_are_taken_out_and_blank_lines_keep_positions()
    {
        var d = CellDirectives.Parse("#i \"nuget: ../feed\"\n#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget: Deedle\"\nvar x = 1;", "/base/dir");
        Assert.Equal([new PackageRequest("Plotly.NET", "6.0.0"), new PackageRequest("Deedle", null)], d.Packages);
        Assert.Equal(["/base/feed"], d.Sources);
        Assert.Equal("\n\n\nvar x = 1;", d.Code);
    }

    [Fact]
    public void Extension_scripts_run_their_csharp_sections()
        => Assert.Equal("Setup();", ExtensionScript.CSharpOf("#!meta\n\n{\"kernelInfo\":{}}\n\n#!csharp\n\nSetup();\n\n#!fsharp\nlet a = 1\n"));
}
