using SiAnode.Scripting.Cycling;

namespace SiAnode.Scripting.Tests.Cycling;

/// <summary>
/// The per-cycle summary on <see cref="SyntheticCycling"/> records whose answers are closed-form (linear V in each constant-current
/// branch, so Q = I t / 3600, average voltage = mean of the end voltages, energy = Q × that mean). Tolerance 1e-9 relative
/// (floating-point summation only).
/// </summary>
public sealed class CycleSummaryTests
{
    private const double Tol = 1e-9;

    [Fact]
    public void CapacitiesEfficiencyRetentionAndVoltagesAreTheClosedFormValues()
    {
        var rec = SyntheticCycling.Galvanostatic(cycles: 5, pointsPerBranch: 101, firstDischargeMilliampHours: 2.0, fade: 0.9,
            initialCoulombicEfficiency: 0.8, coulombicEfficiency: 0.99, dischargeVoltage: (1.0, 0.0), chargeVoltage: (0.2, 0.8), activeMassMilligrams: 2.0);
        var s = CycleSummary.Compute(rec);
        Assert.Equal(5, s.Rows.Count);
        for (int c = 1; c <= 5; c++)
        {
            var r = s.Rows[c - 1];
            double qd = 2.0 * Math.Pow(0.9, c - 1);
            double qc = qd * (c == 1 ? 0.8 : 0.99);
            Assert.Equal(c, r.Cycle);
            Assert.Equal(qd, r.DischargeCapacityMilliampHours, Tol);
            Assert.Equal(qc, r.ChargeCapacityMilliampHours, Tol);
            Assert.Equal(qc / 0.002, r.ChargeCapacityMilliampHoursPerGram, 1e-6);   // mAh / g, 2 mg
            Assert.Equal(qd / 0.002, r.DischargeCapacityMilliampHoursPerGram, 1e-6);
            Assert.Equal(qc / qd, r.CoulombicEfficiency, Tol);
            Assert.Equal(0.5, r.AverageDischargeVoltage, Tol);
            Assert.Equal(0.5, r.AverageChargeVoltage, Tol);
            Assert.Equal(qd * 0.5, r.DischargeEnergyMilliwattHours, Tol);
            Assert.Equal(qc * 0.5, r.ChargeEnergyMilliwattHours, Tol);
            Assert.Equal(qc / (2.0 * 0.8), r.RetentionVsFirst, Tol);
        }
        Assert.Equal(0.8, s.InitialCoulombicEfficiency, Tol);
        // the largest reversible (charge) capacity is cycle 2 (2·0.9·0.99 = 1.782 > 1.6)
        Assert.Equal(1.0, s.Rows[1].RetentionVsMaximum, Tol);
        Assert.Equal(1.6 / 1.782, s.Rows[0].RetentionVsMaximum, Tol);
    }

    [Fact]
    public void FullCellConventionInvertsEfficiencyAndUsesTheDischargeForRetention()
    {
        var rec = SyntheticCycling.Galvanostatic(3, 11, firstDischargeMilliampHours: 1.0, fade: 0.5, initialCoulombicEfficiency: 0.5, coulombicEfficiency: 0.5);
        var s = CycleSummary.Compute(rec, convention: CellConvention.FullCell);
        Assert.Equal(2.0, s.Rows[0].CoulombicEfficiency, Tol);
        Assert.Equal(0.25, s.Rows[2].RetentionVsFirst, Tol);
        Assert.True(double.IsNaN(s.Rows[0].ChargeCapacityMilliampHoursPerGram)); // no mass
    }

    [Fact]
    public void MassArgumentOverridesTheLoggedMassAndMustBePositive()
    {
        var rec = SyntheticCycling.Galvanostatic(1, 5, firstDischargeMilliampHours: 1.0, activeMassMilligrams: 1.0);
        Assert.Equal(1000.0, CycleSummary.Compute(rec).Rows[0].DischargeCapacityMilliampHoursPerGram, 1e-9);
        Assert.Equal(250.0, CycleSummary.Compute(rec, 4.0).Rows[0].DischargeCapacityMilliampHoursPerGram, 1e-9);
        Assert.Throws<ArgumentOutOfRangeException>(() => CycleSummary.Compute(rec, 0));
    }

    [Fact]
    public void TableHasOneRowPerCycleWithUnits()
    {
        var t = CycleSummary.Compute(SyntheticCycling.Galvanostatic(4, 5, activeMassMilligrams: 1)).ToTable();
        Assert.Equal(4, t.RowCount);
        Assert.Contains(t.Columns, c => c.Header == "ChargeCapacity (mAh/g)");
        Assert.Contains(t.Columns, c => c.Name == "CoulombicEfficiency");
    }

    [Fact]
    public void SoftwareCycleNumberingStartsACycleAtAChargeAfterADischarge()
    {
        // NewareNDA utils._generate_cycle_number, 'chg': rest, discharge → cycle 1; charge → 2; CV charge stays; discharge stays; charge → 3
        StepType[] t = [StepType.Rest, StepType.CcDischarge, StepType.CcCharge, StepType.CvCharge, StepType.Rest, StepType.CcDischarge, StepType.CccvCharge];
        var c = new int[t.Length];
        CycleNumbering.Apply(t, c, CycleMode.ChargeFirst);
        Assert.Equal([1, 1, 2, 2, 2, 2, 3], c);
        CycleNumbering.Apply(t, c, CycleMode.DischargeFirst);
        Assert.Equal([1, 1, 1, 1, 1, 2, 2], c);
        CycleNumbering.Apply(t, c, CycleMode.Auto); // first non-rest is a discharge
        Assert.Equal([1, 1, 1, 1, 1, 2, 2], c);
    }
}
