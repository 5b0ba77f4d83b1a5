using System.Text;
using System.Text.Json;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Isotherms;
using SiAnode.Scripting.Porosity;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Porosity;

/// <summary>Loaders against the upstream parsers' expected output, and typed errors for bad input.</summary>
public class IsothermLoaderTests
{
    private static double[] JsonArray(JsonElement data, string name) => data.GetProperty(name).EnumerateArray().Select(e => e.GetDouble()).ToArray();

    /// <summary>
    /// Source: adsorption-file-parser's expected JSON beside each .txt. Every column equals the JSON exactly (the same decimal text
    /// parses to the same double); amounts per gram are the raw cc divided by the sample weight.
    /// </summary>
    private static void AssertMatchesParserJson(string txt, string json)
    {
        var iso = IsothermFile.Load(txt);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var meta = doc.RootElement.GetProperty("meta");
        var data = doc.RootElement.GetProperty("data");
        var table = iso.SourceTable!;
        Assert.Equal(JsonArray(data, "loading"), table["Volume @ STP"].Numbers!.ToArray());
        Assert.Equal(JsonArray(data, "pressure_saturation"), table[table.Columns.Any(c => c.Name == "Po") ? "Po" : "P0"].Numbers!.ToArray());
        if (data.TryGetProperty("pressure_relative", out _))
            Assert.Equal(JsonArray(data, "pressure_relative"), table["P/Po"].Numbers!.ToArray());
        else
            Assert.Equal(JsonArray(data, "pressure"), table["Press"].Numbers!.ToArray());
        Assert.Equal(meta.GetProperty("material").GetString(), iso.Metadata["material"]);
        Assert.Equal(meta.GetProperty("apparatus").GetString(), iso.Metadata["apparatus"]);
        Assert.Equal(meta.GetProperty("material_mass").GetDouble(), iso.SampleMassGrams);
        Assert.Equal(meta.GetProperty("temperature").GetDouble(), iso.TemperatureKelvin);
        Assert.Equal(Adsorbate.Nitrogen, iso.Adsorbate);
        double mass = meta.GetProperty("material_mass").GetDouble();
        var loading = JsonArray(data, "loading");
        for (int i = 0; i < loading.Length; i++)
            Assert.Equal(loading[i] / mass, iso.Points[i].AmountCm3StpPerGram, 1e-12 * loading[i] / mass);
        // Adsorption up to the highest pressure, desorption after it.
        int top = Enumerable.Range(0, iso.Points.Count).MaxBy(i => iso.Points[i].RelativePressure);
        Assert.All(iso.Points.Take(top + 1), p => Assert.Equal(IsothermBranch.Adsorption, p.Branch));
        Assert.All(iso.Points.Skip(top + 1), p => Assert.Equal(IsothermBranch.Desorption, p.Branch));
    }

    [Fact]
    public void Quantachrome_Re22_MatchesAdsorptionFileParser()
        => AssertMatchesParserJson(PorosityFixtures.Fixture("RE-22 (Raw Analysis Data).txt"), PorosityFixtures.Fixture("RE-22 (Raw Analysis Data).json"));

    [ReferenceDataFact("formats/adsorption/DUT-6_LP_N2 (Raw Analysis Data).txt")]
    public void Quantachrome_Dut6_MatchesAdsorptionFileParser()
    {
        string dir = TestPaths.Reference("formats/adsorption");
        AssertMatchesParserJson(Path.Combine(dir, "DUT-6_LP_N2 (Raw Analysis Data).txt"), Path.Combine(dir, "DUT-6_LP_N2 (Raw Analysis Data).json"));
        var iso = IsothermFile.Load(Path.Combine(dir, "DUT-6_LP_N2 (Raw Analysis Data).txt"));
        // Absolute Torr → kPa (101.325/760) and p/p0 = Press/P0: first point 0.00202042/764.02.
        Assert.Equal(0.00202042 / 764.02, iso.Points[0].RelativePressure, 1e-15);
        Assert.Equal(0.00202042 * 101.325 / 760, iso.Points[0].PressureKilopascals!.Value, 1e-15);
        Assert.Equal("120.0 °C", iso.Metadata["outgas_temperature"]); // cp1252 0xB0 decoded
    }

    [ReferenceDataTheory("formats/adsorption")]
    [InlineData("Sample_C.xls", "pressure", null, 1.0)]
    [InlineData("Sample_D.xls", "pressure_relative", "pressure", 22.414)]
    public void MicromeriticsXls_MatchesAdsorptionFileParser(string file, string relativeKey, string? absoluteKey, double cm3PerLoadingUnit)
    {
        // Source: adsorption-file-parser's expected JSON (Sample_C: relative p, cm³/g STP; Sample_D: relative and kPa, mmol/g).
        // Every number equals the JSON exactly (both read the same IEEE doubles from NUMBER/RK records).
        string path = TestPaths.Reference("formats/adsorption/" + file);
        Assert.Equal(IsothermFileFormat.MicromeriticsXls, IsothermFile.Detect(File.ReadAllBytes(path)));
        var iso = IsothermFile.Load(path);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".json")));
        var meta = doc.RootElement.GetProperty("meta");
        var data = doc.RootElement.GetProperty("data");
        var rel = JsonArray(data, relativeKey);
        var loading = JsonArray(data, "loading");
        Assert.Equal(rel.Length, iso.Points.Count);
        Assert.Equal(rel, iso.Points.Select(p => p.RelativePressure).ToArray());
        Assert.Equal(loading, iso.SourceTable!.Columns.First(c => c.Name.StartsWith("Quantity", StringComparison.Ordinal)).Numbers!.ToArray());
        for (int i = 0; i < loading.Length; i++)
            Assert.Equal(loading[i] * cm3PerLoadingUnit, iso.Points[i].AmountCm3StpPerGram, 1e-12 * loading[i] * cm3PerLoadingUnit);
        if (absoluteKey is not null)
            Assert.Equal(JsonArray(data, absoluteKey), iso.SourceTable!.Columns.First(c => c.Name.StartsWith("Absolute", StringComparison.Ordinal)).Numbers!.ToArray());
        Assert.Equal(meta.GetProperty("material").GetString(), iso.Metadata["material"]);
        Assert.Equal(meta.GetProperty("apparatus").GetString(), iso.Metadata["apparatus"]);
        Assert.Equal(meta.GetProperty("material_mass").GetDouble(), iso.SampleMassGrams);
        double t = meta.GetProperty("temperature").GetDouble();
        Assert.Equal(meta.GetProperty("temperature_unit").GetString() == "K" ? t : t + 273.15, iso.TemperatureKelvin!.Value, 1e-9);
        Assert.Equal(Adsorbate.Nitrogen, iso.Adsorbate);
        Assert.True(iso.HasDesorption);
    }

    [ReferenceDataFact("formats/adsorption/Sample_C.xls")]
    public void MicromeriticsXls_Truncated_IsRefusedWithByteOffset()
    {
        var bytes = File.ReadAllBytes(TestPaths.Reference("formats/adsorption/Sample_C.xls"));
        var e = Assert.Throws<DataFormatException>(() => IsothermFile.Parse(bytes[..(bytes.Length / 2)], "half.xls"));
        Assert.Equal("half.xls", e.Source);
        Assert.Contains("truncated", e.Found + e.Expected);
    }

    [Fact]
    public void OleSignatureWithGarbage_IsRefused()
    {
        var bytes = new byte[600];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Assert.Throws<DataFormatException>(() => IsothermFile.Parse(bytes, "garbage.xls"));
    }

    [Fact]
    public void PyGapsJson_Mcm41_RelativeMmol_ConvertedToCm3Stp()
    {
        var iso = IsothermFile.Load(PorosityFixtures.Fixture("MCM-41 N2 77K.json"));
        // Source: the file itself: first point loading 0.389345 mmol/g at p/p0 7.017e-06; 67 points, the last ones flagged "des".
        Assert.Equal(67, iso.Points.Count);
        Assert.Equal(7.017e-06, iso.Points[0].RelativePressure);
        Assert.Equal(0.389345 * 22.414, iso.Points[0].AmountCm3StpPerGram, 1e-12);
        Assert.Equal(IsothermBranch.Desorption, iso.Points[^1].Branch);
        Assert.Equal(77.355, iso.TemperatureKelvin);
        Assert.Equal("MCM-41", iso.Metadata["material"]);
    }

    [ReferenceDataFact("bet/pyGAPS/NaY N2 77K.json")]
    public void PyGapsJson_AbsoluteBar_MadeRelativeWithP0At77K()
    {
        var iso = IsothermFile.Load(TestPaths.Reference("bet/pyGAPS/NaY N2 77K.json"));
        // p0(N2, 77.355 K) = 101.325 kPa (normal boiling point); first pressure 1.35041659341e-07 bar.
        Assert.Equal(1.35041659341e-07 * 100 / 101.325, iso.Points[0].RelativePressure, 1e-18);
        Assert.True(iso.HasDesorption);
    }

    [Fact]
    public void BetsiCsv_BomCrlfHeaderUnits_AreRead()
    {
        var bytes = File.ReadAllBytes(PorosityFixtures.Fixture("EXP_ZIF-8powder.csv"));
        Assert.Equal(IsothermFileFormat.Csv, IsothermFile.Detect(bytes));
        var iso = IsothermFile.Parse(bytes, "EXP_ZIF-8powder.csv");
        Assert.Equal(65, iso.Points.Count);
        Assert.Equal(4.19974E-05, iso.Points[0].RelativePressure);
        Assert.Equal(20.28274449, iso.Points[0].AmountCm3StpPerGram);
        Assert.Equal("cm3/g", iso.Metadata["amount_unit"]);
    }

    [Fact]
    public void Csv_SemicolonsAndDecimalCommas_Cp1252Header()
    {
        // A European export: cp1252 "p/p0;Menge (mmol/g)" with "µ"-free header, CRLF, decimal commas.
        var text = "p/p0;Menge adsorbiert (mmol/g)\r\n0,05;1,5\r\n0,10;2,0\r\n0,20;2,5\r\n";
        var bytes = Encoding.Latin1.GetBytes(text);
        var iso = IsothermFile.Parse(bytes, "euro.csv");
        Assert.Equal(3, iso.Points.Count);
        Assert.Equal(0.10, iso.Points[1].RelativePressure);
        Assert.Equal(2.0 * 22.414, iso.Points[1].AmountCm3StpPerGram, 1e-12);
    }

    [Fact]
    public void Csv_HeaderlessWithoutDeclaredUnits_IsRefused()
    {
        var e = Assert.Throws<DataFormatException>(() => IsothermFile.Parse(Encoding.UTF8.GetBytes("0.1,0.001\n0.2,0.002\n"), "bare.csv"));
        Assert.Equal("bare.csv", e.Source);
        Assert.Equal("line 1", e.Position);
        Assert.Contains("unit", e.Expected);
    }

    [Fact]
    public void Csv_BadNumber_NamesLineAndColumn()
    {
        var e = Assert.Throws<DataFormatException>(() => IsothermFile.Parse(Encoding.UTF8.GetBytes("P/Po,Quantity (cm3/g STP)\n0.1,10\n0.2,abc\n"), "bad.csv"));
        Assert.Equal("line 3, column 2", e.Position);
        Assert.Equal("abc", e.Found);
    }

    [Fact]
    public void EmptyFile_IsRefused()
    {
        var e = Assert.Throws<DataFormatException>(() => IsothermFile.Parse([], "empty.txt"));
        Assert.Contains("empty", e.Found);
    }

    [Fact]
    public void UnknownText_IsRefused()
    {
        var e = Assert.Throws<DataFormatException>(() => IsothermFile.Parse(Encoding.UTF8.GetBytes("hello world\nthis is not an isotherm\n"), "note.txt"));
        Assert.Equal("hello world", e.Found);
    }

    [Fact]
    public void TruncatedPyGapsJson_IsRefusedWithPosition()
    {
        string text = File.ReadAllText(PorosityFixtures.Fixture("MCM-41 N2 77K.json"));
        var bytes = Encoding.UTF8.GetBytes(text[..(text.Length / 2)]);
        var e = Assert.Throws<DataFormatException>(() => IsothermFile.Parse(bytes, "cut.json"));
        Assert.Contains("line", e.Position);
        Assert.Equal("well-formed JSON", e.Expected);
    }

    [Fact]
    public void TruncatedQuantachromeRow_NamesTheLine()
    {
        // Cut the RE-22 file in the middle of a data row (after "0.073323").
        var text = File.ReadAllText(PorosityFixtures.Fixture("RE-22 (Raw Analysis Data).txt"), Encoding.Latin1);
        int cut = text.IndexOf("0.073323", StringComparison.Ordinal) + "0.073323".Length;
        var bytes = Encoding.Latin1.GetBytes(text[..cut]);
        var e = Assert.Throws<DataFormatException>(() => IsothermFile.Parse(bytes, "cut.txt"));
        Assert.Equal("line 23", e.Position);
        Assert.Contains("3 numbers", e.Expected);
    }

    [Fact]
    public void QuantachromeWithoutData_IsRefused()
    {
        var text = File.ReadAllText(PorosityFixtures.Fixture("RE-22 (Raw Analysis Data).txt"), Encoding.Latin1);
        int cut = text.IndexOf("0.006464", StringComparison.Ordinal);
        var e = Assert.Throws<DataFormatException>(() => IsothermFile.Parse(Encoding.Latin1.GetBytes(text[..cut]), "header-only.txt"));
        Assert.Contains("data row", e.Expected);
    }

    [Fact]
    public void Aif_AdsorptionAndDesorptionLoops_AreRead()
    {
        const string aif = """
            data_example
            _exptl_adsorptive 'nitrogen'
            _exptl_temperature 77.35
            _units_temperature K
            _units_pressure kPa
            _units_mass g
            _units_loading mmol
            _sample_mass 0.05
            loop_
            _adsorp_pressure
            _adsorp_p0
            _adsorp_amount
            10.0 100.0 1.0
            20.0 100.0 1.5
            loop_
            _desorp_pressure
            _desorp_p0
            _desorp_amount
            15.0 100.0 1.4
            """;
        var bytes = Encoding.UTF8.GetBytes(aif);
        Assert.Equal(IsothermFileFormat.Aif, IsothermFile.Detect(bytes));
        var iso = IsothermFile.Parse(bytes, "example.aif");
        Assert.Equal(3, iso.Points.Count);
        Assert.Equal(0.2, iso.Points[1].RelativePressure, 1e-15);
        Assert.Equal(1.5 * 22.414, iso.Points[1].AmountCm3StpPerGram, 1e-12);
        Assert.Equal(IsothermBranch.Desorption, iso.Points[2].Branch);
        Assert.Equal(0.05, iso.SampleMassGrams);
        Assert.Equal(77.35, iso.TemperatureKelvin);
    }

    [Fact]
    public void IsothermToTable_HasUnits()
    {
        var iso = IsothermFile.Load(PorosityFixtures.Fixture("MCM-41 N2 77K.json"));
        var table = iso.ToTable();
        Assert.Equal("cm3(STP)/g", table.Columns[1].Unit);
        Assert.Equal(iso.Points.Count, table.RowCount);
    }

    [Fact]
    public void Quantachrome_ZeroP0_IsATypedError()
    {
        // A Press/P0 table whose P0 is 0 would give infinite p/p0: refused, naming the data row.
        var text = "Quantachrome ASiQwin\nSample Weight: 0.05 g\n\n  Press            P0         Volume @ STP\n\n  Torr            Torr             cc\n\n  10.0   0.0   1.0\n";
        var e = Assert.Throws<DataFormatException>(() => IsothermFile.Parse(Encoding.ASCII.GetBytes(text), "p0.txt"));
        Assert.Equal("data row 1", e.Position);
    }
}
