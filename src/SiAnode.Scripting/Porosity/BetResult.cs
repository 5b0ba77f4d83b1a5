using System.Globalization;
using SiAnode.Scripting.Display;

namespace SiAnode.Scripting.Porosity;

/// <summary>
/// A BET analysis (ISO 9277:2010 §7.2; Rouquerol, Llewellyn &amp; Rouquerol, Stud. Surf. Sci. Catal. 160 (2007) 49) on one range
/// of the adsorption branch.
/// </summary>
/// <param name="AreaSquareMetresPerGram">a_BET = n_m·N_A·σ (m²/g).</param>
/// <param name="AreaStandardErrorSquareMetresPerGram">
/// Standard error of a_BET propagated from the regression with the slope–intercept covariance:
/// SE = a_BET·n_m·s·√(1/N + (1 − x̄)²/Sxx). Micromeritics reports a_BET·√(SE_slope² + SE_intercept²)/(slope + intercept), which ignores
/// the (negative) covariance and is therefore larger; see <see cref="UncorrelatedAreaStandardErrorSquareMetresPerGram"/>.
/// </param>
/// <param name="C">BET constant C = slope/intercept + 1.</param>
/// <param name="MonolayerCm3StpPerGram">Monolayer capacity n_m = 1/(slope + intercept) (cm³ STP/g).</param>
/// <param name="Slope">Slope of p/p₀ / (n(1 − p/p₀)) against p/p₀ (g/cm³ STP).</param>
/// <param name="Intercept">Intercept of the same line (g/cm³ STP).</param>
/// <param name="SlopeStandardError">Standard error of the slope, s/√Sxx (g/cm³ STP).</param>
/// <param name="InterceptStandardError">Standard error of the intercept, s·√(1/N + x̄²/Sxx) (g/cm³ STP).</param>
/// <param name="RSquared">Coefficient of determination of the linearised fit.</param>
/// <param name="LowerRelativePressure">Lowest p/p₀ used.</param>
/// <param name="UpperRelativePressure">Highest p/p₀ used.</param>
/// <param name="FirstIndex">Index of the first point used in the sorted adsorption branch.</param>
/// <param name="PointCount">Number of points used.</param>
/// <param name="MonolayerRelativePressureBet">p/p₀ at n_m predicted by BET, 1/(√C + 1); NaN when C ≤ 0.</param>
/// <param name="MonolayerRelativePressureRead">p/p₀ at which the measured isotherm reaches n_m (linear interpolation); NaN when outside the data.</param>
/// <param name="CrossSectionSquareNanometres">σ used (nm²).</param>
/// <param name="Criteria">Which of the four Rouquerol criteria the range passes.</param>
/// <param name="Automatic">Whether the range was chosen by the automatic search.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record BetResult(
    double AreaSquareMetresPerGram,
    double AreaStandardErrorSquareMetresPerGram,
    double C,
    double MonolayerCm3StpPerGram,
    double Slope,
    double Intercept,
    double SlopeStandardError,
    double InterceptStandardError,
    double RSquared,
    double LowerRelativePressure,
    double UpperRelativePressure,
    int FirstIndex,
    int PointCount,
    double MonolayerRelativePressureBet,
    double MonolayerRelativePressureRead,
    double CrossSectionSquareNanometres,
    RouquerolCriteria Criteria,
    bool Automatic) : IHtmlRenderable
{
    /// <summary>Criterion 4's relative difference |p_BET − p_read|/p_read in percent; NaN when either is undefined.</summary>
    public double ConsistencyErrorPercent => 100.0 * Math.Abs(MonolayerRelativePressureBet - MonolayerRelativePressureRead) / MonolayerRelativePressureRead;

    /// <summary>The standard error as Micromeritics reports it, a_BET·√(SE_slope² + SE_intercept²)/(slope + intercept) (covariance ignored).</summary>
    public double UncorrelatedAreaStandardErrorSquareMetresPerGram
        => AreaSquareMetresPerGram * Math.Sqrt(SlopeStandardError * SlopeStandardError + InterceptStandardError * InterceptStandardError) / (Slope + Intercept);

    /// <summary>n_m in mmol/g.</summary>
    public double MonolayerMillimolesPerGram => AdsorptionConstants.MillimolesFromCm3Stp(MonolayerCm3StpPerGram);

    /// <inheritdoc />
    public string ToHtml() => HtmlTable.KeyValue(string.Create(CultureInfo.InvariantCulture, $"BET (ISO 9277), p/p0 {LowerRelativePressure:0.####}–{UpperRelativePressure:0.####}, {PointCount} points{(Automatic ? ", automatic range" : "")}"),
    [
        ("BET area", AreaSquareMetresPerGram, "m²/g"),
        ("standard error", AreaStandardErrorSquareMetresPerGram, "m²/g"),
        ("C", C, ""),
        ("monolayer n_m", MonolayerCm3StpPerGram, "cm³(STP)/g"),
        ("R²", RSquared, ""),
        ("p/p0 at n_m (BET)", MonolayerRelativePressureBet, ""),
        ("p/p0 at n_m (isotherm)", MonolayerRelativePressureRead, ""),
        ("σ", CrossSectionSquareNanometres, "nm²"),
    ]);
}

/// <summary>The four consistency criteria of Rouquerol et al. (2007), adopted by ISO 9277:2010 Annex C, for one range.</summary>
/// <param name="RouquerolTransformIncreasing">1: n(1 − p/p₀) does not decrease anywhere in the range.</param>
/// <param name="PositiveC">2: C &gt; 0 (positive intercept).</param>
/// <param name="MonolayerWithinRange">3: the p/p₀ at which the isotherm reaches n_m lies inside the range.</param>
/// <param name="ConsistentMonolayerPressure">4: 1/(√C + 1) agrees with that p/p₀ within the tolerance.</param>
public sealed record RouquerolCriteria(bool RouquerolTransformIncreasing, bool PositiveC, bool MonolayerWithinRange, bool ConsistentMonolayerPressure)
{
    /// <summary>All four pass.</summary>
    public bool All => RouquerolTransformIncreasing && PositiveC && MonolayerWithinRange && ConsistentMonolayerPressure;
}
