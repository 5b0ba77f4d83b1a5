using System.Text.Json;
using SiAnode.Scripting.Cycling;
using SiAnode.Scripting.Formats.Cyclers;

namespace SiAnode.Scripting.Tests.Cycling;

/// <summary><c>sianode cycles</c> and <c>sianode convert</c> on a synthetic .nda (in process, through the CLI's parser).</summary>
public sealed class CyclesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sianode-cycles-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => SiAnode.Scripting.Tests.Cli.CliRunner.Run(args);

    [Fact]
    public void CyclesJsonHasThePerCycleKeysAndClosedFormValues()
    {
        var path = Path.Combine(_dir, "s.nda");
        NewareNdaWriter.Write(SyntheticCycling.Galvanostatic(3, 41, firstDischargeMilliampHours: 1.0, fade: 1.0, initialCoulombicEfficiency: 0.8,
            coulombicEfficiency: 0.99, dischargeVoltage: (1.0, 0.0), chargeVoltage: (0.2, 0.8)), path);
        var (code, stdout, err) = Run("cycles", path, "--mass-mg", "0.5", "--json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var cycles = doc.RootElement.GetProperty("cycles");
        Assert.Equal(3, cycles.GetArrayLength());
        var c1 = cycles[0];
        Assert.Equal(1, c1.GetProperty("cycle").GetInt32());
        Assert.Equal(0.8, c1.GetProperty("charge_capacity_mah").GetDouble(), 1e-4);        // 0.1 mAs counter resolution
        Assert.Equal(1600, c1.GetProperty("charge_capacity_mah_g").GetDouble(), 0.2);
        Assert.Equal(0.8, c1.GetProperty("coulombic_efficiency").GetDouble(), 1e-4);
        Assert.Equal(0.5, c1.GetProperty("average_discharge_voltage_v").GetDouble(), 1e-4);
        Assert.Equal(0.99 / 0.8, cycles[2].GetProperty("retention_vs_first").GetDouble(), 1e-4);
        Assert.Equal(0.8, doc.RootElement.GetProperty("initial_coulombic_efficiency").GetDouble(), 1e-4);
    }

    [Fact]
    public void CyclesCsvAndConvertCsvPrintTables()
    {
        var path = Path.Combine(_dir, "s.nda");
        NewareNdaWriter.Write(SyntheticCycling.Galvanostatic(2, 5), path);
        var (code, csv, _) = Run("cycles", path, "--csv");
        Assert.Equal(0, code);
        Assert.StartsWith("Cycle,ChargeCapacity (mAh)", csv, StringComparison.Ordinal);
        Assert.Equal(3, csv.Trim().Split('\n').Length);
        var (code2, table, _) = Run("convert", path, "--to", "csv");
        Assert.Equal(0, code2);
        Assert.Contains("Voltage (V)", table.Split('\n')[0], StringComparison.Ordinal);
        Assert.Equal(1 + 2 * 16, table.Trim().Split('\n').Length);
    }

    [Fact]
    public void BadFileGivesExitCode2AndTheReason()
    {
        var path = Path.Combine(_dir, "bad.nda");
        File.WriteAllText(path, "hello");
        var (code, _, err) = Run("cycles", path, "--json");
        Assert.Equal(2, code);
        Assert.Contains("NEWARE", err, StringComparison.Ordinal);
    }
}
