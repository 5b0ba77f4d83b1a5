namespace SiAnode.Scripting.Porosity;

/// <summary>
/// Constants and unit conversions of gas adsorption. Amounts adsorbed are kept in cm³(STP)/g, where STP is the IUPAC
/// "standard temperature and pressure" of the older adsorption literature and of ISO 9277: 273.15 K and 101.325 kPa,
/// at which one mole of ideal gas occupies 22 414 cm³ (so 1 mmol = 22.414 cm³ STP).
/// </summary>
public static class AdsorptionConstants
{
    /// <summary>Avogadro constant N_A (mol⁻¹), exact since the 2019 SI redefinition.</summary>
    public const double Avogadro = 6.02214076e23;

    /// <summary>Molar gas constant R (J mol⁻¹ K⁻¹), exact (2019 SI).</summary>
    public const double GasConstant = 8.314462618;

    /// <summary>Ideal-gas molar volume at STP (273.15 K, 101.325 kPa), cm³/mol.</summary>
    public const double StpMolarVolumeCm3PerMol = 22414.0;

    /// <summary>cm³(STP) in one millimole: 22.414.</summary>
    public const double Cm3StpPerMillimole = StpMolarVolumeCm3PerMol / 1000.0;

    /// <summary>Converts mmol/g to cm³(STP)/g (× 22.414).</summary>
    public static double Cm3StpFromMillimoles(double millimolesPerGram) => millimolesPerGram * Cm3StpPerMillimole;

    /// <summary>Converts mol/g to cm³(STP)/g (× 22 414).</summary>
    public static double Cm3StpFromMoles(double molesPerGram) => molesPerGram * StpMolarVolumeCm3PerMol;

    /// <summary>Converts cm³(STP)/g to mmol/g (÷ 22.414).</summary>
    public static double MillimolesFromCm3Stp(double cm3StpPerGram) => cm3StpPerGram / Cm3StpPerMillimole;

    /// <summary>Converts cm³(STP)/g to mol/g (÷ 22 414).</summary>
    public static double MolesFromCm3Stp(double cm3StpPerGram) => cm3StpPerGram / StpMolarVolumeCm3PerMol;
}
