using System.Text.Json.Nodes;

namespace SiAnode.Scripting.Tests.Cli;

/// <summary><c>sianode energy-density</c> against analysis.md §B test vectors (6 digits).</summary>
public class EnergyDensityCommandTests
{
    private static double WhPerL(string json)
    {
        var o = JsonNode.Parse(json)!.AsObject();
        var key = o.Select(kv => kv.Key).Single(k => k.Contains("WhPerL", StringComparison.Ordinal) && k.StartsWith("energy", StringComparison.Ordinal));
        return o[key]!.GetValue<double>();
    }

    [Fact]
    public void Gravimetric_capacity_and_density_give_896_414()
    {
        var (code, stdout, _) = CliRunner.Run("energy-density", "--capacity-mah-g", "1123.0", "--density-g-cm3", "2.33", "--vavg", "0.7568", "--json");
        Assert.Equal(0, code);
        Assert.Equal(896.414, WhPerL(stdout), 3);
        Assert.Equal(2616.59, JsonNode.Parse(stdout)!["inputs"]!["anodeVolumetricCapacityAhPerL"]!.GetValue<double>(), 6);
    }

    [Fact]
    public void Volumetric_capacity_gives_896_409()
    {
        var (code, stdout, _) = CliRunner.Run("energy-density", "--q-ah-l", "1392.8", "--vavg", "0.4257", "--json");
        Assert.Equal(0, code);
        Assert.Equal(896.409, WhPerL(stdout), 3);
    }

    [Fact]
    public void The_lithiated_convention_follows_Obrovac()
    {
        var (code, stdout, _) = CliRunner.Run("energy-density", "--capacity-mah-g", "3579", "--density-g-cm3", "2.33", "--vavg", "0.4", "--convention", "lithiated", "--json");
        Assert.Equal(0, code);
        Assert.Equal(2194.3, JsonNode.Parse(stdout)!["inputs"]!["anodeVolumetricCapacityAhPerL"]!.GetValue<double>(), 1);
        Assert.Equal(975.658, WhPerL(stdout), 1); // U(2194.3, 0.4) = 975.658; Q differs from 2194.3 in the 6th digit
    }

    [Fact]
    public void Plain_output_is_one_readable_line()
    {
        var (code, stdout, _) = CliRunner.Run("energy-density", "--q-ah-l", "500", "--vavg", "0.1");
        Assert.Equal(0, code);
        Assert.Contains("U_R = 718.877 Wh/L", stdout);
    }

    [Theory]
    [InlineData("energy-density", "--vavg", "0.4")]
    [InlineData("energy-density", "--q-ah-l", "-3", "--vavg", "0.4")]
    [InlineData("energy-density", "--q-ah-l", "1000", "--capacity-mah-g", "1000", "--density-g-cm3", "2.33", "--vavg", "0.4")]
    [InlineData("energy-density", "--q-ah-l", "abc", "--vavg", "0.4")]
    public void Bad_input_fails_with_a_message(params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(args);
        Assert.NotEqual(0, code);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
    }
}

/// <summary><c>sianode kk</c> on the Lin-KK reference spectrum.</summary>
public class KkCommandTests
{
    [Fact]
    public void Kk_prints_mu_M_and_residuals()
    {
        var (code, stdout, stderr) = CliRunner.Run("kk", SiAnode.Scripting.Tests.Infrastructure.Fixtures.Path("eis/Circuit3_EIS_1.z"), "--m", "10", "--json");
        Assert.True(code == 0, stderr);
        var o = System.Text.Json.Nodes.JsonNode.Parse(stdout)!;
        Assert.Equal(0.68438211, o["mu"]!.GetValue<double>(), 8);
        Assert.Equal(10, o["M"]!.GetValue<int>());
        Assert.Equal(53, o["residuals"]!.AsArray().Count);
    }

    [Fact]
    public void Kk_on_a_missing_file_fails_with_a_message()
    {
        var (code, _, stderr) = CliRunner.Run("kk", "/nonexistent/file.z");
        Assert.NotEqual(0, code);
        Assert.Contains("/nonexistent/file.z", stderr);
    }
}

/// <summary><c>sianode eis-fit</c> on impedance.py's example spectrum.</summary>
public class EisFitCommandTests
{
    [Fact]
    public void Eis_fit_prints_named_parameters_with_errors()
    {
        var (code, stdout, stderr) = CliRunner.Run("eis-fit", SiAnode.Scripting.Tests.Infrastructure.Fixtures.Path("eis/exampleData.csv"),
            "--circuit", "R0-p(R1,C1)-p(R2-Wo1,C2)", "--initial", ".01,.01,100,.01,.05,100,1", "--capacitive-only", "--json");
        Assert.True(code == 0, stderr);
        var o = System.Text.Json.Nodes.JsonNode.Parse(stdout)!;
        var p = o["parameters"]!.AsArray();
        Assert.Equal(["R0", "R1", "C1", "R2", "Wo1_0", "Wo1_1", "C2"], p.Select(x => x!["name"]!.GetValue<string>()));
        Assert.Equal(1.65e-2, p[0]!["value"]!.GetValue<double>(), 1.65e-4); // impedance.py's published R0, within 1 %
        Assert.True(p[0]!["stderr"]!.GetValue<double>() > 0);
        Assert.True(o["converged"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("R0-p(R1,C1)", "1,2")]
    [InlineData("R0-p(R1,C1", "1,2,3")]
    [InlineData("R0-p(R1,C1)", "1,x,3")]
    public void Bad_circuits_and_starts_fail_with_a_message(string circuit, string initial)
    {
        var (code, _, stderr) = CliRunner.Run("eis-fit", SiAnode.Scripting.Tests.Infrastructure.Fixtures.Path("eis/exampleData.csv"), "--circuit", circuit, "--initial", initial);
        Assert.Equal(2, code);
        Assert.StartsWith("sianode: ", stderr);
    }
}

/// <summary><c>sianode convert</c> recognises files by content.</summary>
public class ConvertCommandTests
{
    [Fact]
    public void Impedance_and_gamry_tables_convert_with_units()
    {
        var (code, stdout, _) = CliRunner.Run("convert", SiAnode.Scripting.Tests.Infrastructure.Fixtures.Path("eis/exampleDataGamry.DTA"), "--to", "csv");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("frequency (Hz),Z' (ohm),Z'' (ohm),|Z| (ohm),phase (deg)", lines[0]);
        Assert.Equal(73, lines.Length); // header + 72 points
        var (code2, stdout2, _) = CliRunner.Run("convert", SiAnode.Scripting.Tests.Infrastructure.Fixtures.Path("eis/exampleDataGamry.DTA"), "--table", "OCVCURVE");
        Assert.Equal(0, code2);
        Assert.StartsWith("Pt (#),T (s),Vf (V vs. Ref.)", stdout2);
    }

    [Fact]
    public void An_unrecognised_file_lists_what_is_supported()
    {
        string path = Path.Combine(Path.GetTempPath(), "sianode-unknown.txt");
        File.WriteAllText(path, "hello\n");
        var (code, _, stderr) = CliRunner.Run("convert", path);
        Assert.Equal(2, code);
        Assert.Contains("Gamry .DTA", stderr);
        Assert.Contains(path, stderr);
    }
}
