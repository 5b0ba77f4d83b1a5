namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// The solved layered cylinder of <see cref="MultilayerCylinder.Solve"/>: layers, constants (A, B), axial strain e₀ and loads,
/// with point values and area averages (per unit length).
/// </summary>
/// <param name="Layers">The layers, axis out.</param>
/// <param name="Coefficients">A and B (µm²) of each layer.</param>
/// <param name="Condition">Plane strain or generalised plane strain.</param>
/// <param name="AxialStrain">e₀ = ε_zz (0 in plane strain).</param>
/// <param name="OuterPressureGigapascals">Pressure on the outer surface (GPa).</param>
/// <param name="CavityPressureGigapascals">Pressure in the bore (GPa), if hollow.</param>
public sealed record MultilayerCylinderSolution(
    IReadOnlyList<ElasticLayer> Layers,
    IReadOnlyList<LameCoefficients> Coefficients,
    CylinderAxialCondition Condition,
    double AxialStrain,
    double OuterPressureGigapascals,
    double CavityPressureGigapascals)
{
    /// <summary>Outer radius (µm).</summary>
    public double OuterRadiusMicrometres => Layers[^1].OuterRadiusMicrometres;

    /// <summary>Inner radius of the innermost layer (µm); 0 for a solid cylinder.</summary>
    public double InnerRadiusMicrometres => Layers[0].InnerRadiusMicrometres;

    /// <summary>The state at r in the innermost layer containing r (the inner side of an interface).</summary>
    public CylinderStressState At(double radiusMicrometres) => At(radiusMicrometres, LayerIndexAt(radiusMicrometres));

    /// <summary>The state at r evaluated with layer <paramref name="layerIndex"/>'s solution.</summary>
    public CylinderStressState At(double radiusMicrometres, int layerIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(layerIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(layerIndex, Layers.Count);
        var layer = Layers[layerIndex];
        double tol = 1e-12 * OuterRadiusMicrometres;
        if (radiusMicrometres < layer.InnerRadiusMicrometres - tol || radiusMicrometres > layer.OuterRadiusMicrometres + tol)
            throw new ArgumentOutOfRangeException(nameof(radiusMicrometres), radiusMicrometres, FormattableString.Invariant($"radius {radiusMicrometres} µm lies outside layer {layerIndex} [{layer.InnerRadiusMicrometres}, {layer.OuterRadiusMicrometres}] µm"));
        var (a, b) = Coefficients[layerIndex];
        double lam = layer.LameLambdaGigapascals, mu = layer.ShearModulusGigapascals, nu = layer.PoissonRatio;
        double kappa = (1.0 + nu) / (1.0 - nu), e0 = AxialStrain, r = radiusMicrometres;
        double eps = layer.Eigenstrain.At(r);
        double szz = 2.0 * lam * a + (lam + 2.0 * mu) * e0 - 2.0 * mu * kappa * eps;
        if (r == 0.0)
        {
            // Axis of a solid core: B = 0, J/r² → ε*(0)/2, σ_rr = σ_θθ.
            double s0 = 2.0 * (lam + mu) * a + lam * e0 - mu * kappa * eps;
            return new CylinderStressState(0.0, layerIndex, 0.0, s0, s0, szz);
        }
        double r2 = r * r;
        double jOverR2 = layer.Eigenstrain.CylindricalMoment(layer.InnerRadiusMicrometres, r) / r2;
        double u = a * r + b / r + kappa * jOverR2 * r;
        double srr = 2.0 * (lam + mu) * a - 2.0 * mu * b / r2 + lam * e0 - 2.0 * mu * kappa * jOverR2;
        double stt = 2.0 * (lam + mu) * a + 2.0 * mu * b / r2 + lam * e0 + 2.0 * mu * kappa * (jOverR2 - eps);
        return new CylinderStressState(r, layerIndex, u, srr, stt, szz);
    }

    /// <summary>The states at each probe radius (µm).</summary>
    public IReadOnlyList<CylinderStressState> Probe(IEnumerable<double> radiiMicrometres) => [.. radiiMicrometres.Select(r => At(r))];

    /// <summary>Index of the first layer (from the axis) whose [a, b] contains r.</summary>
    public int LayerIndexAt(double radiusMicrometres)
        => LayerStack.IndexAt(Layers, radiusMicrometres, InnerRadiusMicrometres, OuterRadiusMicrometres);

    /// <summary>Area averages over layer <paramref name="layerIndex"/> (∫·2πr dr / A).</summary>
    public StressAverage LayerAverage(int layerIndex)
    {
        var (sums, area) = LayerIntegrals(layerIndex);
        var layer = Layers[layerIndex];
        return new StressAverage(layerIndex, layer.InnerRadiusMicrometres, layer.OuterRadiusMicrometres, area / SolidArea(),
            sums[0] / area, sums[1] / area, sums[2] / area, sums[3] / area, sums[4] / area);
    }

    /// <summary>Area averages over the whole section (cavity excluded).</summary>
    public StressAverage Average()
    {
        var total = new double[5];
        double area = 0.0;
        for (int i = 0; i < Layers.Count; i++)
        {
            var (sums, a) = LayerIntegrals(i);
            for (int k = 0; k < 5; k++) total[k] += sums[k];
            area += a;
        }
        return new StressAverage(null, InnerRadiusMicrometres, OuterRadiusMicrometres, 1.0,
            total[0] / area, total[1] / area, total[2] / area, total[3] / area, total[4] / area);
    }

    private double SolidArea() => (OuterRadiusMicrometres * OuterRadiusMicrometres - InnerRadiusMicrometres * InnerRadiusMicrometres) / 2.0;

    private (double[] Sums, double Area) LayerIntegrals(int i)
    {
        var layer = Layers[i];
        double a = layer.InnerRadiusMicrometres, b = layer.OuterRadiusMicrometres;
        var sums = RadialQuadrature.Integrate(a, b, 1, layer.Eigenstrain.Breakpoints, 5, (r, v) =>
        {
            var s = At(r, i);
            v[0] = s.RadialStressGigapascals;
            v[1] = s.HoopStressGigapascals;
            v[2] = s.AxialStressGigapascals;
            v[3] = s.HydrostaticGigapascals;
            v[4] = s.VonMisesGigapascals;
        });
        return (sums, (b * b - a * a) / 2.0);
    }
}
