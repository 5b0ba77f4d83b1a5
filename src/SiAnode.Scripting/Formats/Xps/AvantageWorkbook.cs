namespace SiAnode.Scripting.Formats.Xps;

/// <summary>A Thermo Scientific Avantage .xlsx export: its region sheets and the others (Peak Table, Titles, Quantifications) as text.</summary>
/// <param name="Source">The path read.</param>
/// <param name="SheetNames">All sheet names in workbook order.</param>
/// <param name="Regions">The region sheets (those with an "Axis | Energy | Elements=" row).</param>
/// <param name="OtherSheets">The remaining sheets, as rows of cell texts (numbers in invariant culture).</param>
public sealed record AvantageWorkbook(string Source, IReadOnlyList<string> SheetNames, IReadOnlyList<AvantageRegion> Regions,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> OtherSheets)
{
    /// <summary>The region of that name ("C1s") or sheet name ("C1s Scan"), ordinal case-insensitive; throws listing them.</summary>
    public AvantageRegion this[string name] => Regions.FirstOrDefault(r =>
            string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(r.SheetName, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"no region '{name}'; the workbook has: {string.Join(", ", Regions.Select(r => r.Name))}");
}
