namespace SiAnode.Scripting.Energy;

/// <summary>
/// A linear polarisation model of an average voltage against current density, V(I) = V₀ + k·I, fitted by least squares
/// (exactly through two points). Used to interpolate the anode's average delithiation voltage between the current densities
/// at which the paper's energy densities imply it (analysis.md §B: 0.76 V at 5 A/g and 0.86 V at 8 A/g extrapolate to 0.59 V).
/// </summary>
/// <param name="InterceptVolts">V₀, the extrapolated voltage at zero current (V).</param>
/// <param name="SlopeVoltsPerAmpPerGram">k (V per A/g).</param>
/// <param name="Points">Number of points it was fitted to.</param>
public sealed record LinearPolarization(double InterceptVolts, double SlopeVoltsPerAmpPerGram, int Points)
{
    /// <summary>V(I) at a current density (A/g).</summary>
    public double VoltageAt(double currentDensityAmpsPerGram) => InterceptVolts + SlopeVoltsPerAmpPerGram * currentDensityAmpsPerGram;

    /// <summary>Least-squares line through (I, V) points; needs at least two distinct current densities.</summary>
    public static LinearPolarization Fit(IReadOnlyList<(double CurrentDensityAmpsPerGram, double Volts)> points)
    {
        if (points.Count < 2) throw new ArgumentException($"a polarisation line needs at least two points, got {points.Count}", nameof(points));
        double mx = points.Average(p => p.CurrentDensityAmpsPerGram), my = points.Average(p => p.Volts);
        double sxx = points.Sum(p => (p.CurrentDensityAmpsPerGram - mx) * (p.CurrentDensityAmpsPerGram - mx));
        if (sxx == 0) throw new ArgumentException("all points have the same current density", nameof(points));
        double sxy = points.Sum(p => (p.CurrentDensityAmpsPerGram - mx) * (p.Volts - my));
        double k = sxy / sxx;
        return new LinearPolarization(my - k * mx, k, points.Count);
    }
}
