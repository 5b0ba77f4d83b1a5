namespace SiAnode.Scripting.Porosity;

/// <summary>How <see cref="Bet.Automatic(Isotherm, BetOptions?, IsothermBranch)"/> picks one range among those that pass every criterion.</summary>
public enum BetRangeSelection
{
    /// <summary>
    /// BETSI's rule (Osterrieth et al., Adv. Mater. 34 (2022) 2201502): the ranges that end at the highest valid upper point
    /// (the "knee"), and among them the one with the smallest consistency error of criterion 4; ties go to more points.
    /// </summary>
    KneeThenLowestError,

    /// <summary>BEaTmap's "points" rule: the range with the most points; ties go to the smaller consistency error.</summary>
    MostPoints,
}
