using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Reporting;

public class ReportedNumbersTests
{
    private const string Header = "quantity,sample,value,unit,figure,condition\n";

    [Fact]
    public void The_project_copy_loads_every_row_of_the_paper()
    {
        var paper = ReportedNumbers.Load(Path.Combine(TestPaths.Data, "reported", "liu2025-reported-numbers.csv"));
        Assert.Equal(103, paper.Rows.Count); // analysis.md: "103 rows"
        Assert.Equal(896.4, paper.Get("stack energy density", "p-mSi@SiOx/C", "5 A/g").Value);
        var graphite = paper.Get("stack energy density", "graphite");
        Assert.True(graphite.IsApproximate);
        Assert.Equal(726, graphite.Value);
    }

    [ReferenceDataFact("../paper/reported-numbers.csv")]
    public void The_project_copy_is_identical_to_the_shared_paper_file()
        => Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.SharedPaper, "reported-numbers.csv")),
                        File.ReadAllText(Path.Combine(TestPaths.Data, "reported", "liu2025-reported-numbers.csv")));

    [Fact]
    public void Ranges_lists_and_ratios_are_kept_as_text()
    {
        var p = ReportedNumbers.Parse(Header + "c,s,20-22,wt%,S10,\nr,s,970;892;715,cm-1,S18,\nn,s,1:1.14,-,x,\ne,s,-3.93,eV,1a,\n", "t.csv");
        Assert.Equal((20.0, 22.0, 21.0), (p.Rows[0].Low!.Value, p.Rows[0].High!.Value, p.Rows[0].Value!.Value));
        Assert.Null(p.Rows[1].Value);
        Assert.Null(p.Rows[2].Value);
        Assert.Equal(-3.93, p.Rows[3].Value);
        var e = Assert.Throws<InvalidOperationException>(() => p.Rows[2].RequireValue());
        Assert.Contains("1:1.14", e.Message);
    }

    [Fact]
    public void A_wrong_header_names_the_file_and_line()
    {
        var e = Assert.Throws<DataFormatException>(() => ReportedNumbers.Parse("a,b,c\n", "bad.csv"));
        Assert.Contains("bad.csv", e.Message);
        Assert.Equal("line 1", e.Position);
    }

    [Fact]
    public void A_short_row_names_its_line()
    {
        var e = Assert.Throws<DataFormatException>(() => ReportedNumbers.Parse(Header + "a,b,1,u,f,c\nx,y,2\n", "short.csv"));
        Assert.Equal("line 3", e.Position);
        Assert.Contains("6 fields", e.Message);
    }

    [Fact]
    public void An_empty_file_is_an_error() => Assert.Throws<DataFormatException>(() => ReportedNumbers.Parse("", "empty.csv"));

    [Fact]
    public void A_missing_file_names_the_path()
    {
        var e = Assert.Throws<FileNotFoundException>(() => ReportedNumbers.Load("/nonexistent/x.csv"));
        Assert.Contains("/nonexistent/x.csv", e.Message);
    }

    [Fact]
    public void Ambiguous_or_missing_lookups_list_the_candidates()
    {
        var p = ReportedNumbers.Parse(Header + "u,s,1,Wh/L,f,5 A/g\nu,s,2,Wh/L,f,8 A/g\n", "t.csv");
        var e = Assert.Throws<KeyNotFoundException>(() => p.Get("u", "s"));
        Assert.Contains("2 rows match", e.Message);
        Assert.Contains("8 A/g", e.Message);
        Assert.Equal(2, p.Get("u", "s", "8 A/g").Value);
        Assert.Throws<KeyNotFoundException>(() => p.Get("u", "other"));
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_line_breaks()
    {
        var p = ReportedNumbers.Parse(Header + "\"a, b\",\"say \"\"hi\"\"\",1,u,f,\"x\ny\"\nq,s,2,u,f,c\n", "q.csv");
        Assert.Equal("a, b", p.Rows[0].Quantity);
        Assert.Equal("say \"hi\"", p.Rows[0].Sample);
        Assert.Equal("x\ny", p.Rows[0].Condition);
        Assert.Equal(4, p.Rows[1].Line);
    }

    [Fact]
    public void An_unterminated_quote_names_the_line_where_it_starts()
    {
        var e = Assert.Throws<DataFormatException>(() => ReportedNumbers.Parse(Header + "a,b,1,u,f,c\n\"open,b,1,u,f,c\n", "u.csv"));
        Assert.Equal("line 3", e.Position);
    }
}
