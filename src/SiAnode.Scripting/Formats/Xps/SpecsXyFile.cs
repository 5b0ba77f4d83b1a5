namespace SiAnode.Scripting.Formats.Xps;

/// <summary>A SPECS SpecsLab Prodigy .xy export: the serializer settings and the regions.</summary>
/// <param name="Source">The path or description it was read from.</param>
/// <param name="Settings">The "XY-Serializer Export Settings" (Energy Axis, Count Rate, Separate Scan Data, ...).</param>
/// <param name="Regions">Regions in file order.</param>
public sealed record SpecsXyFile(string Source, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<SpecsXyRegion> Regions)
{
    /// <summary>The region of that name (ordinal, case-insensitive); throws listing the names.</summary>
    public SpecsXyRegion this[string name] => Regions.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"no region '{name}'; the file has: {string.Join(", ", Regions.Select(r => r.Name))}");
}
