namespace SiAnode.Scripting.Diffraction;

/// <summary>A local maximum found by <see cref="PeakSearch.Find"/>.</summary>
/// <param name="Index">Index of the maximum in the (smoothed) data.</param>
/// <param name="TwoThetaDegrees">Its position (° 2θ).</param>
/// <param name="Height">Smoothed height above the local minimum on its higher side (prominence).</param>
/// <param name="Intensity">Smoothed intensity at the maximum.</param>
public sealed record PeakCandidate(int Index, double TwoThetaDegrees, double Height, double Intensity);

/// <summary>
/// Peak search: the pattern is smoothed with a Savitzky–Golay quadratic (window 2m+1), local maxima are kept when their
/// prominence (height above the higher of the two minima that separate them from higher ground) exceeds
/// <c>minProminence</c>, and maxima closer than <c>minSeparationDegrees</c> keep only the most prominent.
/// </summary>
public static class PeakSearch
{
    /// <summary>Finds peaks, most prominent first.</summary>
    /// <param name="twoThetaDegrees">Ascending positions.</param>
    /// <param name="intensity">Intensities.</param>
    /// <param name="minProminence">Minimum prominence (intensity units).</param>
    /// <param name="halfWindow">Smoothing half width m (points).</param>
    /// <param name="minSeparationDegrees">Minimum distance between reported peaks (° 2θ).</param>
    public static IReadOnlyList<PeakCandidate> Find(IReadOnlyList<double> twoThetaDegrees, IReadOnlyList<double> intensity,
        double minProminence, int halfWindow = 3, double minSeparationDegrees = 0.3)
    {
        var s = Smooth(intensity, halfWindow);
        int n = s.Length;
        var found = new List<PeakCandidate>();
        for (int i = 1; i < n - 1; i++)
        {
            if (!(s[i] > s[i - 1] && s[i] >= s[i + 1])) continue;
            double leftMin = s[i], rightMin = s[i];
            int j = i - 1;
            for (; j >= 0 && s[j] <= s[i]; j--) leftMin = Math.Min(leftMin, s[j]);
            j = i + 1;
            for (; j < n && s[j] <= s[i]; j++) rightMin = Math.Min(rightMin, s[j]);
            double prominence = s[i] - Math.Max(leftMin, rightMin);
            if (prominence >= minProminence) found.Add(new PeakCandidate(i, twoThetaDegrees[i], prominence, s[i]));
        }
        var kept = new List<PeakCandidate>();
        foreach (var p in found.OrderByDescending(p => p.Height))
            if (kept.All(k => Math.Abs(k.TwoThetaDegrees - p.TwoThetaDegrees) >= minSeparationDegrees)) kept.Add(p);
        return kept;
    }

    /// <summary>Savitzky–Golay quadratic/cubic smoothing with half width m (Savitzky &amp; Golay, Anal. Chem. 36, 1627 (1964));
    /// the ends use the nearest full window's fit value at the centre (i.e. are copied through shrinking windows).</summary>
    /// <param name="y">Data.</param>
    /// <param name="m">Half width.</param>
    public static double[] Smooth(IReadOnlyList<double> y, int m)
    {
        int n = y.Count;
        var r = new double[n];
        for (int i = 0; i < n; i++)
        {
            int w = Math.Min(m, Math.Min(i, n - 1 - i));
            if (w == 0) { r[i] = y[i]; continue; }
            // quadratic SG weights: (3(3w²+3w−1) − 15 k²) / ((2w−1)(2w+1)(2w+3))
            double norm = (2.0 * w - 1) * (2.0 * w + 1) * (2.0 * w + 3) / 3.0, sum = 0;
            for (int k = -w; k <= w; k++) sum += ((3.0 * w * w + 3.0 * w - 1) - 5.0 * k * k) * y[i + k];
            r[i] = sum / norm;
        }
        return r;
    }
}
