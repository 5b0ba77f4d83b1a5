namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// Exact (Lamé) solution of N concentric, perfectly bonded, isotropic linear-elastic spherical layers with isotropic
/// eigenstrains ε*(r), a solid core or a pressurised cavity, and a pressurised (default traction-free) outer surface.
/// </summary>
/// <remarks>
/// <para>In layer i, with inner radius aᵢ, I(r) = ∫_{aᵢ}^{r} ε*(s)s²ds, κ = (1 + ν)/(1 − ν), K = E/3(1 − 2ν), G = E/2(1 + ν):</para>
/// <para>u = A r + B/r² + κ I/r²,</para>
/// <para>σ_rr = 3K A − 4G B/r³ − 2E/(1 − ν)·I/r³,</para>
/// <para>σ_θθ = 3K A + 2G B/r³ + E/(1 − ν)·(I/r³ − ε*).</para>
/// <para>This is the thermal-stress solution of Timoshenko &amp; Goodier, Theory of Elasticity, 3rd ed., §151, with αT → ε*,
/// and reduces to analysis.md §C's u = Ar + B/r², σ_rr = 3K(A − ε*) − 4GB/r³ for uniform ε* (with a shifted A).
/// Conditions: B₀ = 0 in a solid core or σ_rr(a₀) = −p_cavity; u and σ_rr continuous at each interface; σ_rr(b) = −p_outer.
/// The 2N×2N system is solved by Gaussian elimination with partial pivoting (B is scaled by bᵢ³ for conditioning).</para>
/// </remarks>
public static class MultilayerSphere
{
    /// <summary>Solves the layered sphere.</summary>
    /// <param name="layers">Layers from the centre out, contiguous (see <see cref="ElasticLayer"/>).</param>
    /// <param name="outerPressureGigapascals">Pressure on the outer surface (GPa, compression positive); 0 = traction-free.</param>
    /// <param name="cavityPressureGigapascals">Pressure in the central cavity (GPa) when the innermost layer is hollow.</param>
    public static MultilayerSphereSolution Solve(IReadOnlyList<ElasticLayer> layers, double outerPressureGigapascals = 0.0, double cavityPressureGigapascals = 0.0)
    {
        ElasticLayer.ValidateStack(layers);
        if (!double.IsFinite(outerPressureGigapascals) || !double.IsFinite(cavityPressureGigapascals))
            throw new ArgumentException("pressures must be finite");
        int n = layers.Count, size = 2 * n;
        var m = new double[size, size];
        var rhs = new double[size];
        int row = 0;

        // Inner condition.
        var first = layers[0];
        if (first.IsSolidCore)
        {
            m[row, 1] = 1.0; // B₀ = 0
            rhs[row++] = 0.0;
        }
        else
        {
            var t = Terms(first, first.InnerRadiusMicrometres);
            m[row, 0] = t.StressA;
            m[row, 1] = t.StressB;
            rhs[row++] = -cavityPressureGigapascals - t.StressParticular;
        }

        // Interfaces: u and σ_rr continuous.
        for (int i = 0; i + 1 < n; i++)
        {
            double r = layers[i].OuterRadiusMicrometres;
            var inner = Terms(layers[i], r);
            var outer = Terms(layers[i + 1], r);
            m[row, 2 * i] = inner.DisplacementA / r;
            m[row, 2 * i + 1] = inner.DisplacementB / r;
            m[row, 2 * i + 2] = -outer.DisplacementA / r;
            m[row, 2 * i + 3] = -outer.DisplacementB / r;
            rhs[row++] = (outer.DisplacementParticular - inner.DisplacementParticular) / r;
            m[row, 2 * i] = inner.StressA;
            m[row, 2 * i + 1] = inner.StressB;
            m[row, 2 * i + 2] = -outer.StressA;
            m[row, 2 * i + 3] = -outer.StressB;
            rhs[row++] = outer.StressParticular - inner.StressParticular;
        }

        // Outer surface.
        var last = layers[n - 1];
        var o = Terms(last, last.OuterRadiusMicrometres);
        m[row, size - 2] = o.StressA;
        m[row, size - 1] = o.StressB;
        rhs[row] = -outerPressureGigapascals - o.StressParticular;

        double[] x = GaussianElimination.Solve(m, rhs);
        var coefficients = new LameCoefficients[n];
        for (int i = 0; i < n; i++)
            coefficients[i] = new LameCoefficients(x[2 * i], x[2 * i + 1] * BScale(layers[i]));
        return new MultilayerSphereSolution([.. layers], coefficients, outerPressureGigapascals, cavityPressureGigapascals);
    }

    /// <summary>The uniform-eigenstrain core–shell stack of test vector S1 (core 0–a, shell a–b), for quick use.</summary>
    public static MultilayerSphereSolution CoreShell(double coreRadiusMicrometres, double outerRadiusMicrometres,
        double coreModulusGigapascals, double corePoissonRatio, double coreEigenstrain,
        double shellModulusGigapascals, double shellPoissonRatio, double shellEigenstrain = 0.0)
        => Solve([
            new ElasticLayer(0.0, coreRadiusMicrometres, coreModulusGigapascals, corePoissonRatio, coreEigenstrain),
            new ElasticLayer(coreRadiusMicrometres, outerRadiusMicrometres, shellModulusGigapascals, shellPoissonRatio, shellEigenstrain),
        ]);

    internal static double BScale(ElasticLayer layer) => Math.Pow(layer.OuterRadiusMicrometres, 3);

    /// <summary>The coefficients of A, of the scaled B̂ = B/b³, and the particular part, in u and σ_rr at r.</summary>
    private static (double DisplacementA, double DisplacementB, double DisplacementParticular, double StressA, double StressB, double StressParticular)
        Terms(ElasticLayer layer, double r)
    {
        double e = layer.YoungsModulusGigapascals, nu = layer.PoissonRatio;
        double s = BScale(layer), r3 = r * r * r;
        double i = layer.Eigenstrain.SphericalMoment(layer.InnerRadiusMicrometres, r);
        double kappa = (1.0 + nu) / (1.0 - nu);
        return (r, s / (r * r), kappa * i / (r * r),
            3.0 * layer.BulkModulusGigapascals, -4.0 * layer.ShearModulusGigapascals * s / r3, -2.0 * e / (1.0 - nu) * i / r3);
    }
}
