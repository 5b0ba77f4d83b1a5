namespace SiAnode.Scripting.Synthetic;

/// <summary>
/// A documented, seeded generator of synthetic instrument files (data kind 2): it writes files in a real instrument format
/// from the paper's reported values and a stated physical model, so that a notebook can run the real pipeline on them and
/// recover those values. Every file it writes says, in its header or a sidecar, that it is synthetic and how it was made.
/// Implementations are found by reflection (<see cref="SyntheticDatasets.All"/>); <c>sianode synth</c> rewrites them all, and a
/// test checks that the committed files equal a fresh run (same seed, same bytes).
/// </summary>
public interface ISyntheticDataset
{
    /// <summary>Folder name under data/synthetic/, e.g. "porosity".</summary>
    string Name { get; }

    /// <summary>What it generates, from which reported values, with which model and seed.</summary>
    string Description { get; }

    /// <summary>Writes the files into <paramref name="directory"/> (created if needed) and returns their paths.</summary>
    IReadOnlyList<string> Write(string directory);
}

/// <summary>Finds the synthetic datasets of this assembly.</summary>
public static class SyntheticDatasets
{
    /// <summary>Every <see cref="ISyntheticDataset"/> in the core library, ordered by name.</summary>
    public static IReadOnlyList<ISyntheticDataset> All { get; } = typeof(ISyntheticDataset).Assembly.GetTypes()
        .Where(t => typeof(ISyntheticDataset).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (ISyntheticDataset)Activator.CreateInstance(t)!)
        .OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

    /// <summary>Writes every dataset into <paramref name="root"/>/NAME/.</summary>
    public static IReadOnlyList<string> WriteAll(string root)
        => All.SelectMany(d => d.Write(Path.Combine(root, d.Name))).ToList();
}
