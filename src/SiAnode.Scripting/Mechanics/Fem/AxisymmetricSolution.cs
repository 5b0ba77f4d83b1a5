namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// A solved axisymmetric problem (<see cref="AxisymmetricElasticity.Solve"/>): nodal displacements and the stresses
/// σ = D(Bu − ε*) evaluated from them at any point (<see cref="Probe"/>), averaged at nodes (<see cref="NodalStresses"/>)
/// or integrated over the volume (<see cref="Average"/>, <see cref="Integrate"/>). Lengths in µm, stresses in GPa.
/// </summary>
public sealed class AxisymmetricSolution
{
    private (double R0, double R1, double Z0, double Z1)[]? _boxes;

    internal AxisymmetricSolution(TriangleMesh mesh, AxisymmetricMaterial[] materials, double[] displacements, SolverStatistics statistics, double assemblySeconds)
    {
        Mesh = mesh;
        Materials = materials;
        Displacements = displacements;
        Statistics = statistics;
        AssemblySeconds = assemblySeconds;
    }

    /// <summary>The mesh.</summary>
    public TriangleMesh Mesh { get; }

    /// <summary>The material of each region.</summary>
    public IReadOnlyList<AxisymmetricMaterial> Materials { get; }

    /// <summary>Nodal displacements (µm): u_r of node a at 2a, u_z at 2a + 1.</summary>
    public double[] Displacements { get; }

    /// <summary>What the CG solver did.</summary>
    public SolverStatistics Statistics { get; }

    /// <summary>Wall time of assembly and constraints (s).</summary>
    public double AssemblySeconds { get; }

    /// <summary>The state inside element <paramref name="element"/> at reference coordinates (ξ, η).</summary>
    public AxisymmetricStressState StateInElement(int element, double xi, double eta)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(element);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(element, Mesh.ElementCount);
        Span<double> r = stackalloc double[6], z = stackalloc double[6], n = stackalloc double[6], dr = stackalloc double[6], dz = stackalloc double[6];
        Mesh.ElementCoordinates(element, r, z);
        QuadraticTriangle.Map(r, z, xi, eta, n, dr, dz, out double rp, out double zp);
        return Evaluate(element, n, dr, dz, rp, zp);
    }

    private AxisymmetricStressState Evaluate(int element, ReadOnlySpan<double> n, ReadOnlySpan<double> dr, ReadOnlySpan<double> dz, double rp, double zp)
    {
        int region = Mesh.Regions[element];
        var mat = Materials[region];
        double ur = 0, uz = 0, err = 0, ezz = 0, grz = 0;
        for (int a = 0; a < 6; a++)
        {
            int node = Mesh.Elements[6 * element + a];
            double ua = Displacements[2 * node], wa = Displacements[2 * node + 1];
            ur += n[a] * ua;
            uz += n[a] * wa;
            err += dr[a] * ua;
            ezz += dz[a] * wa;
            grz += dz[a] * ua + dr[a] * wa;
        }
        // On the axis u_r = 0 and u_r/r → ∂u_r/∂r.
        double ett = rp > 1e-12 * Scale ? ur / rp : err;
        double eps = mat.Eigenstrain(rp, zp);
        double lam = mat.LameLambdaGigapascals, mu = mat.ShearModulusGigapascals;
        double e1 = err - eps, e2 = ezz - eps, e3 = ett - eps, tr = e1 + e2 + e3;
        return new AxisymmetricStressState(rp, zp, region, ur, uz, lam * tr + 2 * mu * e1, lam * tr + 2 * mu * e2, lam * tr + 2 * mu * e3, mu * grz);
    }

    private double Scale => Math.Max(Mesh.R.Max(), Mesh.Z.Max());

    /// <summary>
    /// The state at (r, z), interpolated in the element that contains the point (inverse isoparametric map by Newton's method).
    /// On an interface σ is discontinuous: pass <paramref name="region"/> to choose the side.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No element (of that region) contains the point.</exception>
    public AxisymmetricStressState Probe(double radiusMicrometres, double heightMicrometres, int? region = null)
    {
        var boxes = _boxes ??= Boxes();
        double tol = 1e-9 * Scale;
        Span<double> r = stackalloc double[6], z = stackalloc double[6], n = stackalloc double[6], dr = stackalloc double[6], dz = stackalloc double[6];
        Span<double> dXi = stackalloc double[6], dEta = stackalloc double[6];
        (int Element, double Xi, double Eta) best = (-1, 0.0, 0.0);
        double bestOutside = double.PositiveInfinity;
        for (int e = 0; e < Mesh.ElementCount; e++)
        {
            if (region is int g && Mesh.Regions[e] != g) continue;
            var b = boxes[e];
            if (radiusMicrometres < b.R0 - tol || radiusMicrometres > b.R1 + tol || heightMicrometres < b.Z0 - tol || heightMicrometres > b.Z1 + tol) continue;
            Mesh.ElementCoordinates(e, r, z);
            double xi = 1.0 / 3.0, eta = 1.0 / 3.0;
            bool ok = false;
            for (int it = 0; it < 30; it++)
            {
                QuadraticTriangle.Map(r, z, xi, eta, n, dr, dz, out double rp, out double zp);
                QuadraticTriangle.ShapeDerivatives(xi, eta, dXi, dEta);
                double j11 = 0, j12 = 0, j21 = 0, j22 = 0;
                for (int a = 0; a < 6; a++) { j11 += dXi[a] * r[a]; j12 += dEta[a] * r[a]; j21 += dXi[a] * z[a]; j22 += dEta[a] * z[a]; }
                double fr = radiusMicrometres - rp, fz = heightMicrometres - zp, det = j11 * j22 - j12 * j21;
                double dxi = (j22 * fr - j12 * fz) / det, deta = (-j21 * fr + j11 * fz) / det;
                xi += dxi;
                eta += deta;
                if (Math.Abs(dxi) + Math.Abs(deta) < 1e-13) { ok = true; break; }
                if (Math.Abs(xi) > 10 || Math.Abs(eta) > 10) break;
            }
            if (!ok) continue;
            double outside = Math.Max(0.0, Math.Max(-xi, Math.Max(-eta, xi + eta - 1.0)));
            if (outside < bestOutside) { bestOutside = outside; best = (e, xi, eta); }
            if (outside <= 1e-9) break;
        }
        // A point on a curved boundary can lie a hair outside the quadratic edge that approximates it: accept the element
        // that misses it least, if by less than 1 % of its reference size (then the field is extrapolated that little).
        if (best.Element >= 0 && bestOutside < 0.01)
        {
            Mesh.ElementCoordinates(best.Element, r, z);
            QuadraticTriangle.Map(r, z, best.Xi, best.Eta, n, dr, dz, out _, out _);
            return Evaluate(best.Element, n, dr, dz, radiusMicrometres, heightMicrometres);
        }
        throw new ArgumentOutOfRangeException(nameof(radiusMicrometres),
            FormattableString.Invariant($"no element{(region is null ? "" : $" of region {region}")} contains (r, z) = ({radiusMicrometres}, {heightMicrometres}) µm"));
    }

    private (double, double, double, double)[] Boxes()
    {
        var boxes = new (double, double, double, double)[Mesh.ElementCount];
        for (int e = 0; e < Mesh.ElementCount; e++)
        {
            double r0 = double.MaxValue, r1 = double.MinValue, z0 = double.MaxValue, z1 = double.MinValue;
            for (int a = 0; a < 6; a++)
            {
                int node = Mesh.Elements[6 * e + a];
                r0 = Math.Min(r0, Mesh.R[node]); r1 = Math.Max(r1, Mesh.R[node]);
                z0 = Math.Min(z0, Mesh.Z[node]); z1 = Math.Max(z1, Mesh.Z[node]);
            }
            // A curved edge bulges beyond its nodes by far less than a quarter of the box.
            double pr = 0.25 * (r1 - r0), pz = 0.25 * (z1 - z0);
            boxes[e] = (r0 - pr, r1 + pr, z0 - pz, z1 + pz);
        }
        return boxes;
    }

    /// <summary>
    /// Nodal stresses: at each node, the mean over the elements of <paramref name="region"/> (all regions when null) that
    /// share it of the element's own value there (no smoothing across an interface when a region is given). Null for nodes
    /// outside the region.
    /// </summary>
    public AxisymmetricStressState?[] NodalStresses(int? region = null)
    {
        int nodes = Mesh.NodeCount;
        var sum = new double[nodes, 6];
        var count = new int[nodes];
        var regionOf = new int[nodes];
        for (int e = 0; e < Mesh.ElementCount; e++)
        {
            if (region is int g && Mesh.Regions[e] != g) continue;
            for (int a = 0; a < 6; a++)
            {
                var s = StateInElement(e, QuadraticTriangle.NodeXi[a], QuadraticTriangle.NodeEta[a]);
                int node = Mesh.Elements[6 * e + a];
                sum[node, 0] += s.RadialStressGigapascals;
                sum[node, 1] += s.AxialStressGigapascals;
                sum[node, 2] += s.HoopStressGigapascals;
                sum[node, 3] += s.ShearStressGigapascals;
                count[node]++;
                regionOf[node] = s.Region;
            }
        }
        var result = new AxisymmetricStressState?[nodes];
        for (int a = 0; a < nodes; a++)
            if (count[a] > 0)
                result[a] = new AxisymmetricStressState(Mesh.R[a], Mesh.Z[a], regionOf[a], Displacements[2 * a], Displacements[2 * a + 1],
                    sum[a, 0] / count[a], sum[a, 1] / count[a], sum[a, 2] / count[a], sum[a, 3] / count[a]);
        return result;
    }

    /// <summary>∫ f(state) 2πr dA over <paramref name="region"/> (all when null), by the 6-point rule per element; also returns V.</summary>
    public (double Integral, double VolumeCubicMicrometres) Integrate(Func<AxisymmetricStressState, double> integrand, int? region = null)
    {
        ArgumentNullException.ThrowIfNull(integrand);
        double sum = 0.0, volume = 0.0;
        Span<double> r = stackalloc double[6], z = stackalloc double[6], n = stackalloc double[6], dr = stackalloc double[6], dz = stackalloc double[6];
        for (int e = 0; e < Mesh.ElementCount; e++)
        {
            if (region is int g && Mesh.Regions[e] != g) continue;
            Mesh.ElementCoordinates(e, r, z);
            for (int q = 0; q < 6; q++)
            {
                double det = QuadraticTriangle.Map(r, z, QuadraticTriangle.GaussXi[q], QuadraticTriangle.GaussEta[q], n, dr, dz, out double rp, out double zp);
                double w = 2.0 * Math.PI * rp * det * QuadraticTriangle.GaussWeight[q];
                sum += w * integrand(Evaluate(e, n, dr, dz, rp, zp));
                volume += w;
            }
        }
        return (sum, volume);
    }

    /// <summary>Volume averages of the stress components and invariants over a region (all when null).</summary>
    public AxisymmetricStressAverage Average(int? region = null)
    {
        var sums = new double[7];
        double volume = 0.0;
        Span<double> r = stackalloc double[6], z = stackalloc double[6], n = stackalloc double[6], dr = stackalloc double[6], dz = stackalloc double[6];
        for (int e = 0; e < Mesh.ElementCount; e++)
        {
            if (region is int g && Mesh.Regions[e] != g) continue;
            Mesh.ElementCoordinates(e, r, z);
            for (int q = 0; q < 6; q++)
            {
                double det = QuadraticTriangle.Map(r, z, QuadraticTriangle.GaussXi[q], QuadraticTriangle.GaussEta[q], n, dr, dz, out double rp, out double zp);
                double w = 2.0 * Math.PI * rp * det * QuadraticTriangle.GaussWeight[q];
                var s = Evaluate(e, n, dr, dz, rp, zp);
                volume += w;
                sums[0] += w * s.RadialStressGigapascals;
                sums[1] += w * s.AxialStressGigapascals;
                sums[2] += w * s.HoopStressGigapascals;
                sums[3] += w * s.ShearStressGigapascals;
                sums[4] += w * s.SphericalRadialStressGigapascals;
                sums[5] += w * s.HydrostaticGigapascals;
                sums[6] += w * s.VonMisesGigapascals;
            }
        }
        if (!(volume > 0.0)) throw new ArgumentException(FormattableString.Invariant($"region {region} has no volume"));
        return new AxisymmetricStressAverage(region, volume, sums[0] / volume, sums[1] / volume, sums[2] / volume, sums[3] / volume,
            sums[4] / volume, sums[5] / volume, sums[6] / volume);
    }
}
