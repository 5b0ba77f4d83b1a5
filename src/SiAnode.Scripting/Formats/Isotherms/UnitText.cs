namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>Reads the unit spellings of isotherm files: amounts to cm³(STP), sample mass to grams.</summary>
internal static class UnitText
{
    /// <summary>
    /// cm³(STP) per one unit of amount: cm3/cc/ml (with or without STP) → 1, mmol → 22.414, mol → 22 414, µmol → 0.022 414;
    /// null when not an amount of gas. "/g" or a basis suffix is ignored here (see <see cref="GramsPer"/>).
    /// </summary>
    public static double? Cm3StpPerAmountUnit(string unit)
    {
        string u = Normalise(unit);
        int slash = u.IndexOf('/');
        if (slash >= 0) u = u[..slash];
        u = u.Replace("(stp)", "").Replace("stp", "").Trim();
        return u switch
        {
            "cm3" or "cc" or "ml" => 1.0,
            "mmol" => Porosity.AdsorptionConstants.Cm3StpPerMillimole,
            "mol" => Porosity.AdsorptionConstants.StpMolarVolumeCm3PerMol,
            "umol" or "µmol" or "μmol" => Porosity.AdsorptionConstants.Cm3StpPerMillimole / 1000.0,
            _ => null,
        };
    }

    /// <summary>Grams in one unit of sample mass (g, kg, mg); null when unknown.</summary>
    public static double? GramsPer(string unit) => Normalise(unit) switch
    {
        "g" => 1.0,
        "kg" => 1000.0,
        "mg" => 1e-3,
        _ => null,
    };

    /// <summary>Lower case, superscripts and spaces folded: "cm³/g STP" → "cm3/gstp".</summary>
    public static string Normalise(string unit) => unit.Trim().ToLowerInvariant().Replace("³", "3").Replace(" ", "");

    /// <summary>Temperature in kelvin from a value and a unit (K, C, °C); null for an unknown unit.</summary>
    public static double? Kelvin(double value, string? unit) => Normalise(unit ?? "k") switch
    {
        "k" or "kelvin" => value,
        "c" or "°c" or "degc" or "celsius" => value + 273.15,
        _ => null,
    };
}
