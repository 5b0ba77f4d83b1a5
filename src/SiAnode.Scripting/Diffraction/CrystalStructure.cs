namespace SiAnode.Scripting.Diffraction;

/// <summary>
/// A crystal as its lattice parameters and the full list of atoms in the unit cell (already expanded by the space group), from
/// which structure factors F(hkl) = Σⱼ oⱼ fⱼ(s) exp(−Bⱼs²) exp(2πi(hxⱼ + kyⱼ + lzⱼ)) follow.
/// </summary>
/// <param name="Name">Name, e.g. "Si (diamond, Fd-3m)".</param>
/// <param name="AAngstrom">a (Å).</param>
/// <param name="BAngstrom">b (Å).</param>
/// <param name="CAngstrom">c (Å).</param>
/// <param name="AlphaDegrees">α (°).</param>
/// <param name="BetaDegrees">β (°).</param>
/// <param name="GammaDegrees">γ (°).</param>
/// <param name="Atoms">All atoms of the cell.</param>
public sealed record CrystalStructure(string Name, double AAngstrom, double BAngstrom, double CAngstrom,
    double AlphaDegrees, double BetaDegrees, double GammaDegrees, IReadOnlyList<Atom> Atoms)
{
    /// <summary>The Debye–Waller factor of Si at room temperature used in analysis.md §D, B = 0.4632 Å².</summary>
    public const double SiliconDebyeWallerB = 0.4632;

    /// <summary>The Si lattice parameter used in analysis.md §D, a = 5.431 Å.</summary>
    public const double SiliconLatticeAngstrom = 5.431;

    /// <summary>
    /// Diamond-structure Si, space group Fd-3m (No. 227), origin choice 1: the 8 atoms of the conventional cell written out,
    /// the face-centring translations (0,0,0), (0,½,½), (½,0,½), (½,½,0) applied to Si at (0,0,0) and (¼,¼,¼) (site 8a).
    /// </summary>
    /// <param name="aAngstrom">Lattice parameter (Å); 5.431 by default.</param>
    /// <param name="debyeWallerB">B (Å²); 0.4632 by default, 0 for a static lattice.</param>
    public static CrystalStructure DiamondSilicon(double aAngstrom = SiliconLatticeAngstrom, double debyeWallerB = SiliconDebyeWallerB)
        => Cubic("Si (diamond, Fd-3m)", aAngstrom,
        [
            new("Si", 0.00, 0.00, 0.00, 1, debyeWallerB), new("Si", 0.00, 0.50, 0.50, 1, debyeWallerB),
            new("Si", 0.50, 0.00, 0.50, 1, debyeWallerB), new("Si", 0.50, 0.50, 0.00, 1, debyeWallerB),
            new("Si", 0.25, 0.25, 0.25, 1, debyeWallerB), new("Si", 0.25, 0.75, 0.75, 1, debyeWallerB),
            new("Si", 0.75, 0.25, 0.75, 1, debyeWallerB), new("Si", 0.75, 0.75, 0.25, 1, debyeWallerB),
        ]);

    /// <summary>A cubic crystal.</summary>
    /// <param name="name">Name.</param>
    /// <param name="aAngstrom">a (Å).</param>
    /// <param name="atoms">All atoms of the cell.</param>
    public static CrystalStructure Cubic(string name, double aAngstrom, IReadOnlyList<Atom> atoms)
        => new(name, aAngstrom, aAngstrom, aAngstrom, 90, 90, 90, atoms);

    /// <summary>d(hkl) in Å from the reciprocal metric tensor (any lattice; International Tables Vol. B §1.1.3).</summary>
    /// <param name="h">h.</param>
    /// <param name="k">k.</param>
    /// <param name="l">l.</param>
    public double DSpacingAngstrom(int h, int k, int l)
    {
        double ca = Math.Cos(AlphaDegrees * Math.PI / 180), cb = Math.Cos(BetaDegrees * Math.PI / 180), cg = Math.Cos(GammaDegrees * Math.PI / 180);
        double sa = Math.Sin(AlphaDegrees * Math.PI / 180), sb = Math.Sin(BetaDegrees * Math.PI / 180), sg = Math.Sin(GammaDegrees * Math.PI / 180);
        double a = AAngstrom, b = BAngstrom, c = CAngstrom;
        double v = a * b * c * Math.Sqrt(1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg);
        double s11 = b * b * c * c * sa * sa, s22 = a * a * c * c * sb * sb, s33 = a * a * b * b * sg * sg;
        double s12 = a * b * c * c * (ca * cb - cg), s23 = a * a * b * c * (cb * cg - ca), s13 = a * b * b * c * (cg * ca - cb);
        double inv = (s11 * h * h + s22 * k * k + s33 * l * l + 2 * s12 * h * k + 2 * s23 * k * l + 2 * s13 * h * l) / (v * v);
        return 1.0 / Math.Sqrt(inv);
    }

    /// <summary>|F(hkl)|² in electrons² at s = sinθ/λ = 1/(2d), with or without the atoms' Debye–Waller factors.</summary>
    /// <param name="h">h.</param>
    /// <param name="k">k.</param>
    /// <param name="l">l.</param>
    /// <param name="includeDebyeWaller">Apply exp(−B s²) to each atom's f.</param>
    public double StructureFactorSquared(int h, int k, int l, bool includeDebyeWaller = true)
    {
        double s = 1.0 / (2.0 * DSpacingAngstrom(h, k, l));
        double re = 0, im = 0;
        foreach (var atom in Atoms)
        {
            double f = AtomicFormFactor.Of(atom.Element).Evaluate(s) * atom.Occupancy;
            if (includeDebyeWaller) f *= Math.Exp(-atom.DebyeWallerBSquareAngstrom * s * s);
            double phase = 2 * Math.PI * (h * atom.X + k * atom.Y + l * atom.Z);
            re += f * Math.Cos(phase);
            im += f * Math.Sin(phase);
        }
        return re * re + im * im;
    }
}
