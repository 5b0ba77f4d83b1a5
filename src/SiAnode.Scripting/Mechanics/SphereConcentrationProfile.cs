namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// A radial concentration profile c̃(x) = c/c_max in a sphere at dimensionless time τ, from
/// <see cref="SphericalDiffusionFiniteVolume"/>: cell averages at the cell centres plus the extrapolated surface value(s).
/// A hollow sphere (central pore) occupies x_in ≤ x ≤ 1.
/// </summary>
/// <param name="Tau">τ = Dt/R².</param>
/// <param name="Gamma">Γ = JR/(Dc_max) used.</param>
/// <param name="CellCentres">x = r/R of each cell centre.</param>
/// <param name="CellConcentrations">c̃ of each cell (volume average).</param>
/// <param name="SurfaceConcentration">c̃(1), extrapolated to second order with the flux condition ∂c̃/∂x = Γ.</param>
public sealed record SphereConcentrationProfile(
    double Tau,
    double Gamma,
    IReadOnlyList<double> CellCentres,
    IReadOnlyList<double> CellConcentrations,
    double SurfaceConcentration)
{
    /// <summary>x_in = a/R of a hollow sphere (0 for a solid one).</summary>
    public double InnerRadiusFraction { get; init; }

    /// <summary>Γ_in, the inward flux on the pore wall (0 for a solid sphere or a sealed pore).</summary>
    public double InnerGamma { get; init; }

    /// <summary>c̃(x_in) on the pore wall, extrapolated like the outer surface value; NaN for a solid sphere.</summary>
    public double InnerSurfaceConcentration { get; init; } = double.NaN;

    /// <summary>
    /// The volume-mean c̃ = Σ Vᵢc̃ᵢ / Σ Vᵢ; equals c̃₀ + 3τ(Γ + Γ_in x_in²)/(1 − x_in³) to round-off (the scheme conserves charge).
    /// </summary>
    public double MeanConcentration
    {
        get
        {
            int n = CellCentres.Count;
            double x0 = InnerRadiusFraction, h = (1.0 - x0) / n, sum = 0.0;
            for (int i = 0; i < n; i++)
            {
                double lo = x0 + i * h, hi = i == n - 1 ? 1.0 : x0 + (i + 1) * h;
                sum += (hi * hi * hi - lo * lo * lo) * CellConcentrations[i];
            }
            return sum / (1.0 - x0 * x0 * x0);
        }
    }

    /// <summary>c̃ interpolated linearly through (0, c̃₁) or (x_in, c̃ on the pore wall), the cell centres and (1, c̃_surface).</summary>
    public double At(double x) => Interpolant(1.0, 1.0).At(x);

    /// <summary>
    /// The eigenstrain ε*(r) = β·c̃(r/R) as a piecewise-linear profile in µm, for <see cref="MultilayerSphere"/>
    /// (analysis.md §C: ε* = (Ωc/3)I in Si).
    /// </summary>
    /// <param name="radiusMicrometres">R (µm).</param>
    /// <param name="strainPerNormalizedConcentration">β = Ωc_max/3.</param>
    public PiecewiseLinearEigenstrain ToEigenstrain(double radiusMicrometres, double strainPerNormalizedConcentration)
        => Interpolant(radiusMicrometres, strainPerNormalizedConcentration);

    private PiecewiseLinearEigenstrain Interpolant(double radius, double beta)
    {
        int n = CellCentres.Count;
        var r = new double[n + 2];
        var e = new double[n + 2];
        bool hollow = InnerRadiusFraction > 0.0;
        r[0] = radius * InnerRadiusFraction;
        e[0] = beta * (hollow ? InnerSurfaceConcentration : CellConcentrations[0]);
        for (int i = 0; i < n; i++)
        {
            r[i + 1] = radius * CellCentres[i];
            e[i + 1] = beta * CellConcentrations[i];
        }
        r[n + 1] = radius;
        e[n + 1] = beta * SurfaceConcentration;
        return new PiecewiseLinearEigenstrain(r, e);
    }
}
