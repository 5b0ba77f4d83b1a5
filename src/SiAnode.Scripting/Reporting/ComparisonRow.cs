namespace SiAnode.Scripting.Reporting;

/// <summary>One line of results.csv: a number computed by the pipeline beside the paper's value.</summary>
/// <param name="Figure">Figure as the paper names it, e.g. "S15f", "1g", "2e".</param>
/// <param name="Quantity">What the number is.</param>
/// <param name="Sample">Sample (and condition where it matters).</param>
/// <param name="Unit">Unit of both numbers.</param>
/// <param name="Paper">The paper's value, or null when the paper reports none (an implied or derived quantity).</param>
/// <param name="Ours">The value computed at run time by the pipeline.</param>
/// <param name="Data">Which kind of data the pipeline ran on.</param>
/// <param name="Note">How "ours" was obtained, in a few words.</param>
public sealed record ComparisonRow(string Figure, string Quantity, string Sample, string Unit, double? Paper, double Ours, DataKind Data, string Note = "")
{
    /// <summary>(ours − paper)/paper, or null without a paper value (or when it is zero).</summary>
    public double? RelativeDifference => Paper is { } p && p != 0 ? (Ours - p) / p : null;

    /// <summary>A row comparing <paramref name="ours"/> with a reported number (its unit is taken from the paper).</summary>
    public static ComparisonRow Against(ReportedNumber paper, string figure, double ours, DataKind data, string note = "", string? quantity = null, string? sample = null)
        => new(figure, quantity ?? paper.Quantity, sample ?? paper.Sample, paper.Unit, paper.Value, ours, data, note);
}
