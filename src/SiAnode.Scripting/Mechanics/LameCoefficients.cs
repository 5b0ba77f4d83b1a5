namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// The two constants of one layer's homogeneous solution: u = A r + B/r² (sphere) or u = A r + B/r (cylinder),
/// to which the eigenstrain particular solution κ I(r)/r² or κ J(r)/r is added (κ = (1 + ν)/(1 − ν), analysis.md §C).
/// </summary>
/// <param name="A">A (dimensionless).</param>
/// <param name="B">B (µm³ for a sphere, µm² for a cylinder); zero in a solid core.</param>
public sealed record LameCoefficients(double A, double B);
