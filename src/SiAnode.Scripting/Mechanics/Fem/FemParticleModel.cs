namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// The paper's models I–IV (pure Si; carbon-coated; porous with an outer SiOx/C coating; porous with inner and outer
/// coatings; R = 2.5 µm, 0.2 µm coating, 0.2 µm central pore, 0.1 µm pore coating) at full lithiation with the pseudo-steady
/// diffusion-induced eigenstrain of <see cref="SphericalParticleModel"/> (analysis.md §C, items 2–4), solved by axisymmetric
/// FEM on the quarter section. The pore is the single central pore of the 1-D reading, so the FEM must reproduce the 1-D
/// closed forms (its oracle); the 19-pore 2-D layout of the paper is not modelled here. Results are linear-elastic
/// equivalent stresses.
/// </summary>
/// <param name="Model">The 1-D model that supplies the layers and eigenstrain profiles (Γ, β, coatings, f_pore).</param>
/// <param name="Mesh">Element sizes.</param>
public sealed record FemParticleModel(SphericalParticleModel Model, SphereMeshOptions Mesh)
{
    /// <summary>The paper's Fig. 1g average stresses (GPa) for I, II, III, IV.</summary>
    public static IReadOnlyList<double> PaperMeanVonMisesGigapascals { get; } = [32.54, 31.14, 12.33, 9.94];

    /// <summary>Solves one configuration.</summary>
    public FemParticleResult Solve(ParticleConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(Model);
        ArgumentNullException.ThrowIfNull(Mesh);
        var oneD = Model.Solve(configuration);
        var layers = oneD.Solution.Layers;
        int si = configuration == ParticleConfiguration.DualCoatedPorous ? 1 : 0;
        var fem = FemSphere.Solve(layers, Mesh);
        double r = Model.RadiusMicrometres, siInner = layers[si].InnerRadiusMicrometres;
        return new FemParticleResult(configuration, fem.Statistics.Unknowns,
            fem.Average().VonMisesGigapascals,
            fem.Average(si).VonMisesGigapascals,
            FemSphere.At(fem, layers, r, si).VonMisesGigapascals,
            siInner > 0.0 ? FemSphere.At(fem, layers, siInner, si).VonMisesGigapascals : double.NaN,
            oneD.MeanVonMisesGigapascals,
            PaperMeanVonMisesGigapascals[(int)configuration - (int)ParticleConfiguration.PureSilicon]);
    }

    /// <summary>Solves I, II, III and IV.</summary>
    public IReadOnlyList<FemParticleResult> SolveAll() => [.. Enum.GetValues<ParticleConfiguration>().Select(Solve)];
}
