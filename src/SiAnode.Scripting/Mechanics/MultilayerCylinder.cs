namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// Exact solution of N concentric, bonded, isotropic linear-elastic cylindrical layers (long cylinder, axisymmetric)
/// with isotropic eigenstrains ε*(r), in plane strain or generalised plane strain (zero axial force).
/// </summary>
/// <remarks>
/// <para>In layer i, with J(r) = ∫_{aᵢ}^{r} ε*(s)s ds, κ = (1 + ν)/(1 − ν), λ, μ the Lamé constants, ε_zz = e₀:</para>
/// <para>u = A r + B/r + κ J/r,</para>
/// <para>σ_rr = 2(λ + μ)A − 2μB/r² + λe₀ − 2μκ J/r²,</para>
/// <para>σ_θθ = 2(λ + μ)A + 2μB/r² + λe₀ + 2μκ(J/r² − ε*),</para>
/// <para>σ_zz = 2λA + (λ + 2μ)e₀ − 2μκ ε*  (2μκ = E/(1 − ν)).</para>
/// <para>For uniform ε* this is analysis.md §C's σ_rr = 2(λ + μ)A − 2μB/r² − 3Kε* + λe₀ with a shifted A; for
/// ε*(r) it is the plane-strain thermal-stress solution of Timoshenko &amp; Goodier §150 with αT → ε*.
/// Generalised plane strain adds e₀ as an unknown and the equation Σᵢ∫σ_zz r dr = 0.</para>
/// </remarks>
public static class MultilayerCylinder
{
    /// <summary>Solves the layered cylinder.</summary>
    /// <param name="layers">Layers from the axis out, contiguous.</param>
    /// <param name="condition">Plane strain (e₀ = 0) or generalised plane strain (zero axial force).</param>
    /// <param name="outerPressureGigapascals">Pressure on the outer surface (GPa, compression positive).</param>
    /// <param name="cavityPressureGigapascals">Pressure in the bore (GPa) when the innermost layer is hollow.</param>
    public static MultilayerCylinderSolution Solve(IReadOnlyList<ElasticLayer> layers, CylinderAxialCondition condition = CylinderAxialCondition.GeneralizedPlaneStrain,
        double outerPressureGigapascals = 0.0, double cavityPressureGigapascals = 0.0)
    {
        ElasticLayer.ValidateStack(layers);
        if (!double.IsFinite(outerPressureGigapascals) || !double.IsFinite(cavityPressureGigapascals))
            throw new ArgumentException("pressures must be finite");
        if (!Enum.IsDefined(condition)) throw new ArgumentOutOfRangeException(nameof(condition));
        bool gps = condition == CylinderAxialCondition.GeneralizedPlaneStrain;
        int n = layers.Count, size = 2 * n + (gps ? 1 : 0), e0 = 2 * n;
        var m = new double[size, size];
        var rhs = new double[size];
        int row = 0;

        var first = layers[0];
        if (first.IsSolidCore)
        {
            m[row, 1] = 1.0;
            rhs[row++] = 0.0;
        }
        else
        {
            var t = Terms(first, first.InnerRadiusMicrometres);
            m[row, 0] = t.StressA;
            m[row, 1] = t.StressB;
            if (gps) m[row, e0] = t.StressE0;
            rhs[row++] = -cavityPressureGigapascals - t.StressParticular;
        }
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
            if (gps) m[row, e0] = inner.StressE0 - outer.StressE0;
            rhs[row++] = outer.StressParticular - inner.StressParticular;
        }
        var last = layers[n - 1];
        var o = Terms(last, last.OuterRadiusMicrometres);
        m[row, 2 * n - 2] = o.StressA;
        m[row, 2 * n - 1] = o.StressB;
        if (gps) m[row, e0] = o.StressE0;
        rhs[row++] = -outerPressureGigapascals - o.StressParticular;

        if (gps)
        {
            // ∫_a^b σ_zz r dr = λA(b² − a²) + (λ + 2μ)e₀(b² − a²)/2 − 2μκ J(b), summed over layers, = 0.
            double scale = Math.Pow(last.OuterRadiusMicrometres, 2);
            for (int i = 0; i < n; i++)
            {
                var l = layers[i];
                double a = l.InnerRadiusMicrometres, b = l.OuterRadiusMicrometres, area = (b * b - a * a) / scale;
                double lam = l.LameLambdaGigapascals, mu = l.ShearModulusGigapascals, kappa = (1.0 + l.PoissonRatio) / (1.0 - l.PoissonRatio);
                m[row, 2 * i] = lam * area;
                m[row, e0] += (lam + 2.0 * mu) * area / 2.0;
                rhs[row] += 2.0 * mu * kappa * l.Eigenstrain.CylindricalMoment(a, b) / scale;
            }
        }

        double[] x = GaussianElimination.Solve(m, rhs);
        var coefficients = new LameCoefficients[n];
        for (int i = 0; i < n; i++)
            coefficients[i] = new LameCoefficients(x[2 * i], x[2 * i + 1] * BScale(layers[i]));
        return new MultilayerCylinderSolution([.. layers], coefficients, condition, gps ? x[e0] : 0.0, outerPressureGigapascals, cavityPressureGigapascals);
    }

    internal static double BScale(ElasticLayer layer) => layer.OuterRadiusMicrometres * layer.OuterRadiusMicrometres;

    private static (double DisplacementA, double DisplacementB, double DisplacementParticular, double StressA, double StressB, double StressE0, double StressParticular)
        Terms(ElasticLayer layer, double r)
    {
        double lam = layer.LameLambdaGigapascals, mu = layer.ShearModulusGigapascals, nu = layer.PoissonRatio;
        double kappa = (1.0 + nu) / (1.0 - nu), s = BScale(layer), r2 = r * r;
        double j = layer.Eigenstrain.CylindricalMoment(layer.InnerRadiusMicrometres, r);
        return (r, s / r, kappa * j / r, 2.0 * (lam + mu), -2.0 * mu * s / r2, lam, -2.0 * mu * kappa * j / r2);
    }
}
