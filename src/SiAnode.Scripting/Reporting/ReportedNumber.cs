namespace SiAnode.Scripting.Reporting;

/// <summary>One number the paper reports, as digitised in <c>data/reported/liu2025-reported-numbers.csv</c>.</summary>
/// <param name="Quantity">What is measured, e.g. "stack energy density".</param>
/// <param name="Sample">The sample, e.g. "p-mSi@SiOx/C".</param>
/// <param name="Text">The value as printed, e.g. "~726", "20-22", "1:1.14".</param>
/// <param name="Value">The number (the midpoint of a range), or null when the text is not a number.</param>
/// <param name="IsApproximate">True when printed with "~".</param>
/// <param name="Low">Lower end of a range ("20-22"), else equal to <paramref name="Value"/>.</param>
/// <param name="High">Upper end of a range, else equal to <paramref name="Value"/>.</param>
/// <param name="Unit">Unit as printed.</param>
/// <param name="Figure">Figure or table, e.g. "S15f/TableS3".</param>
/// <param name="Condition">Measurement condition, e.g. "5 A/g Eq2".</param>
/// <param name="Line">Line of the CSV file it came from.</param>
public sealed record ReportedNumber(string Quantity, string Sample, string Text, double? Value, bool IsApproximate,
    double? Low, double? High, string Unit, string Figure, string Condition, int Line)
{
    /// <summary>The value, or an error naming the row when the paper's text is not a single number.</summary>
    public double RequireValue() => Value ?? throw new InvalidOperationException(
        $"reported '{Quantity}' for '{Sample}' ({Figure}, line {Line}) is '{Text}', not a number");
}
