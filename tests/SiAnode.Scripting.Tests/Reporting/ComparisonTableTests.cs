using SiAnode.Scripting.Reporting;

namespace SiAnode.Scripting.Tests.Reporting;

public class ComparisonTableTests
{
    private static readonly ComparisonTable Table = new(
    [
        new ComparisonRow("S15f", "stack energy density", "graphite", "Wh/L", 726, 726.2187784685973, DataKind.Reported, "Eq. 2"),
        new ComparisonRow("1g", "average stress", "IV, \"coated\"", "GPa", null, 9.5, DataKind.Synthetic, "<model>"),
    ]);

    [Fact]
    public void Csv_has_the_issue_columns_and_invariant_numbers()
    {
        var lines = Table.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("figure,quantity,sample,unit,paper,ours,relative_difference,data", lines[0]);
        Assert.Equal("S15f,stack energy density,graphite,Wh/L,726,726.2187784685973,0.0003013477528888332,reported", lines[1]);
        Assert.Equal("1g,average stress,\"IV, \"\"coated\"\"\",GPa,,9.5,,synthetic", lines[2]);
    }

    [Fact]
    public void Relative_difference_is_ours_minus_paper_over_paper()
    {
        Assert.Equal((726.2187784685973 - 726) / 726, Table.Rows[0].RelativeDifference!.Value, 15);
        Assert.Null(Table.Rows[1].RelativeDifference);
    }

    [Fact]
    public void Html_embeds_the_rows_and_they_parse_back_unchanged()
    {
        string html = Table.ToHtml();
        Assert.Contains("<table", html);
        Assert.DoesNotContain("<model>", html); // escaped in the table and in the JSON
        var back = ComparisonTable.ParseEmbedded("<p>before</p>" + html + html);
        Assert.Equal(4, back.Count);
        Assert.Equal(Table.Rows[0], back[0]);
        Assert.Equal(Table.Rows[1], back[1]);
    }
}
