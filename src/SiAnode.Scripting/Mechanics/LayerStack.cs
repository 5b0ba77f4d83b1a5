namespace SiAnode.Scripting.Mechanics;

/// <summary>Lookups shared by the layered sphere and cylinder solutions.</summary>
internal static class LayerStack
{
    /// <summary>Index of the first layer (from the centre) whose [a, b] contains r; throws if r lies in the cavity or outside.</summary>
    public static int IndexAt(IReadOnlyList<ElasticLayer> layers, double radiusMicrometres, double innerRadiusMicrometres, double outerRadiusMicrometres)
    {
        double tol = 1e-12 * outerRadiusMicrometres;
        for (int i = 0; i < layers.Count; i++)
            if (radiusMicrometres >= layers[i].InnerRadiusMicrometres - tol && radiusMicrometres <= layers[i].OuterRadiusMicrometres + tol) return i;
        throw new ArgumentOutOfRangeException(nameof(radiusMicrometres), radiusMicrometres,
            FormattableString.Invariant($"radius {radiusMicrometres} µm lies outside the solid [{innerRadiusMicrometres}, {outerRadiusMicrometres}] µm"));
    }
}
