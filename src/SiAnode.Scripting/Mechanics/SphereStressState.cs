namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// The stress and displacement at one radius of a spherically symmetric body. The principal stresses are σ_rr and
/// σ_θθ = σ_φφ, so the von Mises stress is |σ_θθ − σ_rr| and the hydrostatic stress (σ_rr + 2σ_θθ)/3.
/// Stresses are linear-elastic equivalent stresses (analysis.md §C) in the unit of the layers' E (GPa).
/// </summary>
/// <param name="RadiusMicrometres">r (µm).</param>
/// <param name="LayerIndex">The layer r was evaluated in (0 = innermost).</param>
/// <param name="DisplacementMicrometres">Radial displacement u(r) (µm).</param>
/// <param name="RadialStressGigapascals">σ_rr (GPa, tension positive).</param>
/// <param name="HoopStressGigapascals">σ_θθ = σ_φφ (GPa).</param>
public sealed record SphereStressState(
    double RadiusMicrometres,
    int LayerIndex,
    double DisplacementMicrometres,
    double RadialStressGigapascals,
    double HoopStressGigapascals)
{
    /// <summary>von Mises stress |σ_θθ − σ_rr| (GPa).</summary>
    public double VonMisesGigapascals => Math.Abs(HoopStressGigapascals - RadialStressGigapascals);

    /// <summary>Hydrostatic (mean normal) stress (σ_rr + 2σ_θθ)/3 (GPa).</summary>
    public double HydrostaticGigapascals => (RadialStressGigapascals + 2.0 * HoopStressGigapascals) / 3.0;
}
