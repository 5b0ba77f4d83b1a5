namespace SiAnode.Scripting.Diffraction;

/// <summary>One atom of a unit cell, in fractional coordinates.</summary>
/// <param name="Element">Element symbol (for <see cref="AtomicFormFactor.Of"/>).</param>
/// <param name="X">Fractional x.</param>
/// <param name="Y">Fractional y.</param>
/// <param name="Z">Fractional z.</param>
/// <param name="Occupancy">Site occupancy (1 for a full site).</param>
/// <param name="DebyeWallerBSquareAngstrom">Isotropic displacement factor B (Å²); the factor is exp(−B s²) on f.</param>
public sealed record Atom(string Element, double X, double Y, double Z, double Occupancy = 1.0, double DebyeWallerBSquareAngstrom = 0.0);
