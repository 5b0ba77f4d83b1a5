using SiAnode.Scripting.Porosity;

namespace SiAnode.Scripting.Tests.Porosity;

/// <summary>Self-contained BET tests on isotherms built from the BET equation itself (source: BET 1938 / ISO 9277 Eq. 3).</summary>
public class BetSyntheticTests
{
    // n_m = 100 cm³/g → area = 100/22414 mol/g × 6.02214076e23 × 0.162e-18 m² = 435.2585... m²/g.
    private const double ExpectedArea = 100.0 / 22414.0 * 6.02214076e23 * 0.162e-18;

    [Fact]
    public void ExactBetIsotherm_FixedRange_RecoversMonolayerCAndArea()
    {
        var r = Bet.Fit(PorosityFixtures.SyntheticBet(), 0.05, 0.30);
        // Tolerance 1e-9 relative: the data are exact, only rounding remains.
        Assert.Equal(100.0, r.MonolayerCm3StpPerGram, 100.0 * 1e-9);
        Assert.Equal(100.0, r.C, 100.0 * 1e-9);
        Assert.Equal(ExpectedArea, r.AreaSquareMetresPerGram, ExpectedArea * 1e-9);
        Assert.Equal(26, r.PointCount);
        Assert.True(r.AreaStandardErrorSquareMetresPerGram < 1e-6, "a perfect line has zero standard error");
        Assert.Equal(1.0, r.RSquared, 1e-12);
        Assert.True(r.Criteria.All);
    }

    [Fact]
    public void AreaPerCm3Stp_ForNitrogen_Is4Point3526()
    {
        // ISO 9277 / Rouquerol: 1 cm³(STP) of N₂ monolayer covers 4.353 m² (σ = 0.162 nm²); tolerance 1e-4 m².
        Assert.Equal(4.35258, Bet.SquareMetresPerCm3Stp(0.162), 1e-4);
    }

    [Fact]
    public void ExactBetIsotherm_AutomaticRange_PassesAllCriteriaAndRecoversArea()
    {
        var r = Bet.Automatic(PorosityFixtures.SyntheticBet());
        Assert.True(r.Automatic);
        Assert.True(r.Criteria.All);
        // p at n_m: 1/(√C + 1) = 1/11 = 0.0909 must lie inside the chosen range.
        Assert.InRange(1.0 / 11.0, r.LowerRelativePressure, r.UpperRelativePressure);
        Assert.Equal(ExpectedArea, r.AreaSquareMetresPerGram, ExpectedArea * 1e-9);
        // BETSI's rule picks the highest upper end that is valid: the knee of n(1-p) is beyond 0.35 here, so the last point.
        Assert.Equal(0.35, r.UpperRelativePressure, 1e-12);
    }

    [Fact]
    public void NoisyBetIsotherm_StandardErrorCoversTheTrueArea()
    {
        // ±0.5 % deterministic alternating error on the amounts; the fitted area must lie within 3 standard errors of the truth.
        var p = Enumerable.Range(5, 26).Select(i => i / 100.0).ToArray();
        var n = p.Select((x, i) => PorosityFixtures.BetAmount(100, 100, x) * (1 + 0.005 * (i % 2 == 0 ? 1 : -1))).ToArray();
        var r = Bet.Fit(p, n, 0.05, 0.30);
        Assert.True(r.AreaStandardErrorSquareMetresPerGram > 0);
        Assert.InRange(ExpectedArea, r.AreaSquareMetresPerGram - 3 * r.AreaStandardErrorSquareMetresPerGram, r.AreaSquareMetresPerGram + 3 * r.AreaStandardErrorSquareMetresPerGram);
    }

    [Fact]
    public void RangeAboveTheMonolayer_FailsCriterionThree()
    {
        // p at n_m is 0.0909; a range 0.15–0.30 cannot contain it.
        var r = Bet.Fit(PorosityFixtures.SyntheticBet(), 0.15, 0.30);
        Assert.False(r.Criteria.MonolayerWithinRange);
        Assert.False(r.Criteria.All);
        Assert.True(r.Criteria.PositiveC);
    }

    [Fact]
    public void RangeWithTooFewPoints_IsRefusedWithAClearMessage()
    {
        var e = Assert.Throws<ArgumentException>(() => Bet.Fit(PorosityFixtures.SyntheticBet(), 0.101, 0.115));
        Assert.Contains("at least 3", e.Message);
    }

    [Fact]
    public void IsothermWithoutValidRange_ThrowsInvalidOperation()
    {
        // n(1 − p) decreasing everywhere: a flat (saturated) isotherm.
        var p = Enumerable.Range(1, 20).Select(i => i / 40.0).ToArray();
        var iso = Isotherm.FromRelative(Adsorbate.Nitrogen, p, p.Select(_ => 10.0).ToArray());
        var e = Assert.Throws<InvalidOperationException>(() => Bet.Automatic(iso));
        Assert.Contains("Rouquerol", e.Message);
    }

    [Fact]
    public void UnitConversions_FollowTheStpConvention()
    {
        // 1 mmol = 22.414 cm³(STP) (273.15 K, 101.325 kPa); N₂ liquid 0.808 g/cm³ → 0.0015468 cm³ per cm³(STP).
        Assert.Equal(22.414, AdsorptionConstants.Cm3StpFromMillimoles(1.0), 1e-12);
        Assert.Equal(22414.0, AdsorptionConstants.Cm3StpFromMoles(1.0), 1e-9);
        Assert.Equal(1.0, AdsorptionConstants.MillimolesFromCm3Stp(22.414), 1e-12);
        Assert.Equal(0.0015468, Adsorbate.Nitrogen.LiquidCm3PerCm3Stp, 1e-7);
        Assert.Equal(101.325, Adsorbate.Nitrogen.SaturationPressureKilopascals(77.355), 1e-9);
    }
}
