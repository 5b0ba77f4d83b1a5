namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// The 1-D (spherically symmetric) reading of the paper's four particle models (analysis.md §C, "Results", row
/// "1-D sphere DIS, Γ = 1.231, single central pore"): pseudo-steady diffusion-induced stress at full lithiation (max c̃ = 1)
/// in a Si sphere of R₁ = 2.5 µm, with a 0.2 µm coating (II–IV), a central pore of R₂ = 0.2 µm (III, IV; paper Methods)
/// and, in IV, a 0.1 µm pore coating (Si from 0.3 µm, as in vector S3). Coatings are Li-transparent: the outer Si surface
/// always takes the flux Γ; the pore wall takes f_pore·Γ (III, uncoated) or <see cref="CoatedPoreAccessFraction"/>·Γ (IV).
/// </summary>
/// <param name="Gamma">Γ = JR/(Dc_max); 1.231 calibrates model I to the paper's 32.54 GPa.</param>
/// <param name="StrainPerNormalizedConcentration">β = Ωc_max/3 (0.933).</param>
/// <param name="SiliconModulusGigapascals">E of Si (170 GPa).</param>
/// <param name="SiliconPoissonRatio">ν of Si (0.28).</param>
/// <param name="CoatingModulusGigapascals">E of the coatings (20 GPa).</param>
/// <param name="CoatingPoissonRatio">ν of the coatings (0.25).</param>
/// <param name="CoatingEigenstrain">ε_c of the coatings (0; analysis.md's 2-D row uses 0.3).</param>
/// <param name="PoreAccessFraction">f_pore of the uncoated pore wall in III (0 reproduces analysis.md's 1-D row).</param>
/// <param name="CoatedPoreAccessFraction">Flux fraction through the coated pore wall in IV (1).</param>
/// <param name="RadiusMicrometres">R₁, the Si radius (2.5 µm).</param>
/// <param name="CoatingThicknessMicrometres">Outer coating thickness (0.2 µm).</param>
/// <param name="PoreRadiusMicrometres">R₂ (0.2 µm).</param>
/// <param name="PoreCoatingThicknessMicrometres">Pore coating thickness in IV (0.1 µm).</param>
public sealed record SphericalParticleModel(
    double Gamma = 1.231,
    double StrainPerNormalizedConcentration = 0.933,
    double SiliconModulusGigapascals = DiffusionInducedStress.SiliconYoungsModulusGigapascals,
    double SiliconPoissonRatio = DiffusionInducedStress.SiliconPoissonRatio,
    double CoatingModulusGigapascals = 20.0,
    double CoatingPoissonRatio = 0.25,
    double CoatingEigenstrain = 0.0,
    double PoreAccessFraction = 0.0,
    double CoatedPoreAccessFraction = 1.0,
    double RadiusMicrometres = 2.5,
    double CoatingThicknessMicrometres = 0.2,
    double PoreRadiusMicrometres = 0.2,
    double PoreCoatingThicknessMicrometres = 0.1)
{
    /// <summary>Solves one configuration at full lithiation.</summary>
    public SphericalParticleResult Solve(ParticleConfiguration configuration)
    {
        if (!Enum.IsDefined(configuration)) throw new ArgumentOutOfRangeException(nameof(configuration));
        double r = RadiusMicrometres;
        bool porous = configuration is ParticleConfiguration.OuterCoatedPorous or ParticleConfiguration.DualCoatedPorous;
        bool coated = configuration != ParticleConfiguration.PureSilicon;
        double siInner = configuration switch
        {
            ParticleConfiguration.OuterCoatedPorous => PoreRadiusMicrometres,
            ParticleConfiguration.DualCoatedPorous => PoreRadiusMicrometres + PoreCoatingThicknessMicrometres,
            _ => 0.0,
        };
        double fraction = configuration == ParticleConfiguration.DualCoatedPorous ? CoatedPoreAccessFraction : PoreAccessFraction;
        var profile = new PseudoSteadyProfile(Gamma, siInner / r, porous ? fraction * Gamma : 0.0);
        double mean = profile.FullLithiationMean;
        var layers = new List<ElasticLayer>();
        if (configuration == ParticleConfiguration.DualCoatedPorous)
            layers.Add(new ElasticLayer(PoreRadiusMicrometres, siInner, CoatingModulusGigapascals, CoatingPoissonRatio, CoatingEigenstrain));
        int siIndex = layers.Count;
        layers.Add(new ElasticLayer(siInner, r, SiliconModulusGigapascals, SiliconPoissonRatio,
            profile.ToEigenstrain(r, StrainPerNormalizedConcentration, mean)));
        if (coated)
            layers.Add(new ElasticLayer(r, r + CoatingThicknessMicrometres, CoatingModulusGigapascals, CoatingPoissonRatio, CoatingEigenstrain));
        var solution = MultilayerSphere.Solve(layers);
        return new SphericalParticleResult(configuration, profile, mean, solution,
            solution.Average().VonMisesGigapascals,
            solution.LayerAverage(siIndex).VonMisesGigapascals,
            solution.At(r, siIndex).VonMisesGigapascals,
            porous ? solution.At(siInner, siIndex).VonMisesGigapascals : double.NaN);
    }

    /// <summary>Solves I, II, III and IV.</summary>
    public IReadOnlyList<SphericalParticleResult> SolveAll()
        => [.. Enum.GetValues<ParticleConfiguration>().Select(Solve)];
}
