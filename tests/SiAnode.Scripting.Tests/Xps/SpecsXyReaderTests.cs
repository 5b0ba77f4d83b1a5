using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Xps;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Xps;

/// <summary>
/// SPECS Prodigy .xy reader. Expected values: pynxtools-xps specs_xy_ref.nxs and xylib agree on 2 regions, Survey 1351 points
/// (BE 1350 → 0) and Fe2p 56 points (BE 750 → 695) (reference-data/formats/xps-specs-xy/SOURCES.md); exact comparisons.
/// </summary>
public class SpecsXyReaderTests
{
    [Fact]
    public void MgFe2O4_has_a_1351_point_survey_and_a_56_point_Fe2p_region()
    {
        var f = SpecsXyReader.Read(Fixtures.Path("xps/MgFe2O4_small.xy"));
        Assert.Equal(["Survey", "Fe2p"], f.Regions.Select(r => r.Name));
        Assert.Equal("Binding Energy", f.Settings["Energy Axis"]);
        var s = f["Survey"];
        Assert.Equal(1351, s.PointCount);
        Assert.Equal((1350.0, 0.0), (s.EnergyElectronVolts[0], s.EnergyElectronVolts[^1]));
        Assert.Equal(15598.679, s.Intensity()[0]);
        Assert.Equal(1486.61, s.ExcitationEnergyElectronVolts);
        var fe = f["Fe2p"];
        Assert.Equal(56, fe.PointCount);
        Assert.Equal((750.0, 695.0), (fe.EnergyElectronVolts[0], fe.EnergyElectronVolts[^1]));
        Assert.Equal("0.3", fe.Metadata["Dwell Time"]);
        Assert.Equal(56, fe.ToTable().RowCount);
    }

    [Fact]
    public void Rows_fewer_than_values_per_curve_are_refused_with_the_line()
    {
        var lines = File.ReadAllLines(Fixtures.Path("xps/MgFe2O4_small.xy")).ToList();
        int i = lines.FindIndex(l => l.StartsWith("1349 ", StringComparison.Ordinal));
        lines.RemoveAt(i);
        var e = Assert.Throws<DataFormatException>(() => SpecsXyReader.Parse(string.Join('\n', lines), "short.xy"));
        Assert.Contains("1351 rows", e.Expected);
        Assert.Equal($"line {i}", e.Position); // the first data row (1-based) of the survey
    }

    [Fact]
    public void A_non_numeric_row_names_its_line()
    {
        var lines = File.ReadAllLines(Fixtures.Path("xps/MgFe2O4_small.xy"));
        int i = Array.FindIndex(lines, l => l.StartsWith("1340 ", StringComparison.Ordinal));
        lines[i] = "1340  abc";
        var e = Assert.Throws<DataFormatException>(() => SpecsXyReader.Parse(string.Join('\n', lines), "bad.xy"));
        Assert.Equal($"line {i + 1}", e.Position);
    }
}
