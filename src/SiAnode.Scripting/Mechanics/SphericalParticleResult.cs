using SiAnode.Scripting.Display;

namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// One paper particle model solved in 1-D at full lithiation (<see cref="SphericalParticleModel"/>): the quantities compared
/// with Fig. 1g (mean) and with the point values A (surface), B (matrix) and C (pore edge) of Fig. 1c–f.
/// </summary>
/// <param name="Configuration">I–IV.</param>
/// <param name="Profile">The pseudo-steady concentration shape.</param>
/// <param name="MeanConcentration">c̄ at full lithiation (max c̃ = 1).</param>
/// <param name="Solution">The layered elastic solution.</param>
/// <param name="MeanVonMisesGigapascals">Volume-mean von Mises stress over the solid (Si + coatings) (GPa): compare Fig. 1g.</param>
/// <param name="SiliconMeanVonMisesGigapascals">Volume-mean von Mises stress over the Si only (GPa).</param>
/// <param name="SurfaceVonMisesGigapascals">von Mises stress in the Si at its outer surface (GPa): compare A.</param>
/// <param name="PoreWallVonMisesGigapascals">von Mises stress in the Si at the pore wall (GPa; NaN without a pore): compare C.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record SphericalParticleResult(
    ParticleConfiguration Configuration,
    PseudoSteadyProfile Profile,
    double MeanConcentration,
    MultilayerSphereSolution Solution,
    double MeanVonMisesGigapascals,
    double SiliconMeanVonMisesGigapascals,
    double SurfaceVonMisesGigapascals,
    double PoreWallVonMisesGigapascals) : IHtmlRenderable
{
    /// <inheritdoc />
    public string ToHtml() => HtmlTable.KeyValue(FormattableString.Invariant($"Model {(int)Configuration} ({Configuration}), 1-D pseudo-steady DIS at full lithiation"),
    [
        ("Γ = JR/(Dc_max)", Profile.Gamma, ""),
        ("pore wall flux Γ_in", Profile.InnerGamma, ""),
        ("mean c/c_max", MeanConcentration, ""),
        ("mean von Mises, Si + coatings (Fig. 1g)", MeanVonMisesGigapascals, "GPa"),
        ("mean von Mises, Si only", SiliconMeanVonMisesGigapascals, "GPa"),
        ("von Mises at the Si surface (A)", SurfaceVonMisesGigapascals, "GPa"),
        ("von Mises at the pore wall (C)", PoreWallVonMisesGigapascals, "GPa"),
    ]);
}
