using System.Text.Json.Nodes;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Notebooks;

/// <summary>
/// Every notebook in notebooks/ is a clean nbformat 4 notebook that the real .NET Interactive kernel opens as C#
/// (metadata of ../shared/design/notebooks.md) and references the library as a NuGet package from the local feed.
/// </summary>
public class NotebookFileTests
{
    public static TheoryData<string> All() => new(Directory.GetFiles(TestPaths.Notebooks, "*.ipynb").Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(All))]
    public void Notebook_has_the_kernel_metadata_and_no_stored_outputs(string name)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Notebooks, name)))!.AsObject();
        Assert.Equal(4, root["nbformat"]!.GetValue<int>());
        Assert.True(root["nbformat_minor"]!.GetValue<int>() >= 2);
        var md = root["metadata"]!;
        Assert.Equal((".NET (C#)", "C#", ".net-csharp"), (md["kernelspec"]!["display_name"]!.GetValue<string>(), md["kernelspec"]!["language"]!.GetValue<string>(), md["kernelspec"]!["name"]!.GetValue<string>()));
        Assert.Equal("polyglot-notebook", md["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", md["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        var code = root["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code").ToList();
        Assert.NotEmpty(code);
        foreach (var c in code)
        {
            Assert.Equal("csharp", c!["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
            Assert.Equal("csharp", c["metadata"]!["dotnet_interactive"]!["language"]!.GetValue<string>());
            Assert.Empty(c["outputs"]!.AsArray());
        }
        string first = string.Concat(code[0]!["source"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Contains("#i \"nuget: ../artifacts/packages\"", first);
        Assert.Contains("#r \"nuget: SiAnode.Scripting.Notebooks, 0.1.0\"", first);
        string markdown = string.Concat(root["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "markdown")
            .SelectMany(c => c!["source"]!.AsArray()).Select(x => x!.GetValue<string>()));
        Assert.Matches(@"\*\*Data: (reported|synthetic|real)", markdown); // data honesty: every notebook says which kind it shows
    }
}
