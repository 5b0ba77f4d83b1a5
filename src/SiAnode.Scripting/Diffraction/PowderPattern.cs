using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Diffraction;

/// <summary>
/// The stick pattern of a powder from its structure: every hkl with d ≥ λ/(2 sin θ_max) is generated, |F|² computed from the
/// atoms, reflections at equal d (relative 1e-7) merged with their multiplicity, and the integrated intensity
/// I = m|F|²·LP with the unpolarised-beam Lorentz–polarisation factor LP = (1 + cos²2θ)/(sin²θ cosθ) (no monochromator term;
/// analysis.md §D). Lines with |F|² below 1e-6 of the largest are absent (e.g. Si 200 and 222, h+k+l = 4n+2).
/// </summary>
public static class PowderPattern
{
    /// <summary>Simulates the Kα1 stick pattern.</summary>
    /// <param name="crystal">The structure.</param>
    /// <param name="wavelengthAngstrom">λ (Å); Cu Kα1 1.5406 by default.</param>
    /// <param name="twoThetaMaxDegrees">Upper limit (° 2θ).</param>
    /// <param name="includeDebyeWaller">Apply the atoms' B factors.</param>
    public static IReadOnlyList<PowderReflection> Simulate(CrystalStructure crystal, double wavelengthAngstrom = 1.5406,
        double twoThetaMaxDegrees = 100.0, bool includeDebyeWaller = true)
    {
        ArgumentNullException.ThrowIfNull(crystal);
        double dMin = wavelengthAngstrom / (2 * Math.Sin(Math.Min(twoThetaMaxDegrees, 179.9) * Math.PI / 360));
        double aMax = Math.Max(crystal.AAngstrom, Math.Max(crystal.BAngstrom, crystal.CAngstrom));
        int n = (int)Math.Ceiling(aMax / dMin) + 1;
        var found = new List<(int H, int K, int L, double D, double F2)>();
        for (int h = -n; h <= n; h++)
            for (int k = -n; k <= n; k++)
                for (int l = -n; l <= n; l++)
                {
                    if (h == 0 && k == 0 && l == 0) continue;
                    double d = crystal.DSpacingAngstrom(h, k, l);
                    if (d < dMin) continue;
                    found.Add((h, k, l, d, crystal.StructureFactorSquared(h, k, l, includeDebyeWaller)));
                }
        double fMax = found.Count == 0 ? 0 : found.Max(r => r.F2);
        var present = found.Where(r => r.F2 > 1e-6 * fMax).OrderByDescending(r => r.D).ToList();
        var groups = new List<List<(int H, int K, int L, double D, double F2)>>();
        foreach (var r in present)
        {
            if (groups.Count > 0 && Math.Abs(groups[^1][0].D - r.D) <= 1e-7 * r.D) groups[^1].Add(r);
            else groups.Add([r]);
        }
        var lines = new List<(string Label, int[] Hkl, double D, double TwoTheta, int M, double F2, double Lp, double I)>();
        foreach (var g in groups)
        {
            var families = g.Select(r => SortedAbs(r.H, r.K, r.L)).Distinct(HklComparer.Instance)
                .OrderByDescending(f => f[0]).ThenByDescending(f => f[1]).ToList();
            double d = g[0].D;
            double theta = Math.Asin(wavelengthAngstrom / (2 * d));
            double lp = (1 + Math.Pow(Math.Cos(2 * theta), 2)) / (Math.Pow(Math.Sin(theta), 2) * Math.Cos(theta));
            double intensity = g.Sum(r => r.F2) * lp;
            var first = g.First(r => SortedAbs(r.H, r.K, r.L).SequenceEqual(families[0]));
            lines.Add((string.Join("/", families.Select(f => $"{f[0]}{f[1]}{f[2]}")), families[0], d, 2 * theta * 180 / Math.PI, g.Count, first.F2, lp, intensity));
        }
        double iMax = lines.Count == 0 ? 1 : lines.Max(l => l.I);
        return lines.Select(l => new PowderReflection(l.Label, l.Hkl[0], l.Hkl[1], l.Hkl[2], l.D, l.TwoTheta, l.M, l.F2, l.Lp, l.I, 100 * l.I / iMax)).ToList();
    }

    /// <summary>The pattern as a table (hkl, d, 2θ, multiplicity, |F|², LP, I_rel).</summary>
    /// <param name="lines">Lines from <see cref="Simulate"/>.</param>
    /// <param name="title">Caption.</param>
    public static ColumnTable ToTable(IReadOnlyList<PowderReflection> lines, string? title = null) => new(
    [
        TableColumn.Of("hkl", lines.Select(l => l.Label).ToList()),
        TableColumn.Of("d", "Å", lines.Select(l => l.DSpacingAngstrom).ToList()),
        TableColumn.Of("2θ", "°", lines.Select(l => l.TwoThetaDegrees).ToList()),
        TableColumn.Of("multiplicity", "", lines.Select(l => (double)l.Multiplicity).ToList()),
        TableColumn.Of("|F|²", "e²", lines.Select(l => l.StructureFactorSquared).ToList()),
        TableColumn.Of("LP", "", lines.Select(l => l.LorentzPolarization).ToList()),
        TableColumn.Of("I_rel", "", lines.Select(l => l.RelativeIntensity).ToList()),
    ], title);

    private static int[] SortedAbs(int h, int k, int l)
    {
        int[] v = [Math.Abs(h), Math.Abs(k), Math.Abs(l)];
        Array.Sort(v);
        Array.Reverse(v);
        return v;
    }

    private sealed class HklComparer : IEqualityComparer<int[]>
    {
        public static readonly HklComparer Instance = new();
        public bool Equals(int[]? x, int[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);
        public int GetHashCode(int[] obj) => HashCode.Combine(obj[0], obj[1], obj[2]);
    }
}
