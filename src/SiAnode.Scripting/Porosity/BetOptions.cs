namespace SiAnode.Scripting.Porosity;

/// <summary>Settings of the automatic BET range search (<see cref="Bet.Automatic(Isotherm, BetOptions?, IsothermBranch)"/>).</summary>
/// <param name="MinimumPoints">Fewest points in a range (BEaTmap 5; BETSI more than 10, i.e. 11).</param>
/// <param name="MinimumRSquared">Smallest coefficient of determination of the linearised fit (BETSI 0.995).</param>
/// <param name="MaximumConsistencyErrorPercent">
/// Criterion 4: largest relative difference (%) between 1/(√C + 1) and the p/p₀ read from the isotherm at n_m (BETSI 20 %, BEaTmap 10 %).
/// </param>
/// <param name="Selection">How one range is picked among the valid ones.</param>
/// <param name="CrossSectionSquareNanometres">σ overriding the adsorbate's own (nm²); null to use <see cref="Adsorbate.CrossSectionSquareNanometres"/>.</param>
public sealed record BetOptions(
    int MinimumPoints = 5,
    double MinimumRSquared = 0.995,
    double MaximumConsistencyErrorPercent = 20.0,
    BetRangeSelection Selection = BetRangeSelection.KneeThenLowestError,
    double? CrossSectionSquareNanometres = null)
{
    /// <summary>The defaults: at least 5 points, R² ≥ 0.995, criterion 4 within 20 %, BETSI's knee-then-lowest-error pick.</summary>
    public static BetOptions Default { get; } = new();

    /// <summary>BETSI's default filter (min_num_pts &gt; 10, min_r2 0.995, max_perc_error 20 %, rouquerol 1–4, knee selection).</summary>
    public static BetOptions Betsi { get; } = new(MinimumPoints: 11, MinimumRSquared: 0.995, MaximumConsistencyErrorPercent: 20.0);

    /// <summary>BEaTmap's default mask (5 points, criterion 4 within 10 %, no R² filter) with its "points" answer.</summary>
    public static BetOptions BeatmapPoints { get; } = new(MinimumPoints: 5, MinimumRSquared: 0.0, MaximumConsistencyErrorPercent: 10.0, Selection: BetRangeSelection.MostPoints);
}
