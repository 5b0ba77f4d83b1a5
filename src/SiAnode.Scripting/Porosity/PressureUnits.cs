using System.Globalization;

namespace SiAnode.Scripting.Porosity;

/// <summary>Pressure units written by adsorption instruments and tools, converted to kilopascals.</summary>
public static class PressureUnits
{
    /// <summary>One torr (= 1 mmHg to 0.000 015 %, 101.325/760 kPa).</summary>
    public const double KilopascalsPerTorr = 101.325 / 760.0;

    /// <summary>
    /// Kilopascals per one <paramref name="unit"/>: Pa, kPa, MPa, bar, mbar, atm, Torr, mmHg, psi (case-insensitive);
    /// null when the unit is not known.
    /// </summary>
    public static double? KilopascalsPer(string unit) => unit.Trim().ToLowerInvariant() switch
    {
        "pa" => 1e-3,
        "kpa" => 1.0,
        "mpa" => 1e3,
        "bar" => 100.0,
        "mbar" => 0.1,
        "atm" => 101.325,
        "torr" or "mmhg" => KilopascalsPerTorr,
        "psi" or "psia" => 6.894757293168,
        _ => null,
    };

    /// <summary>Converts <paramref name="value"/> in <paramref name="unit"/> to kPa; throws <see cref="ArgumentException"/> for an unknown unit.</summary>
    public static double ToKilopascals(double value, string unit)
        => value * (KilopascalsPer(unit) ?? throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"unknown pressure unit '{unit}' (known: Pa, kPa, MPa, bar, mbar, atm, Torr, mmHg, psi)"), nameof(unit)));
}
