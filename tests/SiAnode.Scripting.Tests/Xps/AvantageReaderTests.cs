using System.IO.Compression;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Xps;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Xps;

/// <summary>
/// Thermo Avantage .xlsx reader. Expected values: each region sheet declares its point count in the "Axis | Energy |
/// Elements= | N" row and the counts match (Survey 2721, O1s 151, Na1s 171, C1s 191, CKLL 501; reference-data/formats/
/// xps-avantage/SOURCES.md, read with openpyxl); first cells of O1s are the workbook's own values (exact).
/// </summary>
public class AvantageReaderTests
{
    private const string File_ = "formats/xps-avantage/Hard_carbon_Thermo.xlsx";

    [ReferenceDataFact(File_)]
    public void Hard_carbon_workbook_has_five_regions_with_their_declared_counts()
    {
        var w = AvantageReader.Read(TestPaths.Reference(File_));
        Assert.Equal(["Survey", "O1s", "Na1s", "C1s", "CKLL"], w.Regions.Select(r => r.Name));
        Assert.Equal([2721, 151, 171, 191, 501], w.Regions.Select(r => r.PointCount));
        Assert.Equal(["Peak Table", "Titles", "Quantifications"], w.OtherSheets.Keys);
        var o = w["O1s"];
        Assert.True(o.IsBindingEnergy);
        Assert.Equal(540.08, o.EnergyElectronVolts[0], 9);
        Assert.Equal(7876.02, o.Intensity[0]);
        Assert.Contains(o.Columns, c => c.Label == "Backgnd.");
        Assert.Contains(o.Columns, c => c.Label == "Envelope");
        Assert.Equal(151, o.ToTable().RowCount);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused()
    {
        using var ms = new MemoryStream("not a zip"u8.ToArray());
        var e = Assert.Throws<DataFormatException>(() => AvantageReader.Read(ms, "x.xlsx"));
        Assert.Equal("byte offset 0", e.Position);
    }

    [ReferenceDataFact(File_)]
    public void A_region_with_a_wrong_declared_count_is_refused_naming_sheet_and_row()
    {
        // rewrite the O1s sheet's shared count 151 to 150 in a copy of the package
        using var ms = new MemoryStream();
        using (var src = ZipFile.OpenRead(TestPaths.Reference(File_)))
        using (var dst = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in src.Entries)
            {
                using var r = new StreamReader(entry.Open());
                string text = r.ReadToEnd();
                if (entry.FullName == "xl/worksheets/sheet2.xml") text = text.Replace("<v>151</v>", "<v>150</v>");
                using var w = new StreamWriter(dst.CreateEntry(entry.FullName).Open());
                w.Write(text);
            }
        }
        ms.Position = 0;
        var e = Assert.Throws<DataFormatException>(() => AvantageReader.Read(ms, "edited.xlsx"));
        Assert.Equal("sheet 'O1s Scan' row 7", e.Position);
        Assert.Equal("151 rows", e.Found);
    }
}
