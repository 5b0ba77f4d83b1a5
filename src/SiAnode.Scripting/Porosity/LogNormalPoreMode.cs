namespace SiAnode.Scripting.Porosity;

/// <summary>
/// A log-normal family of cylindrical pores: the pore volume is distributed normally in ln D with median
/// <paramref name="MedianDiameterNanometres"/> and standard deviation <paramref name="LogSigma"/>, so dV/dlog D peaks at the median.
/// </summary>
/// <param name="Label">What the pores are, e.g. "inner nanopores (hydrolysis)".</param>
/// <param name="MedianDiameterNanometres">Median (and modal, in dV/dlog D) pore diameter (nm).</param>
/// <param name="LogSigma">Standard deviation of ln D (dimensionless).</param>
/// <param name="VolumeCm3PerGram">Total pore volume of the family as liquid N₂ (cm³/g).</param>
public sealed record LogNormalPoreMode(string Label, double MedianDiameterNanometres, double LogSigma, double VolumeCm3PerGram)
{
    /// <summary>Bins per mode used by <see cref="Bins"/>.</summary>
    public const int BinCount = 161;

    /// <summary>The mode as <see cref="BinCount"/> pore classes spanning ±4σ in ln D: (diameter nm, volume cm³/g), volumes summing to the total.</summary>
    public IReadOnlyList<(double DiameterNanometres, double VolumeCm3PerGram)> Bins()
    {
        if (!(MedianDiameterNanometres > 0) || !(LogSigma > 0))
            throw new ArgumentOutOfRangeException(nameof(LogSigma), $"{Label}: median and σ must be positive");
        var z = Enumerable.Range(0, BinCount).Select(i => -4.0 + 8.0 * i / (BinCount - 1)).ToArray();
        var w = z.Select(v => Math.Exp(-0.5 * v * v)).ToArray();
        double sum = w.Sum();
        return z.Select((v, i) => (MedianDiameterNanometres * Math.Exp(LogSigma * v), VolumeCm3PerGram * w[i] / sum)).ToArray();
    }

    /// <summary>Geometric wall area of the mode, Σ 4V/D (m²/g).</summary>
    public double WallAreaSquareMetresPerGram => Bins().Sum(b => 4.0 * b.VolumeCm3PerGram * 1e-6 / (b.DiameterNanometres * 1e-9));
}
