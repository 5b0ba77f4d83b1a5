namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// Concentric layered spheres by axisymmetric FEM: the quarter section of <see cref="SphereSectionMesher"/>, one
/// <see cref="AxisymmetricMaterial.FromLayer"/> per <see cref="ElasticLayer"/>, u_z = 0 on the mid-plane. The finite-element
/// counterpart of <see cref="MultilayerSphere"/> (which is its test oracle); unlike it, the mesh and the eigenstrain may
/// break spherical symmetry when built by hand.
/// </summary>
public static class FemSphere
{
    /// <summary>Meshes and solves traction-free concentric layers (centre out, contiguous; a first layer from a &gt; 0 leaves a cavity).</summary>
    public static AxisymmetricSolution Solve(IReadOnlyList<ElasticLayer> layers, SphereMeshOptions mesh)
    {
        ElasticLayer.ValidateStack(layers);
        ArgumentNullException.ThrowIfNull(mesh);
        var boundaries = new List<double> { layers[0].InnerRadiusMicrometres };
        boundaries.AddRange(layers.Select(l => l.OuterRadiusMicrometres));
        var m = SphereSectionMesher.Build(boundaries, mesh);
        return AxisymmetricElasticity.Solve(m, [.. layers.Select(AxisymmetricMaterial.FromLayer)]);
    }

    /// <summary>
    /// The state at spherical radius ρ on the ray at <paramref name="elevationDegrees"/> above the mid-plane, in layer
    /// <paramref name="layerIndex"/> (default: the innermost layer containing ρ, as <see cref="MultilayerSphereSolution.At(double)"/>),
    /// as a <see cref="SphereStressState"/>: σ_ρρ, the mean of the two hoop stresses (σ_θθ + σ_φφ)/2 and u_ρ.
    /// </summary>
    public static SphereStressState At(AxisymmetricSolution solution, IReadOnlyList<ElasticLayer> layers, double radiusMicrometres,
        int? layerIndex = null, double elevationDegrees = 30.0)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(layers);
        int layer = layerIndex ?? LayerAt(layers, radiusMicrometres);
        double angle = elevationDegrees * Math.PI / 180.0;
        var s = solution.Probe(radiusMicrometres * Math.Cos(angle), radiusMicrometres * Math.Sin(angle), layer);
        return new SphereStressState(radiusMicrometres, layer, s.SphericalRadialDisplacementMicrometres, s.SphericalRadialStressGigapascals,
            0.5 * (s.HoopStressGigapascals + s.MeridionalStressGigapascals));
    }

    private static int LayerAt(IReadOnlyList<ElasticLayer> layers, double radius)
    {
        double tol = 1e-12 * layers[^1].OuterRadiusMicrometres;
        for (int i = 0; i < layers.Count; i++)
            if (radius >= layers[i].InnerRadiusMicrometres - tol && radius <= layers[i].OuterRadiusMicrometres + tol) return i;
        throw new ArgumentOutOfRangeException(nameof(radius), radius, FormattableString.Invariant($"radius {radius} µm lies outside the solid"));
    }
}
