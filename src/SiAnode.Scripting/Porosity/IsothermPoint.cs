namespace SiAnode.Scripting.Porosity;

/// <summary>One measured point of an isotherm.</summary>
/// <param name="RelativePressure">p/p₀ (dimensionless).</param>
/// <param name="AmountCm3StpPerGram">Amount adsorbed, cm³(STP) per gram of sample (see <see cref="AdsorptionConstants"/>).</param>
/// <param name="Branch">Adsorption or desorption.</param>
/// <param name="PressureKilopascals">Absolute pressure p (kPa), when the file gives or implies it.</param>
/// <param name="SaturationPressureKilopascals">Saturation pressure p₀ (kPa) for this point, when known.</param>
public readonly record struct IsothermPoint(
    double RelativePressure,
    double AmountCm3StpPerGram,
    IsothermBranch Branch,
    double? PressureKilopascals = null,
    double? SaturationPressureKilopascals = null);
