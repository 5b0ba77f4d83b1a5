using System.Numerics;
using SiAnode.Scripting.Formats.Potentiostats;
using SiAnode.Scripting.Impedance;
using SiAnode.Scripting.Numerics;
using SiAnode.Scripting.Tests.Infrastructure;

namespace SiAnode.Scripting.Tests.Impedance;

public class LinKKTests
{
    [Fact]
    public void Circuit3_with_10_elements_gives_Schoenlebers_mu()
    {
        // Issue 7 / impedance.py v1.7.1 tests: Lin-KK on Circuit3_EIS_1.z with M = 10 gives mu = 0.68438211
        // (values from Schönleber's Lin-KK software). Tolerance: the 8 printed decimals.
        var s = ImpedanceFile.Load(Fixtures.Path("eis/Circuit3_EIS_1.z"));
        var r = LinKK.Test(s, 10, LinKKFit.Real);
        Assert.Equal(0.68438211, r.Mu, 8);
        Assert.Equal(10, r.Resistances.Count);
    }

    [Fact]
    public void A_kramers_kronig_compliant_spectrum_is_reproduced()
    {
        // Closed form: R0 + two RC elements whose time constants lie on the Lin-KK grid is itself a Lin-KK model,
        // so the fit must be exact (residuals at rounding level) with mu = 1 (no negative resistances).
        var f = Enumerable.Range(0, 41).Select(i => Math.Pow(10, 5 - i * 0.2)).ToArray(); // 100 kHz .. 0.01 Hz
        var probe = new ImpedanceSpectrum(f, f.Select(_ => 1.0).ToArray(), f.Select(_ => -1.0).ToArray());
        var tau = LinKK.TimeConstants(probe, 5);
        var z = f.Select(x => 10 + 20 / new Complex(1, 2 * Math.PI * x * tau[1]) + 50 / new Complex(1, 2 * Math.PI * x * tau[3])).ToArray();
        var s = new ImpedanceSpectrum(f, z.Select(v => v.Real).ToArray(), z.Select(v => v.Imaginary).ToArray());
        foreach (var fit in new[] { LinKKFit.Real, LinKKFit.Complex, LinKKFit.Imaginary })
        {
            var r = LinKK.Test(s, 5, fit);
            Assert.True(r.MaxAbsResidual < 1e-9, $"{fit}: max residual {r.MaxAbsResidual}");
            Assert.Equal(20, r.Resistances[1], 6);
            Assert.Equal(50, r.Resistances[3], 6);
            Assert.Equal(10, r.SeriesResistanceOhms, 6);
        }
    }

    [Fact]
    public void Mu_follows_impedance_py()
    {
        // impedance.py tests/test_validation.py, test_calc_mu
        Assert.Equal(0, LinKK.Mu([1, 2, 3, -3, -2, -1]));
        Assert.Equal(0.5, LinKK.Mu([-1, 2, 4, -3, 4, -1]));
    }

    [Fact]
    public void Automatic_choice_stops_when_mu_falls_below_the_cutoff()
    {
        var s = ImpedanceFile.Load(Fixtures.Path("eis/Circuit3_EIS_1.z"));
        var r = LinKK.Auto(s, cutoff: 0.85);
        Assert.True(r.Mu <= 0.85);
        Assert.True(r.Elements == 1 || LinKK.Test(s, r.Elements - 1).Mu > 0.85);
    }

    [Fact]
    public void Least_squares_solves_overdetermined_and_rank_deficient_systems()
    {
        // y = 2 + 3x exactly
        var a = new double[5, 2];
        var b = new double[5];
        for (int i = 0; i < 5; i++) { a[i, 0] = 1; a[i, 1] = i; b[i] = 2 + 3 * i; }
        var x = LinearLeastSquares.Solve(a, b);
        Assert.Equal(2, x[0], 12);
        Assert.Equal(3, x[1], 12);
        // a duplicated column: the basic solution puts the weight on one of them and stays finite
        var d = new double[5, 3];
        for (int i = 0; i < 5; i++) { d[i, 0] = 1; d[i, 1] = i; d[i, 2] = i; }
        var y = LinearLeastSquares.Solve(d, b);
        Assert.Equal(3, y[1] + y[2], 10);
        Assert.All(y, v => Assert.True(double.IsFinite(v)));
    }
}
