namespace SiAnode.Scripting.Fitting;

/// <summary>A parameter after the fit.</summary>
/// <param name="Name">Name.</param>
/// <param name="Value">Best-fit value.</param>
/// <param name="StandardError">√ of the covariance diagonal s²(JᵀJ)⁻¹; for tied parameters by the delta method; 0 for fixed; NaN when the covariance is singular.</param>
/// <param name="InitialValue">The starting value.</param>
/// <param name="Min">Lower bound.</param>
/// <param name="Max">Upper bound.</param>
/// <param name="Varied">Whether the fit varied it.</param>
/// <param name="Expression">Its tie expression, or null.</param>
public sealed record FittedParameter(string Name, double Value, double StandardError, double InitialValue, double Min, double Max, bool Varied, string? Expression)
{
    /// <summary>True when the value sits on one of its bounds (its standard error is then not meaningful).</summary>
    public bool AtBound => Value <= Min || Value >= Max;
}
