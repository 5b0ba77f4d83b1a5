namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// A mesh of 6-node triangles (<see cref="QuadraticTriangle"/>) in the axisymmetric (r, z) half-plane, r ≥ 0, with a region
/// index per element (e.g. 0 = core, 1 = coating). Coordinates in µm.
/// </summary>
public sealed class TriangleMesh
{
    /// <summary>Creates a mesh, checking sizes, node indices, r ≥ 0 and region indices.</summary>
    /// <param name="r">Radial coordinate of each node (µm), ≥ 0.</param>
    /// <param name="z">Axial coordinate of each node (µm).</param>
    /// <param name="elements">Six node indices per element, flattened (corners counter-clockwise, then mid-sides 01, 12, 20).</param>
    /// <param name="regions">Region index of each element, ≥ 0.</param>
    public TriangleMesh(double[] r, double[] z, int[] elements, int[] regions)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(z);
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(regions);
        if (r.Length != z.Length) throw new ArgumentException("r and z must have the same length");
        if (elements.Length % QuadraticTriangle.NodeCount != 0) throw new ArgumentException("elements must hold six node indices per element");
        if (regions.Length != elements.Length / QuadraticTriangle.NodeCount) throw new ArgumentException("give one region per element");
        foreach (int n in elements)
            if ((uint)n >= (uint)r.Length) throw new ArgumentException(FormattableString.Invariant($"node index {n} out of range"));
        foreach (double x in r)
            if (!(x >= 0.0)) throw new ArgumentException("axisymmetric nodes need r ≥ 0");
        foreach (int g in regions)
            if (g < 0) throw new ArgumentException("region indices must be ≥ 0");
        R = r;
        Z = z;
        Elements = elements;
        Regions = regions;
        RegionCount = regions.Length == 0 ? 0 : regions.Max() + 1;
    }

    /// <summary>Radial node coordinates (µm).</summary>
    public double[] R { get; }

    /// <summary>Axial node coordinates (µm).</summary>
    public double[] Z { get; }

    /// <summary>Element connectivity, six node indices per element.</summary>
    public int[] Elements { get; }

    /// <summary>Region index of each element.</summary>
    public int[] Regions { get; }

    /// <summary>Number of regions (largest index + 1).</summary>
    public int RegionCount { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => R.Length;

    /// <summary>Number of elements.</summary>
    public int ElementCount => Regions.Length;

    /// <summary>Number of displacement unknowns (2 per node: u_r, u_z) before constraints.</summary>
    public int DegreesOfFreedom => 2 * R.Length;

    /// <summary>Copies the six node coordinates of element <paramref name="element"/>.</summary>
    public void ElementCoordinates(int element, Span<double> r, Span<double> z)
    {
        int o = QuadraticTriangle.NodeCount * element;
        for (int a = 0; a < QuadraticTriangle.NodeCount; a++)
        {
            r[a] = R[Elements[o + a]];
            z[a] = Z[Elements[o + a]];
        }
    }

    /// <summary>
    /// Element quality: the shape measure q = 4√3·A / Σℓ² of the corner triangle (1 equilateral, 0 degenerate; Bank's
    /// measure, see Shewchuk, "What is a good linear finite element?", 2002) and the smallest Jacobian determinant of the
    /// curved element at its quadrature points relative to the straight triangle's (≤ 0 would be an invalid element).
    /// </summary>
    public MeshQuality Quality()
    {
        double min = double.PositiveInfinity, sum = 0.0, minJ = double.PositiveInfinity;
        int poor = 0;
        Span<double> r = stackalloc double[6], z = stackalloc double[6], n = stackalloc double[6], dr = stackalloc double[6], dz = stackalloc double[6];
        for (int e = 0; e < ElementCount; e++)
        {
            ElementCoordinates(e, r, z);
            double area2 = (r[1] - r[0]) * (z[2] - z[0]) - (r[2] - r[0]) * (z[1] - z[0]);
            double l = Sq(r[1] - r[0]) + Sq(z[1] - z[0]) + Sq(r[2] - r[1]) + Sq(z[2] - z[1]) + Sq(r[0] - r[2]) + Sq(z[0] - z[2]);
            double q = 2.0 * Math.Sqrt(3.0) * area2 / l;
            min = Math.Min(min, q);
            sum += q;
            if (q < 0.3) poor++;
            for (int g = 0; g < 6; g++)
            {
                double det = QuadraticTriangle.Map(r, z, QuadraticTriangle.GaussXi[g], QuadraticTriangle.GaussEta[g], n, dr, dz, out _, out _);
                minJ = Math.Min(minJ, det / area2);
            }
        }
        return new MeshQuality(NodeCount, ElementCount, min, ElementCount == 0 ? 0.0 : sum / ElementCount, poor, minJ);
    }

    /// <summary>
    /// The mesh together with its mirror image in the plane z = 0 (nodes on z = 0 shared), e.g. a half section of a sphere
    /// from <see cref="SphereSectionMesher"/>'s quarter, for loads that are not symmetric about the mid-plane.
    /// </summary>
    public TriangleMesh MirrorAboutMidplane()
    {
        var map = new int[NodeCount];
        var r = new List<double>(R);
        var z = new List<double>(Z);
        for (int a = 0; a < NodeCount; a++)
        {
            if (Z[a] == 0.0) { map[a] = a; continue; }
            map[a] = r.Count;
            r.Add(R[a]);
            z.Add(-Z[a]);
        }
        var elements = new int[2 * Elements.Length];
        Elements.CopyTo(elements, 0);
        int o = Elements.Length;
        for (int e = 0; e < ElementCount; e++)
        {
            int b = 6 * e;
            // Reflection reverses orientation: swap corners 1 and 2 and the mid-sides 01 and 20.
            elements[o + b] = map[Elements[b]];
            elements[o + b + 1] = map[Elements[b + 2]];
            elements[o + b + 2] = map[Elements[b + 1]];
            elements[o + b + 3] = map[Elements[b + 5]];
            elements[o + b + 4] = map[Elements[b + 4]];
            elements[o + b + 5] = map[Elements[b + 3]];
        }
        return new TriangleMesh([.. r], [.. z], elements, [.. Regions, .. Regions]);
    }

    private static double Sq(double x) => x * x;
}
