namespace SiAnode.Scripting.Diffraction;

/// <summary>
/// Rachinger's Kα2 stripping (W. A. Rachinger, J. Sci. Instrum. 25, 254 (1948)): walking up in 2θ, the Kα1 pattern is
/// I₁(2θ) = I(2θ) − R·I₁(2θ − Δ), where Δ(2θ) = 2θ − 2θ₂⁻¹ is the Kα1→Kα2 shift at that angle (sinθ₂ = (λ₂/λ₁) sinθ₁) and R the
/// Kα2/Kα1 ratio; I₁ at the shifted angle is linearly interpolated from the already stripped points. Stripping is exact for a
/// noise-free pattern on an equally or unequally spaced grid, to interpolation error.
/// </summary>
public static class Kalpha2Stripping
{
    /// <summary>The Kα1-only intensities.</summary>
    /// <param name="twoThetaDegrees">Ascending positions (° 2θ).</param>
    /// <param name="intensity">Observed intensities.</param>
    /// <param name="line">The tube line (wavelengths and ratio).</param>
    public static double[] Strip(IReadOnlyList<double> twoThetaDegrees, IReadOnlyList<double> intensity, XrayLine line)
    {
        ArgumentNullException.ThrowIfNull(twoThetaDegrees);
        ArgumentNullException.ThrowIfNull(intensity);
        ArgumentNullException.ThrowIfNull(line);
        int n = twoThetaDegrees.Count;
        if (intensity.Count != n) throw new ArgumentException("2θ and intensity must have the same length", nameof(intensity));
        var result = new double[n];
        double q = line.Kalpha1Angstrom / line.Kalpha2Angstrom;
        for (int i = 0; i < n; i++)
        {
            // the Kα1 angle whose Kα2 line falls at 2θ_i: sinθ₁ = (λ₁/λ₂) sinθ_i
            double source = 360.0 / Math.PI * Math.Asin(q * Math.Sin(twoThetaDegrees[i] * Math.PI / 360.0));
            double alpha2 = line.Kalpha2Ratio * Interpolate(twoThetaDegrees, result, i, source);
            result[i] = intensity[i] - alpha2;
        }
        return result;
    }

    private static double Interpolate(IReadOnlyList<double> x, double[] y, int upTo, double at)
    {
        if (upTo == 0 || at < x[0]) return 0;
        int j = upTo - 1;
        while (j > 0 && x[j] > at) j--;
        if (x[j] > at) return 0;
        if (j + 1 >= upTo) return y[j];
        double t = (at - x[j]) / (x[j + 1] - x[j]);
        return y[j] + t * (y[j + 1] - y[j]);
    }
}
