namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// Volume averages ⟨·⟩ = ∫·dV / V of the stresses over one layer or the whole solid (cavity excluded): the
/// "mean von Mises stress" of analysis.md §C (the quantity compared with the paper's 32.54 / 31.14 / 12.33 / 9.94 GPa).
/// For a cylinder the volume is the cross-section area per unit length.
/// </summary>
/// <param name="LayerIndex">The layer, or null for the whole body.</param>
/// <param name="InnerRadiusMicrometres">Inner radius of the averaging region (µm).</param>
/// <param name="OuterRadiusMicrometres">Outer radius of the averaging region (µm).</param>
/// <param name="VolumeFraction">The region's share of the solid volume (1 for the whole body).</param>
/// <param name="RadialStressGigapascals">⟨σ_rr⟩ (GPa).</param>
/// <param name="HoopStressGigapascals">⟨σ_θθ⟩ (GPa).</param>
/// <param name="AxialStressGigapascals">⟨σ_zz⟩ for a cylinder; ⟨σ_φφ⟩ = ⟨σ_θθ⟩ for a sphere (GPa).</param>
/// <param name="HydrostaticGigapascals">⟨σ_h⟩ (GPa); zero over a whole traction-free body.</param>
/// <param name="VonMisesGigapascals">⟨σ_vM⟩ (GPa).</param>
public sealed record StressAverage(
    int? LayerIndex,
    double InnerRadiusMicrometres,
    double OuterRadiusMicrometres,
    double VolumeFraction,
    double RadialStressGigapascals,
    double HoopStressGigapascals,
    double AxialStressGigapascals,
    double HydrostaticGigapascals,
    double VonMisesGigapascals);
