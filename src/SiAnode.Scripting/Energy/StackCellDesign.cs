namespace SiAnode.Scripting.Energy;

/// <summary>
/// The repeat unit of a stacked cell in Obrovac's stack model: positive coating, negative coating sized by the
/// N/P ratio, and the inactive layers (current collectors and separator) per repeat unit.
/// </summary>
/// <remarks>
/// Obrovac, Christensen, Le, Dahn, J. Electrochem. Soc. 154, A849 (2007); Obrovac &amp; Chevrier, Chem. Rev. 114, 11444 (2014).
/// Liu et al., Nano-Micro Lett. 17:297 (2025), Eq. 2, uses <see cref="Obrovac2007LiCoO2"/>.
/// </remarks>
/// <param name="CathodeVolumetricCapacityAhPerL">Q⁺, reversible capacity of the positive coating per coating volume (Ah/L = mAh/cm³).</param>
/// <param name="CathodeThicknessMicrometres">L⁺, positive coating thickness per repeat unit (µm).</param>
/// <param name="InactiveThicknessMicrometres">L_inact, collectors plus separator per repeat unit (µm).</param>
/// <param name="NegativeToPositiveRatio">N/P, negative to positive areal capacity ratio (dimensionless, &gt; 0).</param>
/// <param name="CathodeAverageVoltage">V⁺, average voltage of the positive electrode against Li/Li⁺ (V).</param>
public sealed record StackCellDesign(
    double CathodeVolumetricCapacityAhPerL,
    double CathodeThicknessMicrometres,
    double InactiveThicknessMicrometres,
    double NegativeToPositiveRatio,
    double CathodeAverageVoltage)
{
    /// <summary>
    /// The LiCoO₂ design behind Eq. 2 of Liu et al. (2025): Q⁺ = 140 mAh/g × 5.05 g/cm³ × 0.75 = 530.25 Ah/L,
    /// L⁺ = 110 µm, L_inact = 70 µm, N/P = 1.1, V⁺ = 3.9 V. Then Q⁺L⁺ = 58327.5 and N/P·Q⁺ = 583.275, the constants printed in Eq. 2.
    /// </summary>
    public static StackCellDesign Obrovac2007LiCoO2 { get; } = new(140.0 * 5.05 * 0.75, 110.0, 70.0, 1.1, 3.9);

    /// <summary>Q⁺L⁺, the positive areal capacity in Ah/L·µm (58327.5 for <see cref="Obrovac2007LiCoO2"/>).</summary>
    public double CathodeArealCapacityAhPerLMicrometres => CathodeVolumetricCapacityAhPerL * CathodeThicknessMicrometres;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first parameter that is not physical.</summary>
    public void Validate()
    {
        Positive(CathodeVolumetricCapacityAhPerL, nameof(CathodeVolumetricCapacityAhPerL));
        Positive(CathodeThicknessMicrometres, nameof(CathodeThicknessMicrometres));
        NonNegative(InactiveThicknessMicrometres, nameof(InactiveThicknessMicrometres));
        Positive(NegativeToPositiveRatio, nameof(NegativeToPositiveRatio));
        if (!double.IsFinite(CathodeAverageVoltage))
            throw new ArgumentOutOfRangeException(nameof(CathodeAverageVoltage), CathodeAverageVoltage, "must be a finite voltage");
    }

    internal static void Positive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, "must be a finite number greater than zero");
    }

    internal static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, "must be a finite number, zero or greater");
    }
}
