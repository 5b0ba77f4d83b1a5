namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// Volume averages ⟨·⟩ = ∫·2πr dA / V over one region or the whole mesh (Gauss quadrature of the element stresses).
/// For a quarter-section model the averages equal those of the whole body.
/// </summary>
/// <param name="Region">The region, or null for all.</param>
/// <param name="VolumeCubicMicrometres">V = ∫2πr dA of the meshed section (µm³).</param>
/// <param name="RadialStressGigapascals">⟨σ_rr⟩ (GPa).</param>
/// <param name="AxialStressGigapascals">⟨σ_zz⟩ (GPa).</param>
/// <param name="HoopStressGigapascals">⟨σ_θθ⟩ (GPa).</param>
/// <param name="ShearStressGigapascals">⟨σ_rz⟩ (GPa).</param>
/// <param name="SphericalRadialStressGigapascals">⟨σ_ρρ⟩ (GPa).</param>
/// <param name="HydrostaticGigapascals">⟨σ_h⟩ (GPa); zero over a whole traction-free body.</param>
/// <param name="VonMisesGigapascals">⟨σ_vM⟩ (GPa), the paper's "average stress" (linear-elastic equivalent).</param>
public sealed record AxisymmetricStressAverage(
    int? Region,
    double VolumeCubicMicrometres,
    double RadialStressGigapascals,
    double AxialStressGigapascals,
    double HoopStressGigapascals,
    double ShearStressGigapascals,
    double SphericalRadialStressGigapascals,
    double HydrostaticGigapascals,
    double VonMisesGigapascals);
