using SiAnode.Scripting.Fitting;
using SiAnode.Scripting.Formats.Xps;
using SiAnode.Scripting.Notebooks.Figures;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Synthetic;
using SiAnode.Scripting.Tests.Infrastructure;
using SiAnode.Scripting.Xps;

namespace SiAnode.Scripting.Tests.Xps;

/// <summary>
/// Line shapes, doublets, quantification and the Fig. 2e pipeline. Sources: CasaXPS's GL/SGL definitions (CasaLineShapes),
/// CasaXPS's FeO_analyzed_results.csv peak table (tests/fixtures/xps), the reported Si 2p energies (data/reported).
/// </summary>
public class XpsFitTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(70)]
    [InlineData(100)]
    public void GL_and_SGL_have_unit_height_half_maximum_at_half_FWHM_and_the_stated_areas(double p)
    {
        // exact definitions: both equal 1 at E; SGL is 1/2 at E ± F/2 for any p; areas by direct summation, tolerance 1e-4 relative
        Assert.Equal(1, CasaLineShapes.GaussianLorentzianProduct(5, 5, 2, p), 12);
        Assert.Equal(0.5, CasaLineShapes.GaussianLorentzianSum(6, 5, 2, p), 12);
        if (p is 0 or 100) Assert.Equal(0.5, CasaLineShapes.GaussianLorentzianProduct(6, 5, 2, p), 12);
        double sumSgl = 0, sumGl = 0, h = 0.001;
        for (double x = -20000; x <= 20000; x += x is > -50 and < 50 ? h : 1)
        {
            double dx = x is > -50 and < 50 ? h : 1;
            sumSgl += CasaLineShapes.GaussianLorentzianSum(x, 0, 1.5, p) * dx;
            sumGl += CasaLineShapes.GaussianLorentzianProduct(x, 0, 1.5, p) * dx;
        }
        Assert.Equal(1, sumSgl / CasaLineShapes.GaussianLorentzianSumArea(1.5, p), 4);
        Assert.Equal(1, sumGl / CasaLineShapes.GaussianLorentzianProductArea(1.5, p), 4);
    }

    [Fact]
    public void A_Si_2p_doublet_keeps_its_splitting_and_area_ratio_through_the_ties()
    {
        var model = new XpsPeakModel();
        var p = new ParameterSet();
        model.AddDoublet(p, "Si0", 1000, 99.6, 1.0);
        var x = Enumerable.Range(0, 301).Select(i => 95 + 0.05 * i).ToArray();
        double[] truth = [1200, 99.4, 1.1, 600, 100.01, 1.1];
        var y = x.Select(v => model.Evaluate([v], truth)).ToArray();
        var fit = SiAnode.Scripting.Fitting.Fit.Model(model, p, x, y);
        Assert.Equal(99.4, fit["c1"].Value, 6);        // noise-free: exact to 1e-6 eV
        Assert.Equal(fit["c1"].Value + 0.61, fit["c2"].Value, 9);
        Assert.Equal(0.5 * fit["a1"].Value, fit["a2"].Value, 6);
        Assert.Equal(1800, fit.Derive(model.AreaExpression(0)).Value, 3);
    }

    [Fact]
    public void Atomic_percentages_reproduce_the_CasaXPS_peak_table()
    {
        // FeO_analyzed_results.csv: Area/(RSF*T*MFP) 1430.56, 671.00, 958.37, 355.03 -> %At 41.89, 19.65, 28.06, 10.40 (printed to 0.01)
        var at = XpsQuantification.AtomicPercent([1430.56, 671.00, 958.37, 355.03], [1, 1, 1, 1]);
        Assert.Equal([41.89, 19.65, 28.06, 10.40], at.Select(v => Math.Round(v, 2)));
        Assert.Equal(63400.62 / 1430.56, 16.42 * 63400.62 / 1430.56 / 16.42, 9);
        Assert.Equal(0.3, XpsQuantification.ChargeShift(284.5), 12);
        Assert.Equal(100.3, XpsQuantification.ChargeCorrect([100.0], 284.5)[0], 12);
    }

    [Fact]
    public void Atomic_percentages_from_the_CasaXPS_results_export_are_recomputed()
    {
        // FeO_analyzed_results.csv (CasaXPS's own export): 4 rows; our %At from its corrected areas equal its printed %At to 0.01
        var t = CasaPeakTable.Read(Fixtures.Path("xps/FeO_analyzed_results.csv"));
        Assert.Equal(4, t.Peaks.Count);
        Assert.Equal(709.03, t.Peaks[0].PositionElectronVolts);
        Assert.Equal(63400.62, t.Peaks[0].RawArea);
        var at = XpsQuantification.AtomicPercent(t.Peaks.Select(p => p.CorrectedArea).ToList(), [1, 1, 1, 1]);
        for (int i = 0; i < 4; i++) Assert.Equal(t.Peaks[i].AtomicPercent, at[i], 2);
        // raw/corrected = RSF·T·MFP varies with the line's kinetic energy as a FAT transmission T ∝ E_K^−0.5 (MFP exponent 0 in
        // the .vms): raw / (corrected · RSF 16.42 · T(E_K)) is one constant for the four rows, to 1e-3 relative (4-digit printing)
        var k = t.Peaks.Select(p => p.RawArea / XpsQuantification.CorrectedIntensity(p.CorrectedArea, 1 / 16.42,
            1 / XpsQuantification.PowerLawTransmission(1486.61 - p.PositionElectronVolts, -0.5))).ToArray();
        Assert.All(k, v => Assert.Equal(1, v / k[0], 3));
    }

    [Fact]
    public void The_synthetic_Si_2p_file_round_trips_through_the_VAMAS_reader()
    {
        string dir = Directory.CreateTempSubdirectory("sianode-xps-").FullName;
        try
        {
            var path = new XpsDataset().Write(dir).Single();
            var b = VamasReader.Read(path).Blocks[0];
            Assert.Equal(241, b.PointCount);
            Assert.Equal(108.0, b.BindingEnergyElectronVolts()[0], 9);
            Assert.Equal(96.0, b.BindingEnergyElectronVolts()[^1], 9);
            Assert.Contains(b.Comments, c => c.StartsWith("SYNTHETIC", StringComparison.Ordinal));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Fig2e_recovers_the_four_reported_Si_2p_energies_within_0_05_eV()
    {
        var paper = ReportedNumbers.Load(Path.Combine(TestPaths.Data, "reported", "liu2025-reported-numbers.csv"));
        var r = Fig2eXps.Reproduce(paper, Path.Combine(TestPaths.Data, "synthetic", "xps", XpsDataset.FileName));
        Assert.Equal(4, r.Comparison.Rows.Count);
        foreach (var row in r.Comparison.Rows) Assert.True(Math.Abs(row.Ours - row.Paper!.Value) < 0.05, $"{row.Quantity}: {row.Ours} vs {row.Paper}");
    }
}
