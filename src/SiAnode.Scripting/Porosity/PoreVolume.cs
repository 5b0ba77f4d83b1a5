namespace SiAnode.Scripting.Porosity;

/// <summary>
/// Single-point total pore volume by the Gurvich rule (Rouquerol et al., Adsorption by Powders and Porous Solids, 2nd ed. 2014, §8.2;
/// ISO 15901-2 §8): the amount adsorbed at a high p/p₀ (0.95–0.99) taken as liquid adsorptive filling the pores,
/// V_p = n(p/p₀)·M/(ρ_L·22 414). For N₂ (ρ_L = 0.808 g/cm³) this is 0.0015468 cm³ of liquid per cm³(STP).
/// </summary>
public static class PoreVolume
{
    /// <summary>Total pore volume (cm³ liquid/g) at <paramref name="relativePressure"/>, interpolated linearly on the chosen branch.</summary>
    /// <param name="isotherm">The isotherm.</param>
    /// <param name="relativePressure">p/p₀ at which the amount is read (0.95 by default; the paper's total volumes are usually at 0.99).</param>
    /// <param name="branch">Adsorption (default) or desorption branch.</param>
    public static TotalPoreVolumeResult Total(Isotherm isotherm, double relativePressure = 0.95, IsothermBranch branch = IsothermBranch.Adsorption)
    {
        ArgumentNullException.ThrowIfNull(isotherm);
        if (!(relativePressure > 0 && relativePressure < 1))
            throw new ArgumentOutOfRangeException(nameof(relativePressure), relativePressure, "must be between 0 and 1");
        var (p, n) = isotherm.GetBranch(branch);
        if (p.Length < 2 || relativePressure < p[0] || relativePressure > p[^1])
            throw new ArgumentOutOfRangeException(nameof(relativePressure), relativePressure,
                p.Length < 2 ? $"the {branch} branch has fewer than 2 points"
                : FormattableString.Invariant($"outside the measured {branch} range p/p0 {p[0]:0.####}–{p[^1]:0.####}; no extrapolation"));
        int k = 0;
        while (k + 2 < p.Length && p[k + 1] < relativePressure) k++;
        double amount = p[k + 1] == p[k] ? n[k] : n[k] + (relativePressure - p[k]) / (p[k + 1] - p[k]) * (n[k + 1] - n[k]);
        return new TotalPoreVolumeResult(relativePressure, amount, amount * isotherm.Adsorbate.LiquidCm3PerCm3Stp, branch);
    }
}

/// <summary>A single-point total pore volume.</summary>
/// <param name="RelativePressure">p/p₀ at which the amount was read.</param>
/// <param name="AmountCm3StpPerGram">Amount adsorbed there (cm³ STP/g).</param>
/// <param name="VolumeCm3PerGram">Pore volume as liquid adsorptive (cm³/g).</param>
/// <param name="Branch">Branch read.</param>
public sealed record TotalPoreVolumeResult(double RelativePressure, double AmountCm3StpPerGram, double VolumeCm3PerGram, IsothermBranch Branch);
