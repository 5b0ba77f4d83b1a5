using SiAnode.Scripting.Formats.Isotherms;
using SiAnode.Scripting.Porosity;

namespace SiAnode.Scripting.Tests.Porosity;

/// <summary>The forward isotherm model behind the synthetic porosity files, and the Quantachrome raw-text writer.</summary>
public class MesoporousIsothermModelTests
{
    [Fact]
    public void Monolayer_thickness_is_the_liquid_volume_of_one_layer()
    {
        // 0.0015468 cm3 liquid per cm3 STP over 4.3526 m2 per cm3 STP = 0.3554 nm (tolerance 1e-4 nm).
        Assert.Equal(0.3554, MesoporousIsothermModel.MonolayerThicknessNanometres, 1e-4);
    }

    [Fact]
    public void Flat_surface_with_k_one_is_exactly_BET()
    {
        // No pores, k = 1: n = S/4.3526 · C x/((1 − x)(1 − x + C x)); BET on 0.05–0.30 returns S (tolerance 1e-6 relative).
        var m = new MesoporousIsothermModel(50.0, [], C: 80, K: 1.0);
        var p = Enumerable.Range(1, 30).Select(i => i / 100.0).ToArray();
        var iso = Isotherm.FromRelative(Adsorbate.Nitrogen, p, p.Select(m.Adsorption).ToArray(), 77.35);
        var bet = Bet.Fit(iso, 0.05, 0.30);
        Assert.Equal(50.0, bet.AreaSquareMetresPerGram, 50.0 * 1e-6);
        Assert.Equal(80.0, bet.C, 80.0 * 1e-6);
    }

    [Fact]
    public void Filled_pores_hold_their_volume_at_0_99()
    {
        // 0.1 cm3/g of 6 nm pores fill well below 0.99: amount = (V + S_ext·t(0.99))/0.0015468 (tolerance 1e-9 relative).
        var m = new MesoporousIsothermModel(2.0, [new LogNormalPoreMode("test", 6.0, 0.1, 0.1)]);
        double expected = (0.1 + 2.0 * m.FilmThicknessNanometres(0.99) * 1e-3) / Adsorbate.Nitrogen.LiquidCm3PerCm3Stp;
        Assert.Equal(expected, m.Adsorption(0.99), expected * 1e-9);
        Assert.Equal(expected, m.Desorption(0.99, 0.995), expected * 1e-9);
    }

    [Fact]
    public void Desorption_lies_above_adsorption_in_the_loop_and_joins_it_below_cavitation()
    {
        var m = new MesoporousIsothermModel(2.0, [new LogNormalPoreMode("test", 8.0, 0.15, 0.1)]);
        Assert.True(m.Desorption(0.75, 0.995) > m.Adsorption(0.75) * 1.5);
        Assert.Equal(m.Adsorption(0.40), m.Desorption(0.40, 0.995));
    }

    [Fact]
    public void Bjh_on_the_model_finds_the_median_pore_size()
    {
        // Narrow 10 nm family, dense desorption grid: BJH (Harkins–Jura films, not the model's GAB films) finds the peak within 10 %.
        var m = new MesoporousIsothermModel(1.0, [new LogNormalPoreMode("test", 10.0, 0.1, 0.2)]);
        var ads = new[] { 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.995 };
        var des = Enumerable.Range(0, 100).Select(i => 0.99 - i * 0.0055).ToArray();
        var iso = Isotherm.FromRelative(Adsorbate.Nitrogen, ads.Concat(des).ToArray(),
            ads.Select(m.Adsorption).Concat(des.Select(x => m.Desorption(x, 0.995))).ToArray(), 77.35);
        Assert.InRange(Bjh.Compute(iso, lowerRelativePressure: 0.45).PeakDiameterNanometres, 9.0, 11.0);
    }

    [Fact]
    public void Quantachrome_writer_round_trips_through_the_reader()
    {
        // Volumes are written as cc for the sample with 4 decimals: per gram they come back within 0.0001/mass; p/p0 within 1e-6.
        (double, double)[] pts = [(0.05, 12.3456), (0.3, 20.0), (0.99, 45.6789), (0.5, 30.1)];
        string text = QuantachromeRawWriter.Format(["# SYNTHETIC test"], "my sample", "x.qps", 0.1234, 77.35, "none", pts);
        var bytes = System.Text.Encoding.ASCII.GetBytes(text);
        Assert.Equal(IsothermFileFormat.QuantachromeRawText, IsothermFile.Detect(bytes));
        var iso = IsothermFile.Parse(bytes, "test");
        Assert.Equal("my sample", iso.Metadata["material"]);
        Assert.Equal(0.1234, iso.SampleMassGrams!.Value, 1e-12);
        Assert.Equal(77.35, iso.TemperatureKelvin!.Value, 1e-12);
        Assert.Equal(4, iso.Points.Count);
        for (int i = 0; i < pts.Length; i++)
        {
            Assert.Equal(pts[i].Item1, iso.Points[i].RelativePressure, 1e-6);
            Assert.Equal(pts[i].Item2, iso.Points[i].AmountCm3StpPerGram, 0.0001 / 0.1234);
        }
        Assert.Equal(IsothermBranch.Desorption, iso.Points[3].Branch);
    }
}
