namespace SiAnode.Scripting.Formats.Potentiostats;

/// <summary>One TABLE block of a Gamry .DTA file (e.g. ZCURVE, CURVE1, OCVCURVE): column names, units and numeric rows.</summary>
/// <param name="Name">The block name, e.g. "ZCURVE".</param>
/// <param name="Columns">Column names, e.g. Pt, Time, Freq, Zreal, Zimag.</param>
/// <param name="Units">Units line, one per column (e.g. "Hz", "ohm").</param>
/// <param name="Rows">Values by row; text fields (e.g. overload flags) are NaN.</param>
/// <param name="DeclaredRows">The row count written after TABLE, when the file gives one.</param>
/// <param name="Line">1-based line of the TABLE keyword.</param>
public sealed record GamryTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> Units, IReadOnlyList<double[]> Rows, int? DeclaredRows, int Line)
{
    /// <summary>Values of a column by name (case-insensitive); a <see cref="KeyNotFoundException"/> lists the columns.</summary>
    public double[] Column(string name)
    {
        int j = Columns.ToList().FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
        if (j < 0) throw new KeyNotFoundException($"table {Name} (line {Line}) has no column '{name}'; it has {string.Join(", ", Columns)}");
        return Rows.Select(r => r[j]).ToArray();
    }

    /// <summary>True when the file declared more rows than it holds (a run stopped early).</summary>
    public bool IsTruncated => DeclaredRows is { } n && Rows.Count < n;
}
