using SiAnode.Scripting.Formats.Isotherms;
using SiAnode.Scripting.Notebooks.Figures;
using SiAnode.Scripting.Porosity;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Synthetic;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Porosity;

/// <summary>
/// Figs. 1j/S12 on the synthetic porosity files: the committed (noisy) files, read by the Quantachrome loader and analysed by the
/// library, give back the paper's BET areas (within 1 %) and total pore volumes (within 2 %); the figure calls produce their rows.
/// </summary>
public class PorosityDatasetTests
{
    private static string Folder => Path.Combine(TestPaths.Data, "synthetic", "porosity");

    private static ReportedNumbers Paper => ReportedNumbers.Load(Path.Combine(TestPaths.Data, "reported", "liu2025-reported-numbers.csv"));

    private static string FileOf(string sample) => Path.Combine(Folder,
        PorosityDataset.Samples.Single(s => s.Sample == sample).FileStem + " (Raw Analysis Data).txt");

    [Theory]
    [InlineData("p-mSi@SiOx/C")]
    [InlineData("mSi@C")]
    public void Committed_files_give_the_reported_BET_area_within_one_percent(string sample)
    {
        double paper = Paper.Get("BET surface area", sample).RequireValue();
        var iso = IsothermFile.Load(FileOf(sample));
        Assert.Equal(IsothermFileFormat.QuantachromeRawText, IsothermFile.Detect(File.ReadAllBytes(FileOf(sample))));
        var bet = Bet.Automatic(iso);
        Assert.True(bet.Criteria.All);
        Assert.InRange(bet.AreaSquareMetresPerGram, paper * 0.99, paper * 1.01);
    }

    [Theory]
    [InlineData("mSi")]
    [InlineData("p-mSi@SiOx/C")]
    [InlineData("p-mSi@SiOx/C-3")]
    [InlineData("p-mSi@SiOx/C-5")]
    [InlineData("p-mSi@SiOx/C-7")]
    public void Committed_files_give_the_reported_total_pore_volume_within_two_percent(string sample)
    {
        double paper = Paper.Get("total pore volume", sample).RequireValue();
        var vp = PoreVolume.Total(IsothermFile.Load(FileOf(sample)), 0.99);
        Assert.InRange(vp.VolumeCm3PerGram, paper * 0.98, paper * 1.02);
    }

    [Fact]
    public void Dominant_pore_size_of_p_mSi_lies_in_the_reported_range()
    {
        var rep = Paper.Get("dominant pore size", "p-mSi@SiOx/C");
        var r = PorositySample.Analyze(FileOf("p-mSi@SiOx/C"));
        Assert.Equal("p-mSi@SiOx/C", r.Sample); // from the file's Sample ID
        Assert.Equal(DataKind.Synthetic, r.Data); // from the file's SYNTHETIC header
        Assert.InRange(r.DominantPoreDiameterNanometres, rep.Low!.Value, rep.High!.Value);
    }

    [Fact]
    public void Pores_grow_with_hydrolysis_time()
    {
        string[] series = ["p-mSi@SiOx/C", "p-mSi@SiOx/C-3", "p-mSi@SiOx/C-5", "p-mSi@SiOx/C-7"];
        var peaks = series.Select(s => PorositySample.Analyze(FileOf(s)).DominantPoreDiameterNanometres).ToArray();
        Assert.True(peaks.Zip(peaks.Skip(1)).All(p => p.Second > p.First), string.Join(", ", peaks));
    }

    [Fact]
    public void Fig1j_gives_the_two_BET_rows_against_the_paper()
    {
        var r = Fig1j.Reproduce(Paper, Folder);
        Assert.Equal(["mSi@C", "p-mSi@SiOx/C"], r.Samples.Select(s => s.Sample));
        Assert.Equal("1j", r.Figure.Id);
        Assert.Equal(DataKind.Synthetic, r.Figure.Data);
        Assert.Equal(2, r.Comparison.Rows.Count);
        Assert.All(r.Comparison.Rows, row =>
        {
            Assert.Equal(("1j", "BET surface area", "m2/g", DataKind.Synthetic), (row.Figure, row.Quantity, row.Unit, row.Data));
            Assert.NotNull(row.Paper);
            Assert.InRange(Math.Abs(row.RelativeDifference!.Value), 0, 0.01);
        });
    }

    [Fact]
    public void FigS12_gives_areas_pore_sizes_and_volumes_for_all_six_samples()
    {
        var r = FigS12.Reproduce(Paper, Folder);
        Assert.Equal(PorositySample.PaperOrder, r.Samples.Select(s => s.Sample));
        Assert.Equal(["S12a", "S12a", "S12b", "S12c"], new[] { r.Isotherms, r.BetPlots, r.PoreSizeDistributions, r.PoreVolumes }.Select(f => f.Id));
        var rows = r.Comparison.Rows;
        Assert.Equal(4, rows.Count(x => x.Figure == "S12a")); // areas the paper does not report
        Assert.All(rows.Where(x => x.Figure == "S12a"), x => Assert.Null(x.Paper));
        Assert.Equal(6, rows.Count(x => x.Figure == "S12b"));
        var volumes = rows.Where(x => x.Figure == "S12c").ToList();
        Assert.Equal(6, volumes.Count);
        Assert.Equal(5, volumes.Count(x => x.Paper is not null));
        Assert.All(volumes.Where(x => x.Paper is not null), x => Assert.InRange(Math.Abs(x.RelativeDifference!.Value), 0, 0.02));
        Assert.All(rows, x => Assert.Equal(DataKind.Synthetic, x.Data));
        Assert.Contains("S12b,dominant pore size,p-mSi@SiOx/C,nm,6.5,", r.Comparison.ToCsv());
    }

    [Fact]
    public void Generator_solves_the_noise_free_model_to_the_reported_values()
    {
        // The solve itself (before noise): BET area within 0.2 % and the pore volume at 0.99 within 0.2 % for every reported target.
        foreach (var spec in PorosityDataset.Samples)
        {
            var iso = PorosityDataset.NoiseFree(PorosityDataset.Solve(spec));
            if (spec.AreaSquareMetresPerGram is { } a) Assert.Equal(a, Bet.Automatic(iso).AreaSquareMetresPerGram, a * 2e-3);
            if (spec.PoreVolumeCm3PerGram is { } v) Assert.Equal(v, PoreVolume.Total(iso, 0.99).VolumeCm3PerGram, v * 2e-3);
        }
    }
}
