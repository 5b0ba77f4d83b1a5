namespace SiAnode.Scripting.Tabular;

/// <summary>One named column of a <see cref="ColumnTable"/>: numbers (with a unit) or text.</summary>
/// <param name="Name">Column name, e.g. <c>Voltage</c>.</param>
/// <param name="Unit">Unit of the numbers, e.g. <c>V</c>; empty for text or dimensionless columns.</param>
/// <param name="Numbers">The values when the column is numeric, else null.</param>
/// <param name="Texts">The values when the column is text, else null.</param>
public sealed record TableColumn(string Name, string Unit, IReadOnlyList<double>? Numbers, IReadOnlyList<string>? Texts)
{
    /// <summary>A numeric column.</summary>
    public static TableColumn Of(string name, string unit, IReadOnlyList<double> values) => new(name, unit, values, null);

    /// <summary>A text column.</summary>
    public static TableColumn Of(string name, IReadOnlyList<string> values) => new(name, "", null, values);

    /// <summary>Number of values.</summary>
    public int Count => Numbers?.Count ?? Texts?.Count ?? 0;

    /// <summary>Header text: the name followed by the unit in parentheses.</summary>
    public string Header => Unit.Length == 0 ? Name : $"{Name} ({Unit})";
}
