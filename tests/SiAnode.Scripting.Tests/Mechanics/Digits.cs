namespace SiAnode.Scripting.Tests.Mechanics;

/// <summary>Assertions on published values: "agrees to the printed digits" means |actual − expected| ≤ ½ unit of the last printed decimal.</summary>
internal static class Digits
{
    /// <summary>Asserts |actual − expected| ≤ 0.5·10^−decimals (plus 1e-15 for the binary representation).</summary>
    public static void Equal(double expected, double actual, int decimals)
    {
        double tol = 0.5 * Math.Pow(10, -decimals) + 1e-15;
        Assert.True(Math.Abs(actual - expected) <= tol,
            FormattableString.Invariant($"expected {expected} to {decimals} decimals (±{tol:G3}), got {actual:G17} (off by {actual - expected:G3})"));
    }

    /// <summary>Asserts |actual − expected| ≤ tolerance.</summary>
    public static void Within(double expected, double actual, double tolerance)
        => Assert.True(Math.Abs(actual - expected) <= tolerance,
            FormattableString.Invariant($"expected {expected:G10} ± {tolerance:G3}, got {actual:G17} (off by {actual - expected:G3})"));
}
