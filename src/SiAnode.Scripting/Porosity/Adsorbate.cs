namespace SiAnode.Scripting.Porosity;

/// <summary>
/// Properties of an adsorptive used by the analyses. Cross-sectional areas: N₂ 0.162 nm² (ISO 9277:2010), Ar 0.142 nm² at 87 K
/// (Thommes et al., Pure Appl. Chem. 87 (2015) 1051), Kr 0.202 nm², CO₂ 0.170 nm² (customary values); cyclohexane 0.39 nm² is the
/// value BEaTmap's tests use. Liquid properties are handbook values near the normal boiling point.
/// </summary>
/// <param name="Name">Canonical name, e.g. <c>nitrogen</c>.</param>
/// <param name="Formula">Formula, e.g. <c>N2</c>.</param>
/// <param name="CrossSectionSquareNanometres">Area σ occupied by one molecule in a completed monolayer (nm²).</param>
/// <param name="MolarMassGramsPerMol">Molar mass (g/mol).</param>
/// <param name="LiquidDensityGramsPerCm3">Density of the liquid adsorptive at its normal boiling point (g/cm³).</param>
/// <param name="SurfaceTensionNewtonsPerMetre">Surface tension of the liquid at the normal boiling point (N/m), for the Kelvin equation.</param>
/// <param name="NormalBoilingPointKelvin">Temperature at which its saturation pressure is 101.325 kPa (K).</param>
/// <param name="VaporisationEnthalpyJoulesPerMol">Enthalpy of vaporisation near the boiling point (J/mol), for <see cref="SaturationPressureKilopascals"/>.</param>
public sealed record Adsorbate(
    string Name,
    string Formula,
    double CrossSectionSquareNanometres,
    double MolarMassGramsPerMol,
    double LiquidDensityGramsPerCm3,
    double SurfaceTensionNewtonsPerMetre,
    double NormalBoilingPointKelvin,
    double VaporisationEnthalpyJoulesPerMol)
{
    /// <summary>Nitrogen: σ = 0.162 nm² (ISO 9277), liquid 0.808 g/cm³ and γ = 8.85 mN/m at 77.355 K, ΔH_vap = 5.57 kJ/mol.</summary>
    public static Adsorbate Nitrogen { get; } = new("nitrogen", "N2", 0.162, 28.0134, 0.808, 8.85e-3, 77.355, 5570.0);

    /// <summary>Argon: σ = 0.142 nm² (87 K, Thommes 2015), liquid 1.395 g/cm³, γ = 12.5 mN/m, T_b = 87.302 K, ΔH_vap = 6.43 kJ/mol.</summary>
    public static Adsorbate Argon { get; } = new("argon", "Ar", 0.142, 39.948, 1.395, 12.5e-3, 87.302, 6430.0);

    /// <summary>Krypton: σ = 0.202 nm², T_b = 119.93 K, ΔH_vap = 9.08 kJ/mol; liquid 2.413 g/cm³, γ = 15.7 mN/m.</summary>
    public static Adsorbate Krypton { get; } = new("krypton", "Kr", 0.202, 83.798, 2.413, 15.7e-3, 119.93, 9080.0);

    /// <summary>Carbon dioxide: σ = 0.170 nm²; liquid properties are those at 273 K (0.93 g/cm³, 4.6 mN/m).</summary>
    public static Adsorbate CarbonDioxide { get; } = new("carbon dioxide", "CO2", 0.170, 44.0095, 0.93, 4.6e-3, 194.7, 25200.0);

    /// <summary>Cyclohexane: σ = 0.39 nm² (the value of BEaTmap's vulcan_chex test), liquid 0.779 g/cm³, γ = 24.7 mN/m, T_b = 353.87 K.</summary>
    public static Adsorbate Cyclohexane { get; } = new("cyclohexane", "C6H12", 0.39, 84.16, 0.779, 24.7e-3, 353.87, 30000.0);

    /// <summary>The known adsorbates.</summary>
    public static IReadOnlyList<Adsorbate> Known { get; } = [Nitrogen, Argon, Krypton, CarbonDioxide, Cyclohexane];

    /// <summary>Finds an adsorbate by name or formula (case-insensitive; "N2", "Nitrogen", "nitrogen"); null when unknown.</summary>
    public static Adsorbate? Find(string nameOrFormula)
    {
        string key = nameOrFormula.Trim().Replace("₂", "2", StringComparison.Ordinal);
        return Known.FirstOrDefault(a => string.Equals(a.Name, key, StringComparison.OrdinalIgnoreCase)
                                         || string.Equals(a.Formula, key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Molar volume of the liquid adsorptive V_L = M/ρ (cm³/mol).</summary>
    public double LiquidMolarVolumeCm3PerMol => MolarMassGramsPerMol / LiquidDensityGramsPerCm3;

    /// <summary>
    /// Volume of liquid per cm³(STP) of gas adsorbed, M/(ρ·22 414): 0.0015468 cm³ for N₂ (Gurvich rule; ISO 15901-2).
    /// </summary>
    public double LiquidCm3PerCm3Stp => MolarMassGramsPerMol / (LiquidDensityGramsPerCm3 * AdsorptionConstants.StpMolarVolumeCm3PerMol);

    /// <summary>
    /// Saturation pressure p₀ (kPa) at <paramref name="temperatureKelvin"/> from the Clausius–Clapeyron equation anchored at the
    /// normal boiling point, ln(p₀/101.325 kPa) = −ΔH_vap/R·(1/T − 1/T_b). Exact at T_b (N₂: 101.325 kPa at 77.355 K, the value
    /// pyGAPS obtains from CoolProp) and within about 0.5 % within ±2 K of it; instruments that measure p₀ should be preferred.
    /// </summary>
    public double SaturationPressureKilopascals(double temperatureKelvin)
    {
        if (!(temperatureKelvin > 0) || !double.IsFinite(temperatureKelvin))
            throw new ArgumentOutOfRangeException(nameof(temperatureKelvin), temperatureKelvin, "must be a positive temperature in kelvin");
        return 101.325 * Math.Exp(-VaporisationEnthalpyJoulesPerMol / AdsorptionConstants.GasConstant * (1.0 / temperatureKelvin - 1.0 / NormalBoilingPointKelvin));
    }
}
