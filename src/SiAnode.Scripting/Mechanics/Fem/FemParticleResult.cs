namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// One of the paper's particle models I–IV solved by axisymmetric FEM (<see cref="FemParticleModel"/>), next to the 1-D
/// closed form of the same layer stack. Stresses are linear-elastic equivalent stresses (GPa, analysis.md §C).
/// </summary>
/// <param name="Configuration">I–IV.</param>
/// <param name="Unknowns">FEM unknowns.</param>
/// <param name="MeanVonMisesGigapascals">FEM volume-mean von Mises stress over the solid (Si + coatings) (GPa): compare Fig. 1g.</param>
/// <param name="SiliconMeanVonMisesGigapascals">FEM volume-mean von Mises stress over the Si only (GPa).</param>
/// <param name="SurfaceVonMisesGigapascals">FEM von Mises stress in the Si at its outer surface (GPa).</param>
/// <param name="PoreWallVonMisesGigapascals">FEM von Mises stress in the Si at the pore wall (GPa; NaN without a pore).</param>
/// <param name="ClosedFormMeanVonMisesGigapascals">The 1-D closed-form mean of the same stack (<see cref="SphericalParticleModel"/>).</param>
/// <param name="PaperMeanVonMisesGigapascals">The paper's Fig. 1g value (32.54, 31.14, 12.33, 9.94 GPa).</param>
public sealed record FemParticleResult(
    ParticleConfiguration Configuration,
    int Unknowns,
    double MeanVonMisesGigapascals,
    double SiliconMeanVonMisesGigapascals,
    double SurfaceVonMisesGigapascals,
    double PoreWallVonMisesGigapascals,
    double ClosedFormMeanVonMisesGigapascals,
    double PaperMeanVonMisesGigapascals);
