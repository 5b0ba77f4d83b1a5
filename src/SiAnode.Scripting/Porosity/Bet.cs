namespace SiAnode.Scripting.Porosity;

/// <summary>
/// Multipoint BET surface area (Brunauer, Emmett &amp; Teller, JACS 60 (1938) 309; ISO 9277:2010 §7.2) on the adsorption branch.
/// The linearised BET equation (p/p₀)/[n(1 − p/p₀)] = 1/(n_m C) + (C − 1)/(n_m C)·(p/p₀) is fitted by ordinary least squares; then
/// C = slope/intercept + 1, n_m = 1/(slope + intercept) and a_BET = n_m·N_A·σ with n_m converted from cm³(STP) to mol by
/// 22 414 cm³/mol, N_A = 6.022 140 76×10²³ mol⁻¹ and σ(N₂) = 0.162 nm².
/// <para>
/// Constants of the reference tools, and the constant differences they cause (all far below the 0.5 % agreement the tests demand):
/// BETSI uses N_A = 6.02×10²³ and 1/44.641 17 m³/mol = 22 400.8 cm³/mol, so its areas are 0.024 % above ours;
/// BEaTmap uses N_A = 6.022×10²³ on amounts in mol/g (−0.0023 %); pyGAPS uses SciPy's exact N_A on mol/g (identical).
/// </para>
/// </summary>
public static class Bet
{
    /// <summary>Fewest points a BET line is fitted through (3, so that the regression has a standard error).</summary>
    public const int MinimumFitPoints = 3;

    /// <summary>m² per cm³(STP) of monolayer for a molecule of cross-section σ (nm²): N_A·σ·10⁻¹⁸/22 414 (4.3526 m² for N₂).</summary>
    public static double SquareMetresPerCm3Stp(double crossSectionSquareNanometres)
        => AdsorptionConstants.Avogadro * crossSectionSquareNanometres * 1e-18 / AdsorptionConstants.StpMolarVolumeCm3PerMol;

    /// <summary>BET on the adsorption points with <paramref name="lowerRelativePressure"/> ≤ p/p₀ ≤ <paramref name="upperRelativePressure"/>.</summary>
    /// <param name="isotherm">The isotherm; its adsorbate gives σ unless <paramref name="options"/> overrides it.</param>
    /// <param name="lowerRelativePressure">Lowest p/p₀ included (ISO 9277 suggests 0.05 for type II/IVa isotherms).</param>
    /// <param name="upperRelativePressure">Highest p/p₀ included (ISO 9277 suggests 0.30).</param>
    /// <param name="options">σ override and the criterion-4 tolerance used to report <see cref="BetResult.Criteria"/>.</param>
    /// <param name="branch">Branch to fit: adsorption (ISO 9277) by default; desorption as pyGAPS offers it.</param>
    public static BetResult Fit(Isotherm isotherm, double lowerRelativePressure = 0.05, double upperRelativePressure = 0.30, BetOptions? options = null,
        IsothermBranch branch = IsothermBranch.Adsorption)
    {
        ArgumentNullException.ThrowIfNull(isotherm);
        var (p, n) = isotherm.GetBranch(branch);
        return Fit(p, n, lowerRelativePressure, upperRelativePressure, options?.CrossSectionSquareNanometres ?? isotherm.Adsorbate.CrossSectionSquareNanometres, options);
    }

    /// <summary>BET on raw arrays of p/p₀ and amount (cm³ STP/g) over a fixed range.</summary>
    /// <param name="relativePressure">p/p₀ of the adsorption branch (any order).</param>
    /// <param name="amountCm3StpPerGram">Amounts adsorbed (cm³ STP/g).</param>
    /// <param name="lowerRelativePressure">Lowest p/p₀ included.</param>
    /// <param name="upperRelativePressure">Highest p/p₀ included.</param>
    /// <param name="crossSectionSquareNanometres">σ (nm²), 0.162 for N₂.</param>
    /// <param name="options">The criterion-4 tolerance used to report <see cref="BetResult.Criteria"/>.</param>
    public static BetResult Fit(IReadOnlyList<double> relativePressure, IReadOnlyList<double> amountCm3StpPerGram,
        double lowerRelativePressure, double upperRelativePressure, double crossSectionSquareNanometres = 0.162, BetOptions? options = null)
    {
        if (!(lowerRelativePressure < upperRelativePressure) || !double.IsFinite(lowerRelativePressure) || !double.IsFinite(upperRelativePressure))
            throw new ArgumentOutOfRangeException(nameof(upperRelativePressure), $"the range [{lowerRelativePressure}, {upperRelativePressure}] must have lower < upper");
        var (p, n) = Usable(relativePressure, amountCm3StpPerGram);
        const double tol = 1e-12;
        int i = 0;
        while (i < p.Length && p[i] < lowerRelativePressure - tol) i++;
        int j = p.Length - 1;
        while (j >= 0 && p[j] > upperRelativePressure + tol) j--;
        if (j - i + 1 < MinimumFitPoints)
            throw new ArgumentException(FormattableString.Invariant(
                $"only {Math.Max(0, j - i + 1)} adsorption points lie in p/p0 [{lowerRelativePressure}, {upperRelativePressure}]; BET needs at least {MinimumFitPoints}"),
                nameof(lowerRelativePressure));
        return Evaluate(p, n, i, j, crossSectionSquareNanometres, (options ?? BetOptions.Default).MaximumConsistencyErrorPercent, automatic: false);
    }

    /// <summary>
    /// BET on the range chosen automatically: every contiguous range of the sorted adsorption branch with at least
    /// <see cref="BetOptions.MinimumPoints"/> points is fitted, those failing any of the four Rouquerol criteria or the R² floor are
    /// dropped, and one of the rest is picked by <see cref="BetOptions.Selection"/> (by default BETSI's rule: the highest upper end,
    /// then the smallest criterion-4 error, then the most points). Throws <see cref="InvalidOperationException"/> when no range passes.
    /// </summary>
    /// <param name="isotherm">The isotherm; its adsorbate gives σ unless <paramref name="options"/> overrides it.</param>
    /// <param name="options">Search settings; <see cref="BetOptions.Default"/> when null.</param>
    /// <param name="branch">Branch to search: adsorption (ISO 9277) by default.</param>
    public static BetResult Automatic(Isotherm isotherm, BetOptions? options = null, IsothermBranch branch = IsothermBranch.Adsorption)
    {
        ArgumentNullException.ThrowIfNull(isotherm);
        var (p, n) = isotherm.GetBranch(branch);
        return Automatic(p, n, options?.CrossSectionSquareNanometres ?? isotherm.Adsorbate.CrossSectionSquareNanometres, options);
    }

    /// <summary>The automatic range search of <see cref="Automatic(Isotherm, BetOptions?, IsothermBranch)"/> on raw arrays (p/p₀, cm³ STP/g).</summary>
    public static BetResult Automatic(IReadOnlyList<double> relativePressure, IReadOnlyList<double> amountCm3StpPerGram,
        double crossSectionSquareNanometres = 0.162, BetOptions? options = null)
    {
        options ??= BetOptions.Default;
        var valid = Candidates(relativePressure, amountCm3StpPerGram, crossSectionSquareNanometres, options)
            .Where(r => r.Criteria.All && r.RSquared >= options.MinimumRSquared).ToList();
        if (valid.Count == 0)
            throw new InvalidOperationException(FormattableString.Invariant(
                $"no range of at least {options.MinimumPoints} adsorption points passes all four Rouquerol criteria with R² >= {options.MinimumRSquared} and criterion 4 within {options.MaximumConsistencyErrorPercent} %; give a fixed range instead"));
        double knee = valid.Max(v => v.UpperRelativePressure);
        BetResult best = options.Selection switch
        {
            BetRangeSelection.MostPoints => valid.OrderByDescending(r => r.PointCount).ThenBy(r => r.ConsistencyErrorPercent).First(),
            _ => valid.Where(r => r.UpperRelativePressure == knee)
                      .OrderBy(r => r.ConsistencyErrorPercent).ThenByDescending(r => r.PointCount).First(),
        };
        return best with { Automatic = true };
    }

    /// <summary>
    /// Every contiguous range of at least <see cref="BetOptions.MinimumPoints"/> (and at least 3) points of the sorted adsorption
    /// branch, fitted, with its criteria: the map BETSI and BEaTmap draw.
    /// </summary>
    public static IReadOnlyList<BetResult> Candidates(IReadOnlyList<double> relativePressure, IReadOnlyList<double> amountCm3StpPerGram,
        double crossSectionSquareNanometres = 0.162, BetOptions? options = null)
    {
        options ??= BetOptions.Default;
        var (p, n) = Usable(relativePressure, amountCm3StpPerGram);
        int minPoints = Math.Max(MinimumFitPoints, options.MinimumPoints);
        var list = new List<BetResult>();
        for (int i = 0; i < p.Length; i++)
            for (int j = i + minPoints - 1; j < p.Length; j++)
                list.Add(Evaluate(p, n, i, j, crossSectionSquareNanometres, options.MaximumConsistencyErrorPercent, automatic: false));
        return list;
    }

    /// <summary>Points usable in the BET transform (0 &lt; p/p₀ &lt; 1, n &gt; 0), sorted by pressure (stable).</summary>
    private static (double[] P, double[] N) Usable(IReadOnlyList<double> p, IReadOnlyList<double> n)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(n);
        if (p.Count != n.Count) throw new ArgumentException($"{p.Count} pressures but {n.Count} amounts", nameof(n));
        var idx = Enumerable.Range(0, p.Count).Where(k => p[k] > 0 && p[k] < 1 && n[k] > 0 && double.IsFinite(n[k]))
            .OrderBy(k => p[k]).ToArray();
        return (idx.Select(k => p[k]).ToArray(), idx.Select(k => n[k]).ToArray());
    }

    private static BetResult Evaluate(double[] p, double[] n, int i, int j, double sigma, double maxErrorPercent, bool automatic)
    {
        int count = j - i + 1;
        var y = new double[count];
        for (int k = 0; k < count; k++) y[k] = p[i + k] / (n[i + k] * (1 - p[i + k]));
        var line = LeastSquaresLine.Fit(p.AsSpan(i, count), y);
        double c = line.Slope / line.Intercept + 1.0;
        double nm = 1.0 / (line.Slope + line.Intercept);
        double factor = SquareMetresPerCm3Stp(sigma);
        // n_m = 1/(a + b): var(a + b) = s²(1/N + (1 − x̄)²/Sxx), so SE(n_m) = n_m²·s·√(1/N + (1 − x̄)²/Sxx).
        double seNm = nm * nm * line.ResidualStandardDeviation * Math.Sqrt(1.0 / count + (1 - line.MeanX) * (1 - line.MeanX) / line.Sxx);

        bool increasing = true;
        for (int k = i; k < j; k++)
            if (n[k + 1] * (1 - p[k + 1]) < n[k] * (1 - p[k])) { increasing = false; break; }
        bool positiveC = c > 0 && line.Intercept > 0;
        double pBet = c > 0 ? 1.0 / (Math.Sqrt(c) + 1.0) : double.NaN;
        double pRead = PressureAtAmount(p, n, nm);
        bool within = double.IsFinite(pRead) && pRead >= p[i] && pRead <= p[j];
        bool consistent = double.IsFinite(pBet) && double.IsFinite(pRead) && pRead > 0 && 100.0 * Math.Abs(pBet - pRead) / pRead <= maxErrorPercent;

        double seSlope = line.ResidualStandardDeviation / Math.Sqrt(line.Sxx);
        double seIntercept = line.ResidualStandardDeviation * Math.Sqrt(1.0 / count + line.MeanX * line.MeanX / line.Sxx);
        return new BetResult(nm * factor, Math.Abs(seNm) * factor, c, nm, line.Slope, line.Intercept, seSlope, seIntercept, line.RSquared,
            p[i], p[j], i, count, pBet, pRead, sigma, new RouquerolCriteria(increasing, positiveC, within, consistent), automatic);
    }

    /// <summary>p/p₀ at which the (sorted) branch first reaches <paramref name="amount"/>, by linear interpolation; NaN outside the data.</summary>
    internal static double PressureAtAmount(double[] p, double[] n, double amount)
    {
        if (!double.IsFinite(amount)) return double.NaN;
        for (int k = 0; k + 1 < p.Length; k++)
        {
            double a = n[k], b = n[k + 1];
            if ((a <= amount && amount <= b) || (b <= amount && amount <= a))
                return a == b ? p[k] : p[k] + (amount - a) / (b - a) * (p[k + 1] - p[k]);
        }
        return double.NaN;
    }
}
