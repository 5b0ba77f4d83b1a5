namespace SiAnode.Scripting.Kinetics;

/// <summary>
/// The GITT diffusion coefficient of Weppner &amp; Huggins, J. Electrochem. Soc. 124, 1569 (1977), for a pulse short against the
/// diffusion time (τ ≪ L²/D): D = (4/(πτ)) · L² · (ΔE_s/ΔE_τ)², with the diffusion length L = m_B·V_M/(M_B·S) (film of the
/// electrode's molar volume over area S) or R/3 for spheres of radius R (volume/surface). ΔE_τ excludes the IR drop.
/// </summary>
public static class WeppnerHuggins
{
    /// <summary>Molar volume of Si (cm³/mol): 28.0855 g/mol ÷ 2.329 g/cm³ = 12.06.</summary>
    public const double SiliconMolarVolumeCm3PerMol = 12.06;

    /// <summary>L = m_B·V_M/(M_B·S) in cm.</summary>
    /// <param name="activeMassGrams">m_B (g).</param>
    /// <param name="molarVolumeCm3PerMol">V_M (cm³/mol).</param>
    /// <param name="molarMassGramsPerMol">M_B (g/mol).</param>
    /// <param name="areaCm2">S, electrode–electrolyte contact area (cm²): geometric or BET.</param>
    public static double FilmDiffusionLengthCm(double activeMassGrams, double molarVolumeCm3PerMol, double molarMassGramsPerMol, double areaCm2)
    {
        Positive(activeMassGrams, nameof(activeMassGrams));
        Positive(molarVolumeCm3PerMol, nameof(molarVolumeCm3PerMol));
        Positive(molarMassGramsPerMol, nameof(molarMassGramsPerMol));
        Positive(areaCm2, nameof(areaCm2));
        return activeMassGrams * molarVolumeCm3PerMol / (molarMassGramsPerMol * areaCm2);
    }

    /// <summary>L = R/3 (cm) for spherical particles of radius R (µm).</summary>
    public static double SphereDiffusionLengthCm(double particleRadiusMicrometres)
    {
        Positive(particleRadiusMicrometres, nameof(particleRadiusMicrometres));
        return particleRadiusMicrometres * 1e-4 / 3;
    }

    /// <summary>D (cm²/s) = 4L²/(πτ) · (ΔE_s/ΔE_τ)².</summary>
    /// <param name="diffusionLengthCm">L (cm).</param>
    /// <param name="pulseSeconds">τ, pulse duration (s).</param>
    /// <param name="steadyStateChangeVolts">ΔE_s, change of the relaxed voltage over the pulse (V).</param>
    /// <param name="transientChangeVolts">ΔE_τ, voltage change during the pulse without the IR drop (V).</param>
    public static double DiffusionCoefficientCm2PerSecond(double diffusionLengthCm, double pulseSeconds, double steadyStateChangeVolts, double transientChangeVolts)
    {
        Positive(diffusionLengthCm, nameof(diffusionLengthCm));
        Positive(pulseSeconds, nameof(pulseSeconds));
        if (transientChangeVolts == 0 || !double.IsFinite(transientChangeVolts))
            throw new ArgumentOutOfRangeException(nameof(transientChangeVolts), transientChangeVolts, "ΔE_τ must be finite and non-zero");
        double ratio = steadyStateChangeVolts / transientChangeVolts;
        return 4 / (Math.PI * pulseSeconds) * diffusionLengthCm * diffusionLengthCm * ratio * ratio;
    }

    internal static void Positive(double v, string name)
    {
        if (!(v > 0) || !double.IsFinite(v)) throw new ArgumentOutOfRangeException(name, v, "must be finite and greater than zero");
    }
}
