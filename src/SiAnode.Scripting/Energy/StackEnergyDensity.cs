namespace SiAnode.Scripting.Energy;

/// <summary>
/// Obrovac's stack energy density, Eq. 2 of Liu et al., Nano-Micro Lett. 17:297 (2025):
/// U_R = Q⁺L⁺(V⁺ − V̄⁻) / (L_inact + L⁺ + N/P·Q⁺L⁺/Q⁻).
/// With the default design this is U_R = 58327.5 (3.9 − V̄⁻) / (70 + 110 (1 + 583.275/Q⁻)) Wh/L.
/// </summary>
public static class StackEnergyDensity
{
    /// <summary>U_R in Wh/L for an anode of volumetric capacity Q⁻ (Ah/L) and average delithiation voltage V̄⁻ (V).</summary>
    public static double WhPerL(double anodeVolumetricCapacityAhPerL, double anodeAverageDelithiationVoltage, StackCellDesign? design = null)
        => Compute(anodeVolumetricCapacityAhPerL, anodeAverageDelithiationVoltage, design).EnergyDensityWhPerL;

    /// <summary>Eq. 2 with every intermediate quantity (anode thickness, stack thickness, cell voltage).</summary>
    /// <param name="anodeVolumetricCapacityAhPerL">Q⁻ (Ah/L), &gt; 0.</param>
    /// <param name="anodeAverageDelithiationVoltage">V̄⁻ (V vs Li/Li⁺).</param>
    /// <param name="design">The cell design; <see cref="StackCellDesign.Obrovac2007LiCoO2"/> when null.</param>
    public static StackEnergyDensityResult Compute(double anodeVolumetricCapacityAhPerL, double anodeAverageDelithiationVoltage, StackCellDesign? design = null)
    {
        design ??= StackCellDesign.Obrovac2007LiCoO2;
        design.Validate();
        StackCellDesign.Positive(anodeVolumetricCapacityAhPerL, nameof(anodeVolumetricCapacityAhPerL));
        if (!double.IsFinite(anodeAverageDelithiationVoltage))
            throw new ArgumentOutOfRangeException(nameof(anodeAverageDelithiationVoltage), anodeAverageDelithiationVoltage, "must be a finite voltage");

        double qL = design.CathodeArealCapacityAhPerLMicrometres;
        double anodeThickness = design.NegativeToPositiveRatio * qL / anodeVolumetricCapacityAhPerL;
        double stack = design.InactiveThicknessMicrometres + design.CathodeThicknessMicrometres + anodeThickness;
        double cellVoltage = design.CathodeAverageVoltage - anodeAverageDelithiationVoltage;
        return new StackEnergyDensityResult(design, anodeVolumetricCapacityAhPerL, anodeAverageDelithiationVoltage,
            anodeThickness, stack, cellVoltage, qL * cellVoltage / stack);
    }

    /// <summary>Eq. 2 from a gravimetric capacity, converted to Q⁻ by <paramref name="convention"/>.</summary>
    /// <param name="capacityMilliampHoursPerGram">Q_g, reversible capacity (mAh/g).</param>
    /// <param name="densityGramsPerCm3">ρ of the unlithiated material (g/cm³).</param>
    /// <param name="anodeAverageDelithiationVoltage">V̄⁻ (V).</param>
    /// <param name="convention">Unlithiated (Q_g·ρ) or Obrovac's lithiated volume.</param>
    /// <param name="design">Cell design; Eq. 2's when null.</param>
    /// <param name="lithiumMolarVolumeCm3PerMol">v_Li for the lithiated convention.</param>
    /// <param name="porosity">φ for the lithiated convention.</param>
    public static StackEnergyDensityResult FromGravimetric(double capacityMilliampHoursPerGram, double densityGramsPerCm3,
        double anodeAverageDelithiationVoltage, CapacityConvention convention = CapacityConvention.Unlithiated,
        StackCellDesign? design = null, double lithiumMolarVolumeCm3PerMol = VolumetricCapacity.DefaultLithiumMolarVolumeCm3PerMol,
        double porosity = 0.0)
        => Compute(VolumetricCapacity.From(convention, capacityMilliampHoursPerGram, densityGramsPerCm3, lithiumMolarVolumeCm3PerMol, porosity),
            anodeAverageDelithiationVoltage, design);

    /// <summary>
    /// The inverse of Eq. 2: the average delithiation voltage that makes an anode of capacity Q⁻ reach U_R,
    /// V̄⁻ = V⁺ − U_R·(L_inact + L⁺ + N/P·Q⁺L⁺/Q⁻)/(Q⁺L⁺). Used to recover what the paper's Table S3 must have contained.
    /// </summary>
    public static double ImpliedAverageDelithiationVoltage(double anodeVolumetricCapacityAhPerL, double energyDensityWhPerL, StackCellDesign? design = null)
    {
        design ??= StackCellDesign.Obrovac2007LiCoO2;
        design.Validate();
        StackCellDesign.Positive(anodeVolumetricCapacityAhPerL, nameof(anodeVolumetricCapacityAhPerL));
        StackCellDesign.NonNegative(energyDensityWhPerL, nameof(energyDensityWhPerL));
        double qL = design.CathodeArealCapacityAhPerLMicrometres;
        double stack = design.InactiveThicknessMicrometres + design.CathodeThicknessMicrometres + design.NegativeToPositiveRatio * qL / anodeVolumetricCapacityAhPerL;
        return design.CathodeAverageVoltage - energyDensityWhPerL * stack / qL;
    }

    /// <summary>
    /// The upper bound of U_R for an anode of capacity Q⁻: its value at V̄⁻ = 0. A reported U_R above it cannot be reached
    /// by any anode of that capacity (e.g. Q⁻ from the tap density, analysis.md §B).
    /// </summary>
    public static double MaximumWhPerL(double anodeVolumetricCapacityAhPerL, StackCellDesign? design = null)
        => WhPerL(anodeVolumetricCapacityAhPerL, 0.0, design);

    /// <summary>
    /// The graphite reference of the paper's text ("~726 Wh/L"): an electrode-level Q⁻ = 372 mAh/g × 1.4 g/cm³ = 520.8 Ah/L
    /// at V̄⁻ = 0.125 V gives 726.2 Wh/L. The paper does not state its inputs; this pair is the reconstruction of analysis.md §B.
    /// </summary>
    public static StackEnergyDensityResult GraphiteReference(StackCellDesign? design = null)
        => Compute(GraphiteElectrodeCapacityAhPerL, GraphiteAverageDelithiationVoltage, design);

    /// <summary>372 mAh/g (LiC₆) × 1.4 g/cm³ (calendered graphite electrode) = 520.8 Ah/L.</summary>
    public const double GraphiteElectrodeCapacityAhPerL = 372.0 * 1.4;

    /// <summary>Average delithiation voltage assumed for graphite (V).</summary>
    public const double GraphiteAverageDelithiationVoltage = 0.125;
}
