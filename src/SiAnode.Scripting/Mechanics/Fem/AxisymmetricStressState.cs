namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// Displacement and stress at one point (r, z) of an axisymmetric solution, in cylindrical components, with the
/// invariants and the spherical components about the origin (σ_ρρ = nᵀσn, n = (r, z)/ρ; meridional σ_φφ = tᵀσt,
/// t = (−z, r)/ρ; the azimuthal σ_θθ is the same in both frames). Stresses in GPa, lengths in µm; linear-elastic
/// equivalent stresses in the sense of analysis.md §C.
/// </summary>
/// <param name="RadiusMicrometres">r (µm).</param>
/// <param name="HeightMicrometres">z (µm).</param>
/// <param name="Region">Mesh region the point was evaluated in.</param>
/// <param name="RadialDisplacementMicrometres">u_r (µm).</param>
/// <param name="AxialDisplacementMicrometres">u_z (µm).</param>
/// <param name="RadialStressGigapascals">σ_rr (GPa).</param>
/// <param name="AxialStressGigapascals">σ_zz (GPa).</param>
/// <param name="HoopStressGigapascals">σ_θθ, azimuthal (GPa).</param>
/// <param name="ShearStressGigapascals">σ_rz (GPa).</param>
public sealed record AxisymmetricStressState(
    double RadiusMicrometres,
    double HeightMicrometres,
    int Region,
    double RadialDisplacementMicrometres,
    double AxialDisplacementMicrometres,
    double RadialStressGigapascals,
    double AxialStressGigapascals,
    double HoopStressGigapascals,
    double ShearStressGigapascals)
{
    /// <summary>von Mises stress √(½[(σ_rr − σ_zz)² + (σ_zz − σ_θθ)² + (σ_θθ − σ_rr)²] + 3σ_rz²) (GPa).</summary>
    public double VonMisesGigapascals
    {
        get
        {
            double a = RadialStressGigapascals - AxialStressGigapascals, b = AxialStressGigapascals - HoopStressGigapascals, c = HoopStressGigapascals - RadialStressGigapascals;
            return Math.Sqrt(0.5 * (a * a + b * b + c * c) + 3.0 * ShearStressGigapascals * ShearStressGigapascals);
        }
    }

    /// <summary>Hydrostatic stress (σ_rr + σ_zz + σ_θθ)/3 (GPa).</summary>
    public double HydrostaticGigapascals => (RadialStressGigapascals + AxialStressGigapascals + HoopStressGigapascals) / 3.0;

    /// <summary>Distance ρ = √(r² + z²) from the origin (µm).</summary>
    public double SphericalRadiusMicrometres => Math.Sqrt(RadiusMicrometres * RadiusMicrometres + HeightMicrometres * HeightMicrometres);

    /// <summary>Spherical radial stress σ_ρρ (GPa); σ_zz at the origin.</summary>
    public double SphericalRadialStressGigapascals
    {
        get
        {
            var (nr, nz) = Direction();
            return RadialStressGigapascals * nr * nr + AxialStressGigapascals * nz * nz + 2.0 * ShearStressGigapascals * nr * nz;
        }
    }

    /// <summary>Meridional hoop stress σ_φφ (GPa), equal to σ_θθ under spherical symmetry.</summary>
    public double MeridionalStressGigapascals
    {
        get
        {
            var (nr, nz) = Direction();
            return RadialStressGigapascals * nz * nz + AxialStressGigapascals * nr * nr - 2.0 * ShearStressGigapascals * nr * nz;
        }
    }

    /// <summary>Spherical radial displacement u_ρ = u·n (µm).</summary>
    public double SphericalRadialDisplacementMicrometres
    {
        get
        {
            var (nr, nz) = Direction();
            return RadialDisplacementMicrometres * nr + AxialDisplacementMicrometres * nz;
        }
    }

    private (double Nr, double Nz) Direction()
    {
        double rho = SphericalRadiusMicrometres;
        return rho == 0.0 ? (0.0, 1.0) : (RadiusMicrometres / rho, HeightMicrometres / rho);
    }
}
