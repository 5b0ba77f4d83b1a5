namespace SiAnode.Scripting.Kinetics;

/// <summary>Two-sided 95 % quantiles t₀.₉₇₅ of Student's t distribution (standard tables, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2).</summary>
internal static class StudentT
{
    private static readonly double[] Table =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    /// <summary>t₀.₉₇₅ for <paramref name="degreesOfFreedom"/> ≥ 1 (table to 30, then the Cornish–Fisher expansion).</summary>
    public static double Quantile975(int degreesOfFreedom)
    {
        if (degreesOfFreedom < 1) return double.NaN;
        if (degreesOfFreedom <= Table.Length) return Table[degreesOfFreedom - 1];
        double z = 1.959964, v = degreesOfFreedom;
        return z + (z * z * z + z) / (4 * v) + (5 * Math.Pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * v * v);
    }
}
