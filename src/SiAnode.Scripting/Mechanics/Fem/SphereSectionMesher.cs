namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// Structured-then-mapped mesh of a sphere's meridional quarter section (r ≥ 0, z ≥ 0) with concentric layers: a square
/// block of quadrilaterals around the centre (an "O-grid"; omitted for a hollow sphere), blended into circular rings that
/// follow every layer boundary, each quadrilateral split into two 6-node triangles (diagonals alternating). The grid is built
/// at double resolution and the mid-side nodes are taken from the same mapping, so curved edges lie exactly on the arcs
/// (isoparametric elements; Zienkiewicz, Taylor &amp; Zhu, 7th ed., §§5.3, 6.6). Radial spacing follows a size function
/// min(h, ρΔθ, h_if + g·distance to a boundary), which keeps elements near a small pore square and refines at interfaces.
/// </summary>
public static class SphereSectionMesher
{
    /// <summary>
    /// Meshes the layers [b₀, b₁], [b₁, b₂], …; region i of the mesh is layer i. b₀ = 0 gives a solid sphere, b₀ &gt; 0 a
    /// central cavity (pore) of that radius.
    /// </summary>
    /// <param name="boundariesMicrometres">Layer boundaries b₀ &lt; b₁ &lt; … (µm), b₀ ≥ 0, at least two.</param>
    /// <param name="options">Element sizes.</param>
    public static TriangleMesh Build(IReadOnlyList<double> boundariesMicrometres, SphereMeshOptions options)
    {
        ArgumentNullException.ThrowIfNull(boundariesMicrometres);
        ArgumentNullException.ThrowIfNull(options);
        var b = boundariesMicrometres.ToArray();
        if (b.Length < 2) throw new ArgumentException("give at least two layer boundaries", nameof(boundariesMicrometres));
        if (!(b[0] >= 0.0) || b.Any(x => !double.IsFinite(x))) throw new ArgumentException("boundaries must be finite and ≥ 0", nameof(boundariesMicrometres));
        for (int i = 1; i < b.Length; i++)
            if (!(b[i] > b[i - 1])) throw new ArgumentException("boundaries must increase strictly", nameof(boundariesMicrometres));
        double h = options.ElementSizeMicrometres, outer = b[^1];
        if (!(h > 0.0) || !double.IsFinite(h)) throw new ArgumentException("element size must be > 0", nameof(options));
        double hIf = options.InterfaceElementSizeMicrometres ?? h;
        if (!(hIf > 0.0)) throw new ArgumentException("interface element size must be > 0", nameof(options));
        if (!(options.InterfaceGrowth > 0.0)) throw new ArgumentException("interface growth must be > 0", nameof(options));
        if (options.MinimumElementsPerLayer < 1) throw new ArgumentException("at least one element per layer", nameof(options));

        int m = Math.Max(2, (int)Math.Ceiling(Math.PI * outer / (4.0 * h))); // 2m elements along the quarter arc
        int nAng = 4 * m;                                                       // angular intervals at double resolution
        double dTheta = Math.PI / 2.0 / (2 * m);
        bool solid = b[0] == 0.0;
        double s = solid ? 0.5 * b[1] : 0.0;                                    // side of the central square block
        var sizeBoundaries = b.Where(x => x > 0.0).ToArray();
        double Size(double rho)
        {
            double f = Math.Min(h, Math.Max(rho, s) * dTheta);
            foreach (double x in sizeBoundaries) f = Math.Min(f, hIf + options.InterfaceGrowth * Math.Abs(rho - x));
            return f;
        }

        // Radial levels at double resolution: radius, roundness w (0 = square, 1 = circle) and the layer of the cell above.
        var rho = new List<double>();
        var round = new List<double>();
        var cellLayer = new List<int>();
        void AddSegment(double from, double to, int layer, bool blend, int minimum)
        {
            double[] levels = Levels(from, to, Size, minimum);
            int start = rho.Count == 0 ? 0 : 1;
            for (int k = start; k < levels.Length; k++)
            {
                rho.Add(levels[k]);
                round.Add(blend ? (levels[k] - from) / (to - from) : 1.0);
            }
            for (int k = 0; k + 2 < levels.Length; k += 2) cellLayer.Add(layer);
        }
        if (solid) AddSegment(s, b[1], 0, true, Math.Max(1, options.MinimumElementsPerLayer / 2));
        for (int i = solid ? 1 : 0; i + 1 < b.Length; i++) AddSegment(b[i], b[i + 1], i, false, options.MinimumElementsPerLayer);

        var r = new List<double>();
        var z = new List<double>();
        int[,]? square = null;
        if (solid)
        {
            square = new int[2 * m + 1, 2 * m + 1];
            for (int j = 0; j <= 2 * m; j++)
                for (int i = 0; i <= 2 * m; i++)
                {
                    square[i, j] = r.Count;
                    r.Add(s * i / (2.0 * m));
                    z.Add(s * j / (2.0 * m));
                }
        }
        int levelsCount = rho.Count;
        var ring = new int[nAng + 1, levelsCount];
        for (int l = 0; l < levelsCount; l++)
            for (int a = 0; a <= nAng; a++)
            {
                if (l == 0 && solid)
                {
                    ring[a, 0] = a <= 2 * m ? square![2 * m, a] : square![nAng - a, 2 * m];
                    continue;
                }
                double t = (double)a / nAng, theta = t * Math.PI / 2.0, w = round[l], p = rho[l];
                double sqR = t <= 0.5 ? p : p * (2.0 - 2.0 * t), sqZ = t <= 0.5 ? p * 2.0 * t : p;
                double x = (1.0 - w) * sqR + w * p * Math.Cos(theta), y = (1.0 - w) * sqZ + w * p * Math.Sin(theta);
                if (a == nAng) x = 0.0;
                if (a == 0) y = 0.0;
                ring[a, l] = r.Count;
                r.Add(x);
                z.Add(y);
            }

        var elements = new List<int>();
        var regions = new List<int>();
        var rr = r.ToArray();
        var zz = z.ToArray();
        Span<int> g = stackalloc int[9];
        if (solid)
            for (int jc = 0; jc < m; jc++)
                for (int ic = 0; ic < m; ic++)
                {
                    for (int j = 0; j < 3; j++)
                        for (int i = 0; i < 3; i++) g[i + 3 * j] = square![2 * ic + i, 2 * jc + j];
                    EmitCell(g, (ic + jc) % 2 == 0, 0, rr, zz, elements, regions);
                }
        for (int lc = 0; lc < cellLayer.Count; lc++)
            for (int ac = 0; ac < 2 * m; ac++)
            {
                for (int j = 0; j < 3; j++)
                    for (int i = 0; i < 3; i++) g[i + 3 * j] = ring[2 * ac + i, 2 * lc + j];
                EmitCell(g, (ac + lc) % 2 == 0, cellLayer[lc], rr, zz, elements, regions);
            }
        return new TriangleMesh(rr, zz, [.. elements], [.. regions]);
    }

    /// <summary>Double-resolution radii from <paramref name="from"/> to <paramref name="to"/> equidistributing 1/size.</summary>
    private static double[] Levels(double from, double to, Func<double, double> size, int minimum)
    {
        const int samples = 2000;
        var cumulative = new double[samples + 1];
        double dx = (to - from) / samples;
        for (int k = 1; k <= samples; k++)
        {
            double x0 = from + (k - 1) * dx, x1 = from + k * dx;
            cumulative[k] = cumulative[k - 1] + 0.5 * dx * (1.0 / size(x0) + 1.0 / size(x1));
        }
        int n = Math.Max(minimum, (int)Math.Ceiling(cumulative[samples] - 1e-9));
        var levels = new double[2 * n + 1];
        int seg = 0;
        for (int k = 0; k <= 2 * n; k++)
        {
            double target = cumulative[samples] * k / (2.0 * n);
            while (seg < samples - 1 && cumulative[seg + 1] < target) seg++;
            double f = (target - cumulative[seg]) / (cumulative[seg + 1] - cumulative[seg]);
            levels[k] = from + (seg + Math.Clamp(f, 0.0, 1.0)) * dx;
        }
        levels[0] = from;
        levels[^1] = to;
        return levels;
    }

    /// <summary>Splits the 3×3 double-resolution cell g (index i + 3j) into two counter-clockwise 6-node triangles.</summary>
    private static void EmitCell(ReadOnlySpan<int> g, bool mainDiagonal, int region, double[] r, double[] z, List<int> elements, List<int> regions)
    {
        if (mainDiagonal)
        {
            Emit(g[0], g[2], g[8], g[1], g[5], g[4], region, r, z, elements, regions);
            Emit(g[0], g[8], g[6], g[4], g[7], g[3], region, r, z, elements, regions);
        }
        else
        {
            Emit(g[0], g[2], g[6], g[1], g[4], g[3], region, r, z, elements, regions);
            Emit(g[2], g[8], g[6], g[5], g[7], g[4], region, r, z, elements, regions);
        }
    }

    private static void Emit(int c0, int c1, int c2, int m01, int m12, int m20, int region, double[] r, double[] z, List<int> elements, List<int> regions)
    {
        double area2 = (r[c1] - r[c0]) * (z[c2] - z[c0]) - (r[c2] - r[c0]) * (z[c1] - z[c0]);
        if (area2 >= 0) elements.AddRange([c0, c1, c2, m01, m12, m20]);
        else elements.AddRange([c0, c2, c1, m20, m12, m01]);
        regions.Add(region);
    }
}
