using SiAnode.Scripting.Energy;

namespace SiAnode.Scripting.Tests.Energy;

/// <summary>
/// Eq. 2 of Liu et al. (2025) against the exact test vectors of ../shared/paper/analysis.md §B ("Test vectors", "Reproducing
/// the paper", "Graphite"). The vectors are printed to 6 significant digits, so each check allows half a unit in the 6th digit.
/// </summary>
public class StackEnergyDensityTests
{
    private static void SixDigits(double expected, double actual)
    {
        double unit = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(expected))) - 5);
        Assert.True(Math.Abs(actual - expected) <= 0.5 * unit + 1e-12, $"expected {expected} to 6 digits, got {actual}");
    }

    [Theory]
    [InlineData(1392.8, 0.4257, 896.409)]
    [InlineData(2616.59, 0.7568, 896.414)]
    [InlineData(1981.432, 0.8585, 835.307)]
    [InlineData(1000, 0.4, 836.116)]
    [InlineData(2194.3, 0.4, 975.658)]
    [InlineData(500, 0.1, 718.877)]
    public void Eq2_matches_the_analysis_test_vectors_to_6_digits(double q, double v, double expected)
        => SixDigits(expected, StackEnergyDensity.WhPerL(q, v));

    [Fact]
    public void The_default_design_has_the_constants_printed_in_Eq2()
    {
        var d = StackCellDesign.Obrovac2007LiCoO2;
        Assert.Equal(58327.5, d.CathodeArealCapacityAhPerLMicrometres, 9);
        Assert.Equal(583.275, d.NegativeToPositiveRatio * d.CathodeVolumetricCapacityAhPerL, 9);
        Assert.Equal(70, d.InactiveThicknessMicrometres);
        Assert.Equal(110, d.CathodeThicknessMicrometres);
        Assert.Equal(3.9, d.CathodeAverageVoltage);
    }

    [Theory]
    [InlineData(1392.8, 0.4257)]
    [InlineData(2616.59, 0.7568)]
    [InlineData(520.8, 0.125)]
    public void The_inverse_returns_the_voltage(double q, double v)
        => Assert.Equal(v, StackEnergyDensity.ImpliedAverageDelithiationVoltage(q, StackEnergyDensity.WhPerL(q, v)), 12);

    [Fact]
    public void The_inverse_is_the_closed_form_printed_in_the_analysis()
    {
        // analysis.md §B: V = 3.9 − U·(70 + 110(1 + 583.275/Q))/58327.5
        double q = 1234.5, u = 880.0;
        Assert.Equal(3.9 - u * (70 + 110 * (1 + 583.275 / q)) / 58327.5, StackEnergyDensity.ImpliedAverageDelithiationVoltage(q, u), 12);
    }

    [Theory] // analysis.md §B table "Reproducing the paper": implied voltages, printed to 4 decimals.
    [InlineData(CapacityConvention.Unlithiated, 2.33, 0.0, 1123.0, 896.4, 2616.6, 0.7568)]
    [InlineData(CapacityConvention.Unlithiated, 2.33, 0.0, 850.4, 835.3, 1981.4, 0.8585)]
    [InlineData(CapacityConvention.Unlithiated, 2.25, 0.0, 1123.0, 896.4, 2526.8, 0.7434)]
    [InlineData(CapacityConvention.Unlithiated, 2.25, 0.0, 850.4, 835.3, 1913.4, 0.8420)]
    [InlineData(CapacityConvention.Lithiated, 2.33, 0.0, 1123.0, 896.4, 1392.8, 0.4257)]
    [InlineData(CapacityConvention.Lithiated, 2.33, 0.0, 850.4, 835.3, 1189.8, 0.5500)]
    [InlineData(CapacityConvention.Lithiated, 2.33, 0.2, 1123.0, 896.4, 1114.2, 0.2487)]
    [InlineData(CapacityConvention.Lithiated, 2.33, 0.2, 850.4, 835.3, 951.8, 0.3569)]
    public void Conventions_give_the_analysis_table(CapacityConvention c, double rho, double porosity, double qg, double u, double qv, double v)
    {
        double q = VolumetricCapacity.From(c, qg, rho, porosity: porosity);
        Assert.Equal(qv, q, 1);        // printed to 0.1 Ah/L
        Assert.Equal(v, StackEnergyDensity.ImpliedAverageDelithiationVoltage(q, u), 4); // printed to 0.1 mV
    }

    [Fact]
    public void Obrovac_lithiated_capacity_of_silicon_is_2194_Ah_per_L()
        // Obrovac & Chevrier, Chem. Rev. 114, 11444 (2014): Si (Li15Si4, 3579 mAh/g) 2194 Ah/L; analysis.md §B gives 2194.3 and a volume ratio of 3.80.
        => Assert.Equal(2194.3, VolumetricCapacity.Lithiated(3579, 2.33), 1);

    [Fact]
    public void The_tap_density_convention_cannot_reach_the_reported_value()
    {
        // analysis.md §B: Q = 0.65 × 1123.0 = 729.9 Ah/L gives at most 849.1 Wh/L (V = 0) < 896.4.
        double q = VolumetricCapacity.Unlithiated(1123.0, 0.65);
        Assert.Equal(729.95, q, 9);
        Assert.Equal(849.1, StackEnergyDensity.MaximumWhPerL(q), 1);
        Assert.True(StackEnergyDensity.ImpliedAverageDelithiationVoltage(q, 896.4) < 0);
    }

    [Theory] // analysis.md §B, graphite: U(520.8, 0.125) = 726.2; U(530.25, 0.15) = 726.7; U = 726 at Q = 512.1/520.4/529.0/547.2 for V = 0.10/0.125/0.15/0.20.
    [InlineData(520.8, 0.125, 726.2)]
    [InlineData(530.25, 0.15, 726.7)]
    [InlineData(512.1, 0.10, 726.0)]
    [InlineData(520.4, 0.125, 726.0)]
    [InlineData(529.0, 0.15, 726.0)]
    [InlineData(547.2, 0.20, 726.0)]
    public void Graphite_reconstructions(double q, double v, double u) => Assert.Equal(u, StackEnergyDensity.WhPerL(q, v), 0.06);

    [Fact]
    public void The_graphite_reference_is_726_Wh_per_L() => Assert.Equal(726.2, StackEnergyDensity.GraphiteReference().EnergyDensityWhPerL, 1);

    [Fact]
    public void The_sensitivity_to_voltage_is_minus_285_Wh_per_L_per_V()
    {
        // analysis.md §B, Precision: ∂U/∂V = −285 Wh/L per V at the paper's 5 A/g point.
        double q = 2616.59, h = 1e-4;
        double slope = (StackEnergyDensity.WhPerL(q, 0.7568 + h) - StackEnergyDensity.WhPerL(q, 0.7568 - h)) / (2 * h);
        Assert.Equal(-285, slope, 0.5);
    }

    [Fact]
    public void Intermediate_quantities_add_up()
    {
        var r = StackEnergyDensity.Compute(2616.59, 0.7568);
        Assert.Equal(1.1 * 58327.5 / 2616.59, r.AnodeThicknessMicrometres, 12);
        Assert.Equal(70 + 110 + r.AnodeThicknessMicrometres, r.StackThicknessMicrometres, 12);
        Assert.Equal(3.9 - 0.7568, r.CellVoltage, 12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_physical_capacity_is_rejected_by_name(double q)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StackEnergyDensity.WhPerL(q, 0.4));
        Assert.Equal("anodeVolumetricCapacityAhPerL", e.ParamName);
    }

    [Fact]
    public void Non_physical_design_is_rejected_by_name()
    {
        var bad = StackCellDesign.Obrovac2007LiCoO2 with { NegativeToPositiveRatio = 0 };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StackEnergyDensity.WhPerL(1000, 0.4, bad));
        Assert.Equal("NegativeToPositiveRatio", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => VolumetricCapacity.Lithiated(1000, 2.33, porosity: 1.0));
    }

    [Fact]
    public void Linear_polarisation_through_the_implied_points_extrapolates_to_0_59_V()
    {
        // analysis.md §B: "Linear extrapolation to I = 0 gives 0.59 V".
        var line = LinearPolarization.Fit([(5.0, 0.7568474687), (8.0, 0.8585249035)]);
        Assert.Equal(0.59, line.InterceptVolts, 2);
        Assert.Equal(0.7568474687, line.VoltageAt(5), 9);
        Assert.Throws<ArgumentException>(() => LinearPolarization.Fit([(5.0, 0.7)]));
    }
}
