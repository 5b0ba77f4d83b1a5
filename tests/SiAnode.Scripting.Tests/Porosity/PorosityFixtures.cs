using SiAnode.Scripting.Porosity;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Porosity;

/// <summary>Paths of the copied fixtures and synthetic isotherms with known answers.</summary>
internal static class PorosityFixtures
{
    public static string Fixture(string name) => Path.Combine(TestPaths.RepoRoot, "tests", "fixtures", "porosity", name);

    /// <summary>The BET isotherm n = n_m C x / ((1 − x)(1 − x + C x)) at the given p/p₀ (exact, no noise).</summary>
    public static double BetAmount(double monolayer, double c, double x) => monolayer * c * x / ((1 - x) * (1 - x + c * x));

    /// <summary>A synthetic N₂ isotherm following BET exactly between p/p₀ 0.01 and 0.35 (n_m = 100 cm³/g, C = 100).</summary>
    public static Isotherm SyntheticBet(double monolayer = 100, double c = 100)
    {
        var p = Enumerable.Range(1, 35).Select(i => i / 100.0).ToArray();
        return Isotherm.FromRelative(Adsorbate.Nitrogen, p, p.Select(x => BetAmount(monolayer, c, x)).ToArray(), 77.355, "synthetic BET");
    }
}
