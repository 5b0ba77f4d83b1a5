using SiAnode.Scripting.Diffraction;

namespace SiAnode.Scripting.Tests.Diffraction;

/// <summary>Bragg, Scherrer and Williamson–Hall against analysis.md §D (tolerance: the printed digits) and closed forms.</summary>
public class BraggScherrerTests
{
    [Fact]
    public void Bragg_d111_of_silicon()
    {
        double d111 = 5.431 / Math.Sqrt(3);
        Assert.Equal(3.13559, Math.Round(d111, 5), 10);
        Assert.Equal(28.442, Math.Round(Bragg.TwoThetaDegrees(d111), 3), 10);
        Assert.Equal(d111, Bragg.DSpacingAngstrom(Bragg.TwoThetaDegrees(d111)), 12);
        // the ~22° hump: d = 4.04 Å (analysis.md §A)
        Assert.Equal(4.04, Math.Round(Bragg.DSpacingAngstrom(22.0), 2), 10);
    }

    [Fact]
    public void Scherrer_test_vector()
    {
        Assert.Equal(40.98, Math.Round(Scherrer.SizeNanometres(28.443, 0.20, 0.9), 2), 10);
        Assert.Equal(42.80, Math.Round(Scherrer.SizeNanometres(28.443, 0.20, 0.94), 2), 10);
        var s = Scherrer.Size(28.443, 0.20, 0, BroadeningCorrection.None);
        Assert.Equal(40.98, Math.Round(s.SizeNanometres, 2), 10);
    }

    [Fact]
    public void Instrument_corrections_Gaussian_in_quadrature_Lorentzian_linear()
    {
        Assert.Equal(0.20, Scherrer.SampleFwhmDegrees(Math.Sqrt(0.2 * 0.2 + 0.05 * 0.05), 0.05, BroadeningCorrection.Gaussian), 12);
        Assert.Equal(0.20, Scherrer.SampleFwhmDegrees(0.25, 0.05, BroadeningCorrection.Lorentzian), 12);
        Assert.True(double.IsNaN(Scherrer.SampleFwhmDegrees(0.04, 0.05, BroadeningCorrection.Gaussian)));
        var g = Scherrer.Size(28.443, Math.Sqrt(0.2 * 0.2 + 0.05 * 0.05), 0.05, BroadeningCorrection.Gaussian);
        Assert.Equal(40.98, Math.Round(g.SizeNanometres, 2), 10);
    }

    [Fact]
    public void Scherrer_uncertainty_matches_numerical_propagation()
    {
        // σ_D from σ(β_o) = 0.004° and σ(2θ) = 0.002°, against central differences (tolerance 1e-4 relative)
        double tt = 28.443, bo = 0.21, bi = 0.05, sb = 0.004, st = 0.002;
        var r = Scherrer.Size(tt, bo, bi, BroadeningCorrection.Gaussian, fwhmStandardErrorDegrees: sb, twoThetaStandardErrorDegrees: st);
        double D(double t, double b) => Scherrer.SizeNanometres(t, Scherrer.SampleFwhmDegrees(b, bi, BroadeningCorrection.Gaussian));
        double h = 1e-6;
        double dB = (D(tt, bo + h) - D(tt, bo - h)) / (2 * h), dT = (D(tt + h, bo) - D(tt - h, bo)) / (2 * h);
        double expected = Math.Sqrt(dB * dB * sb * sb + dT * dT * st * st);
        Assert.Equal(expected, r.StandardErrorNanometres, expected * 1e-4);
    }

    [Fact]
    public void Williamson_Hall_recovers_size_and_strain_of_exact_widths()
    {
        // widths built from D = 40 nm, ε = 1e-3: β cosθ = Kλ/D + 4ε sinθ; tolerance 1e-9 relative
        double[] tt = [28.442, 47.302, 56.122, 69.129, 76.375];
        var beta = tt.Select(t =>
        {
            double th = t * Math.PI / 360;
            return (0.9 * 1.5406 / 400.0 + 4e-3 * Math.Sin(th)) / Math.Cos(th) * 180 / Math.PI;
        }).ToArray();
        var wh = WilliamsonHall.Fit(tt, beta);
        Assert.Equal(40.0, wh.SizeNanometres, 1e-8);
        Assert.Equal(1e-3, wh.Microstrain, 1e-12);
        Assert.Equal(5, wh.PeakCount);
    }

    [Fact]
    public void Kalpha2_position_of_Si111()
    {
        // sinθ₂ = (λ₂/λ₁) sinθ₁: Si(111) Kα2 at 28.514° (tolerance 0.001°)
        Assert.Equal(28.514, XrayLine.CopperKalpha.Kalpha2TwoThetaDegrees(28.442), 3);
    }
}
