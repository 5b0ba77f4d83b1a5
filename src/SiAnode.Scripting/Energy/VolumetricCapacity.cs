namespace SiAnode.Scripting.Energy;

/// <summary>Volumetric capacity of an anode material (Ah/L, equal to mAh/cm³) from its gravimetric capacity.</summary>
public static class VolumetricCapacity
{
    /// <summary>F/3.6: the charge of one mole of electrons in mAh/mol (96485.33212 C/mol ÷ 3.6 C/mAh).</summary>
    public const double FaradayMilliampHoursPerMole = 96485.33212 / 3.6;

    /// <summary>Partial molar volume of Li in lithiated alloys, ≈ 9 cm³/mol (≈ 15 Å³ per Li; Obrovac &amp; Chevrier 2014).</summary>
    public const double DefaultLithiumMolarVolumeCm3PerMol = 9.0;

    /// <summary>Q_v = Q_g·ρ: capacity per volume of unlithiated material.</summary>
    /// <param name="capacityMilliampHoursPerGram">Q_g, reversible gravimetric capacity (mAh/g).</param>
    /// <param name="densityGramsPerCm3">ρ, density of the unlithiated material (g/cm³), e.g. 2.33 for Si.</param>
    /// <returns>Q_v in Ah/L.</returns>
    public static double Unlithiated(double capacityMilliampHoursPerGram, double densityGramsPerCm3)
    {
        StackCellDesign.NonNegative(capacityMilliampHoursPerGram, nameof(capacityMilliampHoursPerGram));
        StackCellDesign.Positive(densityGramsPerCm3, nameof(densityGramsPerCm3));
        return capacityMilliampHoursPerGram * densityGramsPerCm3;
    }

    /// <summary>
    /// Obrovac's lithiated-state convention: Q_v = (1 − φ)·Q_g / (1/ρ + Q_g·v_Li/F′), the capacity per volume of the fully
    /// lithiated material, where each stored Li adds its partial molar volume v_Li to the host volume 1/ρ.
    /// For Si at 3579 mAh/g and 2.33 g/cm³ this gives 2194.3 Ah/L (Obrovac &amp; Chevrier, Chem. Rev. 114, 11444, 2014).
    /// </summary>
    /// <param name="capacityMilliampHoursPerGram">Q_g (mAh/g).</param>
    /// <param name="densityGramsPerCm3">ρ of the unlithiated material (g/cm³).</param>
    /// <param name="lithiumMolarVolumeCm3PerMol">v_Li (cm³/mol), default 9.</param>
    /// <param name="porosity">φ, volume fraction of pores, binder and carbon (0 ≤ φ &lt; 1).</param>
    /// <returns>Q_v in Ah/L.</returns>
    public static double Lithiated(double capacityMilliampHoursPerGram, double densityGramsPerCm3,
        double lithiumMolarVolumeCm3PerMol = DefaultLithiumMolarVolumeCm3PerMol, double porosity = 0.0)
    {
        StackCellDesign.NonNegative(capacityMilliampHoursPerGram, nameof(capacityMilliampHoursPerGram));
        StackCellDesign.Positive(densityGramsPerCm3, nameof(densityGramsPerCm3));
        StackCellDesign.NonNegative(lithiumMolarVolumeCm3PerMol, nameof(lithiumMolarVolumeCm3PerMol));
        if (!(porosity >= 0 && porosity < 1))
            throw new ArgumentOutOfRangeException(nameof(porosity), porosity, "must lie in [0, 1)");
        double volumePerGram = 1.0 / densityGramsPerCm3 + capacityMilliampHoursPerGram * lithiumMolarVolumeCm3PerMol / FaradayMilliampHoursPerMole;
        return (1.0 - porosity) * capacityMilliampHoursPerGram / volumePerGram;
    }

    /// <summary>Q_v by the chosen <paramref name="convention"/> (porosity and v_Li apply to <see cref="CapacityConvention.Lithiated"/> only).</summary>
    public static double From(CapacityConvention convention, double capacityMilliampHoursPerGram, double densityGramsPerCm3,
        double lithiumMolarVolumeCm3PerMol = DefaultLithiumMolarVolumeCm3PerMol, double porosity = 0.0) => convention switch
    {
        CapacityConvention.Unlithiated => Unlithiated(capacityMilliampHoursPerGram, densityGramsPerCm3),
        CapacityConvention.Lithiated => Lithiated(capacityMilliampHoursPerGram, densityGramsPerCm3, lithiumMolarVolumeCm3PerMol, porosity),
        _ => throw new ArgumentOutOfRangeException(nameof(convention), convention, "unknown capacity convention"),
    };
}
