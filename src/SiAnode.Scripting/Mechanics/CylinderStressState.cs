namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// The stress and displacement at one radius of an axisymmetric long cylinder (plane strain or generalised plane strain).
/// Principal stresses σ_rr, σ_θθ, σ_zz; stresses in the unit of the layers' E (GPa).
/// </summary>
/// <param name="RadiusMicrometres">r (µm).</param>
/// <param name="LayerIndex">The layer r was evaluated in (0 = innermost).</param>
/// <param name="DisplacementMicrometres">Radial displacement u(r) (µm).</param>
/// <param name="RadialStressGigapascals">σ_rr (GPa, tension positive).</param>
/// <param name="HoopStressGigapascals">σ_θθ (GPa).</param>
/// <param name="AxialStressGigapascals">σ_zz (GPa).</param>
public sealed record CylinderStressState(
    double RadiusMicrometres,
    int LayerIndex,
    double DisplacementMicrometres,
    double RadialStressGigapascals,
    double HoopStressGigapascals,
    double AxialStressGigapascals)
{
    /// <summary>von Mises stress √(½[(σ_rr − σ_θθ)² + (σ_θθ − σ_zz)² + (σ_zz − σ_rr)²]) (GPa).</summary>
    public double VonMisesGigapascals => VonMises(RadialStressGigapascals, HoopStressGigapascals, AxialStressGigapascals);

    /// <summary>Hydrostatic stress (σ_rr + σ_θθ + σ_zz)/3 (GPa).</summary>
    public double HydrostaticGigapascals => (RadialStressGigapascals + HoopStressGigapascals + AxialStressGigapascals) / 3.0;

    internal static double VonMises(double s1, double s2, double s3)
        => Math.Sqrt(0.5 * ((s1 - s2) * (s1 - s2) + (s2 - s3) * (s2 - s3) + (s3 - s1) * (s3 - s1)));
}
