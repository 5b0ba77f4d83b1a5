using SiAnode.Scripting.Synthetic;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Synthetic;

/// <summary>
/// Data honesty for kind-2 data: the files committed under data/synthetic are exactly what their seeded generators write
/// (so nobody edited a "measurement" by hand), and each says it is synthetic.
/// </summary>
public class SyntheticDataTests
{
    [Fact]
    public void Every_dataset_folder_has_a_generator()
    {
        string root = Path.Combine(TestPaths.Data, "synthetic");
        var folders = Directory.Exists(root) ? Directory.GetDirectories(root).Select(Path.GetFileName).ToList() : [];
        Assert.All(folders, f => Assert.Contains(f, SyntheticDatasets.All.Select(d => d.Name)));
    }

    [Fact]
    public void Committed_files_equal_a_fresh_seeded_run()
    {
        foreach (var dataset in SyntheticDatasets.All) Check(dataset);
    }

    private static void Check(ISyntheticDataset dataset)
    {
        string name = dataset.Name;
        string fresh = Directory.CreateTempSubdirectory("sianode-synth-").FullName;
        try
        {
            var written = dataset.Write(fresh);
            Assert.NotEmpty(written);
            foreach (var path in written)
            {
                string relative = Path.GetRelativePath(fresh, path);
                string committed = Path.Combine(TestPaths.Data, "synthetic", name, relative);
                Assert.True(File.Exists(committed), $"{committed} is missing: run 'sianode synth --only {name}' and commit");
                Assert.True(File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{committed} differs from its generator's output");
                string text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(path));
                Assert.True(text.Contains("SYNTHETIC", StringComparison.OrdinalIgnoreCase) || File.Exists(path + ".README.txt"),
                    $"{relative} must say it is synthetic (in its header, or in a sidecar .README.txt)");
            }
        }
        finally
        {
            Directory.Delete(fresh, true);
        }
    }
}
