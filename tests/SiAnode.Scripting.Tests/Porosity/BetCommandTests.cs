using System.Text.Json;

namespace SiAnode.Scripting.Tests.Porosity;

/// <summary><c>sianode bet</c> end to end, in process (console output captured; the class runs its tests one at a time).</summary>
[Collection("Console")]
public class BetCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        using var o = new StringWriter();
        using var e = new StringWriter();
        try
        {
            Console.SetOut(o); Console.SetError(e);
            int code = global::SiAnode.Scripting.Cli.Program.BuildRoot().Parse(args).Invoke();
            return (code, o.ToString(), e.ToString());
        }
        finally { Console.SetOut(oldOut); Console.SetError(oldErr); }
    }

    [Fact]
    public void Json_OnBetsiZif8_ReportsAreaRangeAndPoints()
    {
        var (code, stdout, _) = Run("bet", PorosityFixtures.Fixture("EXP_ZIF-8powder.csv"), "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        // Same range as BETSI's results.txt (16 points): area 1710.48 m²/g (BETSI 1710.87 with its constants); tolerance 0.5 %.
        Assert.Equal(1710.8729497964678, root.GetProperty("area_m2_per_g").GetDouble(), 1710.8729497964678 * 0.005);
        Assert.True(root.GetProperty("area_stderr").GetDouble() > 0);
        Assert.Equal(16, root.GetProperty("points").GetInt32());
        Assert.Equal(0.000684773, root.GetProperty("range")[0].GetDouble(), 1e-12);
        Assert.Equal(0.04836001, root.GetProperty("range")[1].GetDouble(), 1e-12);
        Assert.Equal(718.3081038808016, root.GetProperty("c").GetDouble(), 1e-6);
        Assert.Equal(392.98019748814977, root.GetProperty("monolayer_cm3_stp_per_g").GetDouble(), 1e-9);
        Assert.EndsWith("EXP_ZIF-8powder.csv", root.GetProperty("file").GetString());
    }

    [Fact]
    public void FixedRange_IsUsed()
    {
        var (code, stdout, _) = Run("bet", PorosityFixtures.Fixture("vulcan_chex.csv"), "--range", "0.01,0.15",
            "--amount-unit", "mol/g", "--pressure-unit", "relative", "--adsorbate", "cyclohexane", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        // BEaTmap test_ssa_answer "points": 228.96104514464378 m²/g on p/p0 0.01–0.15; tolerance 0.5 %.
        Assert.Equal(228.96104514464378, doc.RootElement.GetProperty("area_m2_per_g").GetDouble(), 228.96104514464378 * 0.005);
        Assert.Equal(12, doc.RootElement.GetProperty("points").GetInt32());
    }

    [Fact]
    public void BadInput_ExitsWithCode2AndAMessage()
    {
        var (code, _, err) = Run("bet", PorosityFixtures.Fixture("vulcan_chex.csv"));
        Assert.Equal(2, code);
        Assert.Contains("vulcan_chex.csv: line 1", err);
        var (code2, _, err2) = Run("bet", PorosityFixtures.Fixture("EXP_ZIF-8powder.csv"), "--range", "0.3");
        Assert.Equal(2, code2);
        Assert.Contains("--range", err2);
    }
}
