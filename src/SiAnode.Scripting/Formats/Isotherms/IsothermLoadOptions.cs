using SiAnode.Scripting.Porosity;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>What a file does not say and the caller declares (used by the CSV reader and for pyGAPS/AIF files without a value).</summary>
/// <param name="Adsorbate">The adsorptive; nitrogen when null and the file does not name one.</param>
/// <param name="TemperatureKelvin">The temperature; 77.355 K for nitrogen when null and the file does not give it.</param>
/// <param name="AmountUnit">
/// Unit of the amount column of a CSV file without units in its header: <c>cm3(STP)/g</c> (also cc/g, ml/g), <c>mmol/g</c> or <c>mol/g</c>.
/// </param>
/// <param name="PressureUnit">Unit of the pressure column of a CSV without units: <c>relative</c> (p/p0) or a pressure unit (kPa, bar, Torr...).</param>
/// <param name="SaturationPressureKilopascals">p₀ for absolute pressures when the file has none; from the adsorbate at the temperature when null.</param>
public sealed record IsothermLoadOptions(
    Adsorbate? Adsorbate = null,
    double? TemperatureKelvin = null,
    string? AmountUnit = null,
    string? PressureUnit = null,
    double? SaturationPressureKilopascals = null);
