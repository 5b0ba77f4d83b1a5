namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// Series solution for diffusion into a sphere with a constant inward flux J at r = R and zero initial concentration
/// (galvanostatic lithiation), and the diffusion-induced stress (DIS) it produces, in dimensionless form:
/// x = r/R, τ = Dt/R², Γ = JR/(Dc_max), c̃ = c/c_max,
/// c̃ = Γ[3τ + x²/2 − 3/10 − 2Σₙ e^(−λₙ²τ) sin(λₙx)/(λₙ² sin λₙ · x)], tan λₙ = λₙ (λ₁ = 4.493409…).
/// </summary>
/// <remarks>
/// The concentration is the constant-flux sphere of Carslaw &amp; Jaeger, Conduction of Heat in Solids, 2nd ed., §9.3, and
/// Crank, The Mathematics of Diffusion, 2nd ed., Ch. 6 (analysis.md §C, vector G1). The stresses follow from the solid-sphere
/// thermal-stress analogue with ε* = βc̃, β = Ωc_max/3 (Zhang, Shyy &amp; Sastry, J. Electrochem. Soc. 154, A910 (2007);
/// Cheng &amp; Verbrugge, J. Power Sources 190, 453 (2009)): with M(x) = ∫₀ˣ c̃ s² ds,
/// σ_rr = 2Eβ/(1 − ν)[M(1) − M(x)/x³], σ_θθ = Eβ/(1 − ν)[2M(1) + M(x)/x³ − c̃(x)], and M is summed in closed form:
/// M(x) = Γ[(τ − 1/10)x³ + x⁵/10 − 2Σₙ e^(−λₙ²τ)(sin λₙx − λₙx cos λₙx)/(λₙ⁴ sin λₙ)], M(1) = Γτ.
/// For τ ≳ 0.2 the series collapses to the pseudo-steady parabola Γ(3τ + x²/2 − 3/10) (analysis.md §C, item 2).
/// </remarks>
public static class GalvanostaticSphere
{
    private static readonly Lock RootsLock = new();
    private static double[] _roots = [];

    /// <summary>Most series terms used; τ so small that more are needed is rejected (use <see cref="SphericalDiffusionFiniteVolume"/>).</summary>
    public const int MaximumTerms = 200_000;

    /// <summary>The first <paramref name="count"/> positive roots λₙ of tan λ = λ (λₙ ∈ (nπ, nπ + π/2)).</summary>
    public static IReadOnlyList<double> Eigenvalues(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Roots(count)[..count];
    }

    /// <summary>τ = Dt/R² from time (s), diffusivity D (m²/s) and particle radius R (µm).</summary>
    public static double DimensionlessTime(double timeSeconds, double diffusivitySquareMetresPerSecond, double radiusMicrometres)
        => diffusivitySquareMetresPerSecond * timeSeconds / Math.Pow(radiusMicrometres * 1e-6, 2);

    /// <summary>Γ = JR/(Dc_max) from the inward molar flux J (mol m⁻² s⁻¹), R (µm), D (m²/s) and c_max (mol/m³).</summary>
    public static double DimensionlessCurrent(double fluxMolesPerSquareMetreSecond, double radiusMicrometres, double diffusivitySquareMetresPerSecond, double maximumConcentrationMolesPerCubicMetre)
        => fluxMolesPerSquareMetreSecond * radiusMicrometres * 1e-6 / (diffusivitySquareMetresPerSecond * maximumConcentrationMolesPerCubicMetre);

    /// <summary>c̃(x, τ) = c/c_max for dimensionless current Γ (analysis.md §C G1). c̃ = 0 at τ = 0.</summary>
    /// <param name="x">r/R in [0, 1].</param>
    /// <param name="tau">τ = Dt/R² ≥ 0.</param>
    /// <param name="gamma">Γ = JR/(Dc_max).</param>
    public static double NormalizedConcentration(double x, double tau, double gamma)
    {
        Check(x, tau);
        if (tau == 0.0) return 0.0;
        var roots = Roots(TermCount(tau));
        double sum = 0.0;
        foreach (double l in roots)
        {
            double decay = Math.Exp(-l * l * tau);
            if (decay == 0.0) break;
            double shape = x == 0.0 ? l : Math.Sin(l * x) / x; // sin(λx)/x → λ
            sum += decay * shape / (l * l * Math.Sin(l));
        }
        return gamma * (3.0 * tau + 0.5 * x * x - 0.3 - 2.0 * sum);
    }

    /// <summary>c̃ at the surface x = 1.</summary>
    public static double SurfaceConcentration(double tau, double gamma) => NormalizedConcentration(1.0, tau, gamma);

    /// <summary>The volume-mean c̃ = 3Γτ (charge balance).</summary>
    public static double MeanConcentration(double tau, double gamma) => 3.0 * gamma * tau;

    /// <summary>M(x) = ∫₀ˣ c̃(s) s² ds in closed form (see remarks); M(1) = Γτ.</summary>
    public static double SphericalMoment(double x, double tau, double gamma)
    {
        Check(x, tau);
        if (tau == 0.0 || x == 0.0) return 0.0;
        var roots = Roots(TermCount(tau));
        double sum = 0.0;
        foreach (double l in roots)
        {
            double decay = Math.Exp(-l * l * tau);
            if (decay == 0.0) break;
            double z = l * x;
            // sin z − z cos z, by its Taylor series z³/3 − z⁵/30 + z⁷/840 where it cancels.
            double core = z < 1e-2 ? z * z * z * (1.0 / 3.0 - z * z / 30.0 + z * z * z * z / 840.0) : Math.Sin(z) - z * Math.Cos(z);
            sum += decay * core / (l * l * l * l * Math.Sin(l));
        }
        return gamma * ((tau - 0.1) * x * x * x + Math.Pow(x, 5) / 10.0 - 2.0 * sum);
    }

    /// <summary>
    /// The diffusion-induced stress and displacement at x in a free solid sphere (Cheng &amp; Verbrugge 2009), with ε* = βc̃.
    /// u = Rβ[κM(x)/x² + 2(1 − 2ν)/(1 − ν)·x M(1)], κ = (1 + ν)/(1 − ν) (Timoshenko &amp; Goodier §151, αT → ε*).
    /// </summary>
    /// <param name="x">r/R in [0, 1].</param>
    /// <param name="tau">τ.</param>
    /// <param name="gamma">Γ.</param>
    /// <param name="radiusMicrometres">R (µm), for the radius and displacement of the result.</param>
    /// <param name="youngsModulusGigapascals">E (GPa).</param>
    /// <param name="poissonRatio">ν.</param>
    /// <param name="strainPerNormalizedConcentration">β = Ωc_max/3 (0.933 for Si, analysis.md §C).</param>
    public static SphereStressState Stress(double x, double tau, double gamma, double radiusMicrometres,
        double youngsModulusGigapascals, double poissonRatio, double strainPerNormalizedConcentration)
    {
        double m1 = gamma * tau, c = NormalizedConcentration(x, tau, gamma);
        double mOverX3 = x == 0.0 ? c / 3.0 : SphericalMoment(x, tau, gamma) / (x * x * x);
        double k = youngsModulusGigapascals * strainPerNormalizedConcentration / (1.0 - poissonRatio);
        double kappa = (1.0 + poissonRatio) / (1.0 - poissonRatio);
        double u = radiusMicrometres * strainPerNormalizedConcentration * x
            * (kappa * mOverX3 + 2.0 * (1.0 - 2.0 * poissonRatio) / (1.0 - poissonRatio) * m1);
        return new SphereStressState(x * radiusMicrometres, 0, u, 2.0 * k * (m1 - mOverX3), k * (2.0 * m1 + mOverX3 - c));
    }

    private static void Check(double x, double tau)
    {
        if (!(x >= 0.0 && x <= 1.0)) throw new ArgumentOutOfRangeException(nameof(x), x, "x = r/R must lie in [0, 1]");
        if (!(tau >= 0.0) || !double.IsFinite(tau)) throw new ArgumentOutOfRangeException(nameof(tau), tau, "τ must be finite and ≥ 0");
    }

    // Enough terms that e^(−λ²τ) < 1e-18 for the last one (λₙ > nπ).
    private static int TermCount(double tau)
    {
        double n = Math.Ceiling(Math.Sqrt(42.0 / tau) / Math.PI) + 2;
        if (n > MaximumTerms) throw new ArgumentOutOfRangeException(nameof(tau), tau, "τ is too small for the series; use SphericalDiffusionFiniteVolume");
        return (int)n;
    }

    private static double[] Roots(int count)
    {
        lock (RootsLock)
        {
            if (_roots.Length >= count) return _roots;
            var roots = new double[Math.Max(count, 2 * _roots.Length)];
            Array.Copy(_roots, roots, _roots.Length);
            for (int i = _roots.Length; i < roots.Length; i++) roots[i] = Root(i + 1);
            _roots = roots;
            return roots;
        }
    }

    // The root of g(λ) = sin λ − λ cos λ in (nπ, nπ + π/2): Newton (g' = λ sin λ) from the asymptote q − 1/q, q = (n + ½)π,
    // kept inside the bracket by bisection.
    private static double Root(int n)
    {
        double lo = n * Math.PI, hi = (n + 0.5) * Math.PI - 1e-15 * n, q = (n + 0.5) * Math.PI;
        double l = q - 1.0 / q;
        double glo = Math.Sin(lo) - lo * Math.Cos(lo);
        for (int it = 0; it < 100; it++)
        {
            double g = Math.Sin(l) - l * Math.Cos(l);
            if (Math.Sign(g) == Math.Sign(glo)) lo = l; else hi = l;
            double next = l - g / (l * Math.Sin(l));
            if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
            if (Math.Abs(next - l) <= 4e-16 * l) return next;
            l = next;
        }
        return l;
    }
}
