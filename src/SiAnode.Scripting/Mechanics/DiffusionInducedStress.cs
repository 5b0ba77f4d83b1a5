namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// Diffusion-induced stress (DIS) in a lithiating sphere: the eigenstrain ε* = Ωc/3 = βc̃ of a concentration profile fed to
/// the exact layered sphere, and the closed forms of the pseudo-steady (parabolic) limit (analysis.md §C, items 2–4;
/// Zhang, Shyy &amp; Sastry, J. Electrochem. Soc. 154, A910 (2007); Cheng &amp; Verbrugge, J. Power Sources 190, 453 (2009)).
/// Stresses are linear-elastic equivalent stresses (GPa).
/// </summary>
public static class DiffusionInducedStress
{
    /// <summary>Partial molar volume of Li in Si, Ω = 9.0 cm³/mol (analysis.md §C parameter table).</summary>
    public const double SiliconPartialMolarVolumeCm3PerMol = 9.0;

    /// <summary>Maximum Li concentration in Si, c_max = 3.11×10⁵ mol/m³ (analysis.md §C parameter table).</summary>
    public const double SiliconMaximumConcentrationMolPerM3 = 3.11e5;

    /// <summary>Young's modulus of c-Si used by analysis.md §C, 170 GPa (COMSOL "Si - Silicon").</summary>
    public const double SiliconYoungsModulusGigapascals = 170.0;

    /// <summary>Poisson ratio of Si used by analysis.md §C, 0.28.</summary>
    public const double SiliconPoissonRatio = 0.28;

    /// <summary>β = Ωc_max/3, the linear eigenstrain per unit c̃ (0.933 for Si with the defaults: small-strain reading).</summary>
    public static double StrainPerNormalizedConcentration(double partialMolarVolumeCm3PerMol = SiliconPartialMolarVolumeCm3PerMol,
        double maximumConcentrationMolPerM3 = SiliconMaximumConcentrationMolPerM3)
        => partialMolarVolumeCm3PerMol * 1e-6 * maximumConcentrationMolPerM3 / 3.0;

    /// <summary>
    /// The DIS field of a concentration profile in a Si sphere of radius R (hollow from x_in·R when the profile is), optionally
    /// with bonded coating layers outside and on the pore wall. The Si gets ε* = β·c̃(r/R) as a piecewise-linear profile.
    /// </summary>
    /// <param name="profile">c̃(x), e.g. from <see cref="SphericalDiffusionFiniteVolume"/>.</param>
    /// <param name="radiusMicrometres">R of the Si (µm).</param>
    /// <param name="youngsModulusGigapascals">E of Si (GPa).</param>
    /// <param name="poissonRatio">ν of Si.</param>
    /// <param name="strainPerNormalizedConcentration">β = Ωc_max/3.</param>
    /// <param name="coatings">Layers outside the Si, from R outwards (none for a bare particle).</param>
    /// <param name="poreCoatings">Layers inside a hollow Si, from the centre out, the last ending at x_in·R (none for a bare pore).</param>
    public static MultilayerSphereSolution FromProfile(SphereConcentrationProfile profile, double radiusMicrometres,
        double youngsModulusGigapascals = SiliconYoungsModulusGigapascals, double poissonRatio = SiliconPoissonRatio,
        double strainPerNormalizedConcentration = 0.933, IReadOnlyList<ElasticLayer>? coatings = null, IReadOnlyList<ElasticLayer>? poreCoatings = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (poreCoatings is { Count: > 0 } && profile.InnerRadiusFraction == 0.0)
            throw new ArgumentException("pore coatings need a hollow profile (InnerRadiusFraction > 0)", nameof(poreCoatings));
        var si = new ElasticLayer(profile.InnerRadiusFraction * radiusMicrometres, radiusMicrometres, youngsModulusGigapascals, poissonRatio,
            profile.ToEigenstrain(radiusMicrometres, strainPerNormalizedConcentration));
        return MultilayerSphere.Solve([.. poreCoatings ?? [], si, .. coatings ?? []]);
    }

    /// <summary>
    /// The pseudo-steady concentration c̃ = c̄ + φ(x) of a sphere lithiated at Γ through x = 1 and Γ_in through a pore wall
    /// at x_in (see <see cref="PseudoSteadyProfile"/>). For x_in = 0 it is c̄ + Γ(x²/2 − 3/10).
    /// </summary>
    /// <param name="x">r/R in [x_in, 1].</param>
    /// <param name="meanConcentration">c̄, the volume mean.</param>
    /// <param name="gamma">Γ on the outer surface.</param>
    /// <param name="innerRadiusFraction">x_in (0 for a solid sphere).</param>
    /// <param name="innerGamma">Γ_in on the pore wall.</param>
    public static double PseudoSteadyConcentration(double x, double meanConcentration, double gamma, double innerRadiusFraction = 0.0, double innerGamma = 0.0)
        => new PseudoSteadyProfile(gamma, innerRadiusFraction, innerGamma).Concentration(x, meanConcentration);

    /// <summary>
    /// The pseudo-steady profile c̃ = c̄ + Γ(x²/2 − 3/10) as an eigenstrain: ε* = β(c̄ − 3Γ/10) + (βΓ/2)(r/R)²
    /// (analysis.md §C item 2; its stress is test vector P1 with e₀ = βΓ/2).
    /// </summary>
    public static PolynomialEigenstrain PseudoSteadyEigenstrain(double radiusMicrometres, double gamma, double meanConcentration, double strainPerNormalizedConcentration)
        => new(radiusMicrometres, [strainPerNormalizedConcentration * (meanConcentration - 0.3 * gamma), 0.0, 0.5 * strainPerNormalizedConcentration * gamma]);

    /// <summary>
    /// Volume-mean von Mises stress of the pseudo-steady state in a bare solid sphere: 3EβΓ/25(1 − ν)
    /// (= 26.43Γ GPa for E = 170 GPa, ν = 0.28, β = 0.933; analysis.md §C, from P1 with e₀ = βΓ/2).
    /// </summary>
    public static double PseudoSteadyMeanVonMisesGigapascals(double gamma, double youngsModulusGigapascals = SiliconYoungsModulusGigapascals,
        double poissonRatio = SiliconPoissonRatio, double strainPerNormalizedConcentration = 0.933)
        => 3.0 * youngsModulusGigapascals * strainPerNormalizedConcentration * gamma / (25.0 * (1.0 - poissonRatio));

    /// <summary>Surface von Mises stress of the pseudo-steady state: EβΓ/5(1 − ν), 5/3 of the mean (P1).</summary>
    public static double PseudoSteadySurfaceVonMisesGigapascals(double gamma, double youngsModulusGigapascals = SiliconYoungsModulusGigapascals,
        double poissonRatio = SiliconPoissonRatio, double strainPerNormalizedConcentration = 0.933)
        => youngsModulusGigapascals * strainPerNormalizedConcentration * gamma / (5.0 * (1.0 - poissonRatio));

    /// <summary>The Γ that makes the pseudo-steady mean von Mises stress equal <paramref name="meanVonMisesGigapascals"/> (e.g. 32.54 GPa for model I gives Γ = 1.231).</summary>
    public static double CalibrateGamma(double meanVonMisesGigapascals, double youngsModulusGigapascals = SiliconYoungsModulusGigapascals,
        double poissonRatio = SiliconPoissonRatio, double strainPerNormalizedConcentration = 0.933)
        => meanVonMisesGigapascals / PseudoSteadyMeanVonMisesGigapascals(1.0, youngsModulusGigapascals, poissonRatio, strainPerNormalizedConcentration);
}
