using SiAnode.Scripting.Diffraction;

namespace SiAnode.Scripting.Tests.Diffraction;

/// <summary>
/// The diamond-Si stick pattern against analysis.md §D (Fd-3m, a = 5.431 Å, Cromer–Mann f_Si from ITC Vol. C Table 6.1.1.4,
/// LP = (1+cos²2θ)/(sin²θ cosθ), B = 0.4632 Å², λ = 1.5406 Å). Tolerance: the printed digits (2θ to 0.0005°, I_rel to 0.05).
/// </summary>
public class PowderPatternTests
{
    private static readonly string[] Labels = ["111", "220", "311", "400", "331", "422", "511/333"];
    private static readonly double[] TwoTheta = [28.442, 47.302, 56.122, 69.129, 76.375, 88.029, 94.951];
    private static readonly int[] Multiplicity = [8, 12, 24, 6, 24, 24, 32];
    private static readonly double[] WithDebyeWaller = [100, 64.5, 37.5, 9.7, 14.3, 19.6, 11.2];
    private static readonly double[] WithoutDebyeWaller = [100, 67.1, 39.9, 10.7, 16.2, 23.1];

    [Fact]
    public void Silicon_positions_multiplicities_and_intensities_match_analysis_table()
    {
        var lines = PowderPattern.Simulate(CrystalStructure.DiamondSilicon(), 1.5406, 100);
        Assert.Equal(Labels, lines.Select(l => l.Label));
        for (int i = 0; i < Labels.Length; i++)
        {
            Assert.Equal(TwoTheta[i], Math.Round(lines[i].TwoThetaDegrees, 3), 10);
            Assert.Equal(Multiplicity[i], lines[i].Multiplicity);
            Assert.Equal(WithDebyeWaller[i], Math.Round(lines[i].RelativeIntensity, 1), 10);
        }
    }

    [Fact]
    public void Silicon_without_Debye_Waller_matches_analysis_table()
    {
        var lines = PowderPattern.Simulate(CrystalStructure.DiamondSilicon(), 1.5406, 100, includeDebyeWaller: false);
        for (int i = 0; i < WithoutDebyeWaller.Length; i++)
            Assert.Equal(WithoutDebyeWaller[i], Math.Round(lines[i].RelativeIntensity, 1), 10);
    }

    [Fact]
    public void Paper_222_is_forbidden_and_structure_factors_follow_the_diamond_rules()
    {
        var si = CrystalStructure.DiamondSilicon(debyeWallerB: 0);
        var lines = PowderPattern.Simulate(si, 1.5406, 100);
        Assert.DoesNotContain(lines, l => l.Label.Split('/').Contains("222"));
        Assert.DoesNotContain(lines, l => l.Label.Split('/').Contains("200"));
        Assert.True(si.StructureFactorSquared(2, 2, 2) < 1e-20); // h+k+l = 4n+2
        Assert.True(si.StructureFactorSquared(2, 0, 0) < 1e-20);
        Assert.True(si.StructureFactorSquared(2, 1, 0) < 1e-20); // mixed parity (F-centring)
        // |F|² = 32 f² (all odd), 64 f² (h+k+l = 4n); f at s = 1/(2d)
        var f = AtomicFormFactor.Of("Si");
        double f111 = f.Evaluate(1 / (2 * si.DSpacingAngstrom(1, 1, 1))), f400 = f.Evaluate(1 / (2 * si.DSpacingAngstrom(4, 0, 0)));
        Assert.Equal(32 * f111 * f111, si.StructureFactorSquared(1, 1, 1), 9);
        Assert.Equal(64 * f400 * f400, si.StructureFactorSquared(4, 0, 0), 9);
        // the paper's "(222)" would sit at 58.86°; the real lines there are 400 (69.13°) and 331 (76.38°)
        Assert.Equal(58.86, Math.Round(Bragg.TwoThetaDegrees(si.DSpacingAngstrom(2, 2, 2)), 2), 10);
    }

    [Fact]
    public void Form_factor_at_zero_angle_is_the_electron_count()
    {
        // Σa + c = Z to the tables' rounding (ITC Vol. C Table 6.1.1.4); tolerance 0.01 e
        Assert.Equal(14, AtomicFormFactor.Of("Si").Evaluate(0), 2);
        Assert.Equal(8, AtomicFormFactor.Of("O").Evaluate(0), 2);
        Assert.Equal(6, AtomicFormFactor.Of("C").Evaluate(0), 2);
        Assert.Equal(3, AtomicFormFactor.Of("Li").Evaluate(0), 2);
        Assert.Throws<KeyNotFoundException>(() => AtomicFormFactor.Of("Xx"));
    }

    [Fact]
    public void Table_has_one_row_per_line()
    {
        var lines = PowderPattern.Simulate(CrystalStructure.DiamondSilicon(), 1.5406, 80);
        var table = PowderPattern.ToTable(lines);
        Assert.Equal(5, table.RowCount);
        Assert.Equal("331", table["hkl"].Texts![4]);
    }
}
