namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>Element-size controls of <see cref="SphereSectionMesher"/> (lengths in µm).</summary>
/// <param name="ElementSizeMicrometres">Target edge length h of the 6-node triangles in the bulk.</param>
/// <param name="InterfaceElementSizeMicrometres">Target radial size at each interface and free surface; null = h (no refinement).</param>
/// <param name="InterfaceGrowth">Growth of the radial size with distance from an interface (size = h_if + growth·distance, capped at h).</param>
/// <param name="MinimumElementsPerLayer">At least this many elements through the thickness of each layer (≥ 1).</param>
public sealed record SphereMeshOptions(
    double ElementSizeMicrometres,
    double? InterfaceElementSizeMicrometres = null,
    double InterfaceGrowth = 0.3,
    int MinimumElementsPerLayer = 2);
