namespace SiAnode.Scripting.Porosity;

/// <summary>
/// A forward model of an N₂ isotherm on a solid with an external surface and families of open cylindrical mesopores, built from the
/// same physics the analyses invert (so that BET, BJH and the single-point pore volume can be checked against it):
/// <list type="bullet">
/// <item>a multilayer film of statistical thickness t(x) = τ·L(x) on every surface not yet filled, where L is the number of layers of
/// the GAB (Anderson) equation L = C k x/[(1 − k x)(1 − k x + C k x)] (k = 1 is the BET equation; k &lt; 1 keeps the film finite at
/// saturation) and τ = 0.3554 nm is the thickness of one liquid N₂ monolayer (σ = 0.162 nm², 0.0015468 cm³ liquid per cm³ STP);</item>
/// <item>in a cylindrical pore of radius r, a film occupying V·[1 − ((r − t)/r)²] until the pore fills by capillary condensation:
/// on adsorption when r ≤ r_K + t with the Cohan cylindrical meniscus r_K = γV_L/(RT ln(1/x)); on desorption a pore filled at the top
/// of the loop empties when r &gt; r_K + t with the hemispherical meniscus r_K = 2γV_L/(RT ln(1/x)) (the conventions of <see cref="Bjh"/>);</item>
/// <item>below <see cref="CavitationRelativePressure"/> (0.42 for N₂ at 77 K) the condensate left in pores wider than the adsorption
/// filling radius cavitates, so the desorption branch joins the adsorption branch there (the lower closure of N₂ hysteresis loops,
/// Thommes et al., Pure Appl. Chem. 87 (2015) 1051);</item>
/// <item>the amount adsorbed is the liquid volume divided by M/(ρ_L·22 414) (Gurvich rule).</item>
/// </list>
/// The model is linear in the external area and in each family's volume.
/// </summary>
/// <param name="ExternalAreaSquareMetresPerGram">Area outside the modelled pores (particle surface), carrying only a film (m²/g).</param>
/// <param name="Modes">The pore families.</param>
/// <param name="C">GAB/BET constant C of the film.</param>
/// <param name="K">GAB constant k (0 &lt; k ≤ 1).</param>
/// <param name="TemperatureKelvin">Temperature of the Kelvin equation (K).</param>
public sealed record MesoporousIsothermModel(double ExternalAreaSquareMetresPerGram, IReadOnlyList<LogNormalPoreMode> Modes, double C = 100.0,
    double K = 0.72, double TemperatureKelvin = 77.35)
{
    /// <summary>p/p₀ below which a metastable pore liquid cavitates on desorption (N₂, 77 K): 0.42.</summary>
    public const double CavitationRelativePressure = 0.42;

    /// <summary>The adsorptive (nitrogen).</summary>
    public static Adsorbate Adsorbate => Adsorbate.Nitrogen;

    /// <summary>Thickness of one liquid N₂ monolayer τ = (liquid cm³ per cm³ STP)/(m² per cm³ STP) (nm): 0.3554.</summary>
    public static double MonolayerThicknessNanometres => Adsorbate.LiquidCm3PerCm3Stp / Bet.SquareMetresPerCm3Stp(Adsorbate.CrossSectionSquareNanometres) * 1e3;

    /// <summary>Number of adsorbed layers L(x) on an open surface (GAB).</summary>
    public double Layers(double relativePressure)
    {
        double kx = K * relativePressure;
        return C * kx / ((1 - kx) * (1 - kx + C * kx));
    }

    /// <summary>Film thickness t(x) = τ·L(x) (nm).</summary>
    public double FilmThicknessNanometres(double relativePressure) => MonolayerThicknessNanometres * Layers(relativePressure);

    /// <summary>Kelvin radius (nm) with meniscus factor f (1 cylindrical, 2 hemispherical).</summary>
    public double KelvinRadiusNanometres(double relativePressure, double meniscusFactor)
        => meniscusFactor * Adsorbate.SurfaceTensionNewtonsPerMetre * Adsorbate.LiquidMolarVolumeCm3PerMol * 1e-6
           / (AdsorptionConstants.GasConstant * TemperatureKelvin * Math.Log(1.0 / relativePressure)) * 1e9;

    /// <summary>Geometric area: external plus pore walls (m²/g).</summary>
    public double GeometricAreaSquareMetresPerGram => ExternalAreaSquareMetresPerGram + Modes.Sum(m => m.WallAreaSquareMetresPerGram);

    /// <summary>Total pore volume of the families (cm³/g).</summary>
    public double PoreVolumeCm3PerGram => Modes.Sum(m => m.VolumeCm3PerGram);

    /// <summary>Amount adsorbed on the adsorption branch at p/p₀ = <paramref name="relativePressure"/> (cm³ STP/g).</summary>
    public double Adsorption(double relativePressure) => Amount(relativePressure, relativePressure, 1.0);

    /// <summary>
    /// Amount on the desorption branch at <paramref name="relativePressure"/> after adsorption up to <paramref name="topRelativePressure"/>
    /// (cm³ STP/g): a pore is full when it filled on the way up and has not yet emptied through a hemispherical meniscus; below
    /// <see cref="CavitationRelativePressure"/> the branch is the adsorption branch.
    /// </summary>
    public double Desorption(double relativePressure, double topRelativePressure)
        => relativePressure < CavitationRelativePressure ? Adsorption(relativePressure) : Amount(relativePressure, topRelativePressure, 2.0);

    private double Amount(double x, double top, double meniscus)
    {
        if (!(x > 0 && x < 1)) throw new ArgumentOutOfRangeException(nameof(x), x, "p/p0 must be between 0 and 1");
        double t = FilmThicknessNanometres(x);
        double filledUpTo = KelvinRadiusNanometres(top, 1.0) + FilmThicknessNanometres(top);
        if (meniscus > 1) filledUpTo = Math.Min(filledUpTo, KelvinRadiusNanometres(x, meniscus) + t);
        double liquid = ExternalAreaSquareMetresPerGram * t * 1e-3; // m²/g × nm → cm³/g
        foreach (var mode in Modes)
            foreach (var (d, v) in mode.Bins())
            {
                double r = d / 2;
                if (r <= filledUpTo || t >= r) liquid += v;
                else liquid += v * (1 - (r - t) / r * ((r - t) / r));
            }
        return liquid / Adsorbate.LiquidCm3PerCm3Stp;
    }
}
