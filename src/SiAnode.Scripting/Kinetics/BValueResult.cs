using SiAnode.Scripting.Display;

namespace SiAnode.Scripting.Kinetics;

/// <summary>The power law i_p = a·v^b fitted on log–log axes.</summary>
/// <param name="B">b (0.5: diffusion-controlled; 1: surface-capacitive; outside [0.5, 1] not interpretable by that model).</param>
/// <param name="StandardError">Standard error of b.</param>
/// <param name="ConfidenceLow">Lower end of the 95 % confidence interval of b.</param>
/// <param name="ConfidenceHigh">Upper end.</param>
/// <param name="A">a, in the current unit per (scan-rate unit)^b.</param>
/// <param name="RSquared">R² of the log–log line.</param>
/// <param name="Points">Number of scan rates.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record BValueResult(double B, double StandardError, double ConfidenceLow, double ConfidenceHigh, double A, double RSquared, int Points) : IHtmlRenderable
{
    /// <summary>True when b lies in [0.5, 1], where the diffusion/capacitive reading applies.</summary>
    public bool Interpretable => B >= 0.5 - 1e-9 && B <= 1 + 1e-9;

    /// <inheritdoc />
    public string ToHtml() => HtmlTable.KeyValue("b-value: log i_p = log a + b log v" + (Interpretable ? "" : " (b outside [0.5, 1]: not interpretable as diffusion/capacitive)"),
    [
        ("b", B, ""),
        ("standard error", StandardError, ""),
        ("95 % CI low", ConfidenceLow, ""),
        ("95 % CI high", ConfidenceHigh, ""),
        ("R²", RSquared, ""),
        ("scan rates", Points, ""),
    ]);
}
