namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// An isotropic eigenstrain ε*(r)·I (free expansion strain, e.g. lithiation strain Ωc/3) that varies with the radius only.
/// The layered solvers need ε*(r) and its two moments, ∫ε*(s)s²ds (spheres) and ∫ε*(s)s ds (cylinders), which enter the
/// thermal-stress analogue of Timoshenko &amp; Goodier, Theory of Elasticity, 3rd ed., §§150–151 (α·T replaced by ε*).
/// </summary>
/// <remarks>Radii are in µm, as in the rest of <see cref="SiAnode.Scripting.Mechanics"/>; the strain is dimensionless.</remarks>
public abstract class RadialEigenstrain
{
    /// <summary>ε*(r), the eigenstrain at radius <paramref name="radiusMicrometres"/>.</summary>
    public abstract double At(double radiusMicrometres);

    /// <summary>I = ∫ ε*(s) s² ds from <paramref name="fromMicrometres"/> to <paramref name="toMicrometres"/> (µm³), the spherical moment.</summary>
    public abstract double SphericalMoment(double fromMicrometres, double toMicrometres);

    /// <summary>J = ∫ ε*(s) s ds from <paramref name="fromMicrometres"/> to <paramref name="toMicrometres"/> (µm²), the cylindrical moment.</summary>
    public abstract double CylindricalMoment(double fromMicrometres, double toMicrometres);

    /// <summary>Radii (µm) where ε*(r) has a kink or jump; quadratures split there. Empty for smooth profiles.</summary>
    public virtual IReadOnlyList<double> Breakpoints => [];

    /// <summary>True when ε* is the same at every radius (the Lamé case of analysis.md §C).</summary>
    public virtual bool IsUniform => false;

    /// <summary>A constant eigenstrain ε* (analysis.md §C test vectors S1–S4, C1).</summary>
    public static UniformEigenstrain Uniform(double strain) => new(strain);

    /// <summary>ε*(r) = Σ c_k (r/R)^k; e.g. <c>Polynomial(R, 0, 0, e0)</c> is test vector P1, ε* = e₀(r/R)².</summary>
    /// <param name="referenceRadiusMicrometres">R (µm) that makes the argument dimensionless.</param>
    /// <param name="coefficients">c₀, c₁, c₂, … (dimensionless).</param>
    public static PolynomialEigenstrain Polynomial(double referenceRadiusMicrometres, params double[] coefficients)
        => new(referenceRadiusMicrometres, coefficients);

    /// <summary>ε*(r) linear between the given nodes (r_j, ε_j), constant beyond the first and the last node.</summary>
    public static PiecewiseLinearEigenstrain PiecewiseLinear(IReadOnlyList<double> radiiMicrometres, IReadOnlyList<double> strains)
        => new(radiiMicrometres, strains);
}
