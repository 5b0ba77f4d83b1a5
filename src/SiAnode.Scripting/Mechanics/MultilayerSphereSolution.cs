namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// The solved layered sphere of <see cref="MultilayerSphere.Solve"/>: the layers, their constants (A, B) and the loads,
/// with point values (<see cref="At(double)"/>) and volume averages (<see cref="LayerAverage"/>, <see cref="Average"/>).
/// </summary>
/// <param name="Layers">The layers, centre out.</param>
/// <param name="Coefficients">A and B (µm³) of each layer.</param>
/// <param name="OuterPressureGigapascals">Pressure applied on the outer surface (GPa).</param>
/// <param name="CavityPressureGigapascals">Pressure applied in the cavity (GPa), if hollow.</param>
public sealed record MultilayerSphereSolution(
    IReadOnlyList<ElasticLayer> Layers,
    IReadOnlyList<LameCoefficients> Coefficients,
    double OuterPressureGigapascals,
    double CavityPressureGigapascals)
{
    /// <summary>Outer radius b of the particle (µm).</summary>
    public double OuterRadiusMicrometres => Layers[^1].OuterRadiusMicrometres;

    /// <summary>Inner radius of the innermost layer (µm); 0 for a solid particle.</summary>
    public double InnerRadiusMicrometres => Layers[0].InnerRadiusMicrometres;

    /// <summary>
    /// The state at r, evaluated in the first layer (from the centre) that contains r; at an interface that is the
    /// inner layer. Use <see cref="At(double, int)"/> for the outer side (σ_θθ jumps across interfaces; u and σ_rr do not).
    /// </summary>
    public SphereStressState At(double radiusMicrometres) => At(radiusMicrometres, LayerIndexAt(radiusMicrometres));

    /// <summary>The state at r evaluated with layer <paramref name="layerIndex"/>'s solution (r must lie in that layer).</summary>
    public SphereStressState At(double radiusMicrometres, int layerIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(layerIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(layerIndex, Layers.Count);
        var layer = Layers[layerIndex];
        double tol = 1e-12 * OuterRadiusMicrometres;
        if (radiusMicrometres < layer.InnerRadiusMicrometres - tol || radiusMicrometres > layer.OuterRadiusMicrometres + tol)
            throw new ArgumentOutOfRangeException(nameof(radiusMicrometres), radiusMicrometres, FormattableString.Invariant($"radius {radiusMicrometres} µm lies outside layer {layerIndex} [{layer.InnerRadiusMicrometres}, {layer.OuterRadiusMicrometres}] µm"));
        var (a, b) = Coefficients[layerIndex];
        double e = layer.YoungsModulusGigapascals, nu = layer.PoissonRatio, kappa = (1.0 + nu) / (1.0 - nu);
        double eps = layer.Eigenstrain.At(radiusMicrometres);
        double r = radiusMicrometres;
        if (r == 0.0)
        {
            // Centre of a solid core: B = 0, I/r³ → ε*(0)/3, and σ_rr = σ_θθ.
            double s0 = 3.0 * layer.BulkModulusGigapascals * a - 2.0 * e / (1.0 - nu) * eps / 3.0;
            return new SphereStressState(0.0, layerIndex, 0.0, s0, s0);
        }
        double r3 = r * r * r;
        double iOverR3 = layer.Eigenstrain.SphericalMoment(layer.InnerRadiusMicrometres, r) / r3;
        double u = a * r + b / (r * r) + kappa * iOverR3 * r;
        double srr = 3.0 * layer.BulkModulusGigapascals * a - 4.0 * layer.ShearModulusGigapascals * b / r3 - 2.0 * e / (1.0 - nu) * iOverR3;
        double stt = 3.0 * layer.BulkModulusGigapascals * a + 2.0 * layer.ShearModulusGigapascals * b / r3 + e / (1.0 - nu) * (iOverR3 - eps);
        return new SphereStressState(r, layerIndex, u, srr, stt);
    }

    /// <summary>The states at each probe radius (µm), each in the innermost layer containing it.</summary>
    public IReadOnlyList<SphereStressState> Probe(IEnumerable<double> radiiMicrometres) => [.. radiiMicrometres.Select(r => At(r))];

    /// <summary>Index of the first layer (from the centre) whose [a, b] contains r; throws if r lies in the cavity or outside.</summary>
    public int LayerIndexAt(double radiusMicrometres)
        => LayerStack.IndexAt(Layers, radiusMicrometres, InnerRadiusMicrometres, OuterRadiusMicrometres);

    /// <summary>Volume averages over layer <paramref name="layerIndex"/> (∫·4πr²dr / V).</summary>
    public StressAverage LayerAverage(int layerIndex)
    {
        var (sums, volume) = LayerIntegrals(layerIndex);
        var layer = Layers[layerIndex];
        return new StressAverage(layerIndex, layer.InnerRadiusMicrometres, layer.OuterRadiusMicrometres, volume / SolidVolume(),
            sums[0] / volume, sums[1] / volume, sums[1] / volume, sums[2] / volume, sums[3] / volume);
    }

    /// <summary>Volume averages over the whole solid (all layers, cavity excluded): the particle-mean stress.</summary>
    public StressAverage Average()
    {
        var total = new double[4];
        double volume = 0.0;
        for (int i = 0; i < Layers.Count; i++)
        {
            var (sums, v) = LayerIntegrals(i);
            for (int k = 0; k < 4; k++) total[k] += sums[k];
            volume += v;
        }
        return new StressAverage(null, InnerRadiusMicrometres, OuterRadiusMicrometres, 1.0,
            total[0] / volume, total[1] / volume, total[1] / volume, total[2] / volume, total[3] / volume);
    }

    private double SolidVolume() => (Math.Pow(OuterRadiusMicrometres, 3) - Math.Pow(InnerRadiusMicrometres, 3)) / 3.0;

    // ∫ (σ_rr, σ_θθ, σ_h, σ_vM) r² dr over the layer and the layer's (b³ − a³)/3 (the 4π cancels).
    private (double[] Sums, double Volume) LayerIntegrals(int i)
    {
        var layer = Layers[i];
        double a = layer.InnerRadiusMicrometres, b = layer.OuterRadiusMicrometres;
        var sums = RadialQuadrature.Integrate(a, b, 2, layer.Eigenstrain.Breakpoints, 4, (r, v) =>
        {
            var s = At(r, i);
            v[0] = s.RadialStressGigapascals;
            v[1] = s.HoopStressGigapascals;
            v[2] = s.HydrostaticGigapascals;
            v[3] = s.VonMisesGigapascals;
        });
        return (sums, (b * b * b - a * a * a) / 3.0);
    }
}
