using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Potentiostats;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Impedance;

/// <summary>
/// Impedance loaders on real instrument files. Expected values: impedance.py's test_preprocessing asserts all 72 points of
/// exampleDataGamry.DTA and the same 72 from the aborted run (fixtures/eis/SOURCES.md); the first and last points below are
/// the file's own text; gamry-parser's tests assert the curve counts of its trimmed files.
/// </summary>
public class ImpedanceLoaderTests
{
    [Fact]
    public void Gamry_eis_has_72_points_with_the_files_values()
    {
        var s = ImpedanceFile.Load(Fixtures.Path("eis/exampleDataGamry.DTA"));
        Assert.Equal(72, s.Count);
        Assert.Equal((200015.6, 825.8584, -1367.239), (s.FrequenciesHertz[0], s.RealOhms[0], s.ImaginaryOhms[0]));
        Assert.Equal((0.0158898, 17007.49, -6635.557), (s.FrequenciesHertz[71], s.RealOhms[71], s.ImaginaryOhms[71]));
    }

    [Fact]
    public void The_aborted_gamry_run_gives_the_same_72_points_and_says_it_was_aborted()
    {
        var full = ImpedanceFile.Load(Fixtures.Path("eis/exampleDataGamry.DTA"));
        var file = GamryFile.Load(Fixtures.Path("eis/exampleDataGamryABORT.DTA"));
        Assert.True(file.Aborted);
        Assert.False(GamryFile.Load(Fixtures.Path("eis/exampleDataGamry.DTA")).Aborted);
        var s = file.ImpedanceSpectrum();
        Assert.Equal(full.FrequenciesHertz, s.FrequenciesHertz);
        Assert.Equal(full.RealOhms, s.RealOhms);
        Assert.Equal(full.ImaginaryOhms, s.ImaginaryOhms);
        Assert.Equal(["OCVCURVE", "ZCURVE", "FRACURVE"], file.Tables.Select(t => t.Name));
    }

    [Fact]
    public void Gamry_header_and_tables_are_kept()
    {
        var f = GamryFile.Load(Fixtures.Path("eis/exampleDataGamry.DTA"));
        Assert.Equal("EISPOT", f.Tag);
        Assert.Equal("-5.00000E-002", f.Value("VDC"));
        var ocv = f.Table("OCVCURVE");
        Assert.Equal(387, ocv.DeclaredRows);
        Assert.Equal(387, ocv.Rows.Count);
        Assert.False(ocv.IsTruncated);
        Assert.Equal("V vs. Ref.", ocv.Units[2]);
        Assert.True(double.IsNaN(ocv.Rows[0][5])); // the overload flag field "..........a"
        var z = f.Table("ZCURVE");
        Assert.Equal("°", z.Units[7]); // Zphz in degrees, written in cp1252
    }

    [ReferenceDataTheory("formats/gamry-dta")]
    [InlineData("cv_data.dta", "CV", 5)]
    [InlineData("chronoa_data.dta", "CHRONOA", 1)]
    [InlineData("ocp_data.dta", "CORPOT", 1)]
    [InlineData("eispot_data.dta", "EISPOT", 1)]
    [InlineData("eispot_data_curveaborted.dta", "EISPOT", 1)]
    public void Gamry_parser_files_load(string name, string tag, int curves)
    {
        var f = GamryFile.Load(TestPaths.Reference("formats/gamry-dta/" + name));
        Assert.Equal(tag, f.Tag);
        Assert.Equal(curves, f.Tables.Count);
        Assert.All(f.Tables, t => Assert.NotEmpty(t.Rows));
    }

    [ReferenceDataFact("formats/gamry-dta/chronoa_data.dta")]
    public void A_table_shorter_than_declared_is_flagged_as_truncated()
    {
        // gamry-parser trimmed its files to a few points per curve but kept the declared count (SOURCES.md).
        var t = GamryFile.Load(TestPaths.Reference("formats/gamry-dta/chronoa_data.dta")).Table("CURVE");
        Assert.Equal(5258, t.DeclaredRows);
        Assert.True(t.IsTruncated);
    }

    [Fact]
    public void Csv_and_zplot_files_load()
    {
        var csv = ImpedanceFile.Load(Fixtures.Path("eis/exampleData.csv"));
        Assert.Equal(66, csv.Count); // SOURCES.md: 66 points, 3.16 mHz..10 kHz
        Assert.Equal(3.1623e-3, csv.FrequenciesHertz[0], 7);
        var z = ImpedanceFile.Load(Fixtures.Path("eis/exampleDataZPlot.z"));
        Assert.Equal(21, z.Count); // the header plans 56 points, the file holds the 21 measured before the sweep stopped
        Assert.Equal((3.0e5, 147.77, -11.335), (z.FrequenciesHertz[0], z.RealOhms[0], z.ImaginaryOhms[0]));
        Assert.Equal(53, ImpedanceFile.Load(Fixtures.Path("eis/Circuit3_EIS_1.z")).Count);
    }

    [ReferenceDataTheory("eis/impedance-py")]
    [InlineData("exampleDataZPlot_noComments.z")]
    [InlineData("Circuit1_EIS_1.z")]
    [InlineData("Circuit2_EIS_2.z")]
    public void Other_zplot_files_load(string name) => Assert.True(ImpedanceFile.Load(TestPaths.Reference("eis/impedance-py/" + name)).Count > 10);

    [ReferenceDataTheory("eis/impedance-py")]
    // point counts and first points as written in each file (impedance.py's preprocessing reads the same formats)
    [InlineData("exampleDataAutolab.txt", 41, 10000.0, 0.013785863964281, 0.007191946305823)]
    [InlineData("exampleDataBioLogic.mpt", 43, 1000.3201, 65.470886, -0.38998979)] // file column is -Im(Z): negated
    [InlineData("exampleDataCHInstruments.txt", 73, 99610.0, 98.91, -2.748)]
    [InlineData("exampleDataParstat.txt", 31, 10000.0, -0.00049816280376104, 0.0175143479976367)] // DC rows (f = 0) skipped
    [InlineData("exampleDataPowersuite.txt", 30, 0.1, 423929.46, -49014.063)]
    [InlineData("exampleDataVersaStudio.par", 61, 100000.0, 55.31571, 4.575431)]
    public void Vendor_exports_with_named_columns_load(string name, int count, double f0, double re0, double im0)
    {
        var s = ImpedanceFile.Load(TestPaths.Reference("eis/impedance-py/" + name));
        Assert.Equal(count, s.Count);
        Assert.Equal((f0, re0, im0), (s.FrequenciesHertz[0], s.RealOhms[0], s.ImaginaryOhms[0]));
    }

    [ReferenceDataFact("eis/impedance-py/exampleDataBioLogic_MissingFreq.mpt")]
    public void A_biologic_file_without_a_frequency_column_is_an_error()
        // impedance.py's negative test: the missing "freq/Hz" column must raise
        => Assert.Throws<DataFormatException>(() => ImpedanceFile.Load(TestPaths.Reference("eis/impedance-py/exampleDataBioLogic_MissingFreq.mpt")));

    [Fact]
    public void Named_columns_with_decimal_commas_and_minus_im()
    {
        var s = ImpedanceTableReader.Parse("Nb header lines : 2\nfreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n1000,5\t2,5\t0,75\n", "eu.mpt");
        Assert.Equal((1000.5, 2.5, -0.75), (s.FrequenciesHertz[0], s.RealOhms[0], s.ImaginaryOhms[0]));
        var e = Assert.Throws<DataFormatException>(() => ImpedanceTableReader.Parse("Freq/Hz, Z'/ohm, Z\"/ohm\n1, 2, x\n", "bad.txt"));
        Assert.Equal("line 2", e.Position);
    }

    [Fact]
    public void Capacitive_only_keeps_negative_imaginary_parts()
    {
        var s = ImpedanceCsv.Parse("1,1,-1\n10,1,0.5\n100,2,-0.1\n", "t.csv").CapacitiveOnly();
        Assert.Equal([1.0, 100.0], s.FrequenciesHertz);
    }

    [Fact]
    public void Semicolons_and_decimal_commas_are_read()
    {
        var s = ImpedanceCsv.Parse("freq;re;im\n1,5;2,25;-0,5\n", "eu.csv");
        Assert.Equal((1.5, 2.25, -0.5), (s.FrequenciesHertz[0], s.RealOhms[0], s.ImaginaryOhms[0]));
    }

    [Fact]
    public void Bad_input_gets_typed_errors_with_positions()
    {
        string good = File.ReadAllText(Fixtures.Path("eis/exampleDataGamry.DTA"), System.Text.Encoding.Latin1);
        // a row cut short (a truncated write)
        string cut = good[..good.IndexOf("\t71\t861", StringComparison.Ordinal)] + "\t71\t861\t0.0158898\n";
        var e = Assert.Throws<DataFormatException>(() => GamryFile.Parse(cut, "cut.DTA"));
        Assert.StartsWith("line ", e.Position);
        Assert.Contains("11 tab-separated fields", e.Message);
        // a number a locale wrote with a comma
        var e2 = Assert.Throws<DataFormatException>(() => GamryFile.Parse(good.Replace("\t825.8584\t", "\t825,8584\t"), "comma.DTA"));
        Assert.Contains("column Zreal", e2.Position);
        // not a Gamry file, an empty file, a header without data, too few columns
        Assert.Throws<DataFormatException>(() => GamryFile.Parse("TAG\tEISPOT\n", "x.DTA"));
        Assert.Throws<DataFormatException>(() => ZPlotFile.Parse("ZPLOT2 ASCII\nno end\n", "x.z"));
        Assert.Throws<DataFormatException>(() => ImpedanceCsv.Parse("1,2\n", "two.csv"));
        Assert.Throws<DataFormatException>(() => ImpedanceCsv.Parse("1,2,abc\n", "abc.csv"));
        var empty = Path.Combine(Path.GetTempPath(), "sianode-empty.csv");
        File.WriteAllText(empty, "");
        Assert.Throws<DataFormatException>(() => ImpedanceFile.Load(empty));
        var gamryOnly = GamryFile.Parse("EXPLAIN\nTAG\tCV\n", "cv.DTA");
        var missing = Assert.Throws<KeyNotFoundException>(() => gamryOnly.ImpedanceSpectrum());
        Assert.Contains("ZCURVE", missing.Message);
    }

    [Fact]
    public void Cp1252_bytes_decode_as_windows_writes_them()
    {
        Assert.Equal("°µ€", TextDecoding.Decode([0xB0, 0xB5, 0x80]));
        Assert.Equal("°", TextDecoding.Decode([0xC2, 0xB0])); // valid UTF-8 stays UTF-8
    }
}
