namespace SiAnode.Scripting.Fitting.Backgrounds;

/// <summary>
/// Tougaard background with the universal inelastic cross-section K(T) = B·T/(C + T²)², B = 2866 eV², C = 1643 eV²
/// (Tougaard 1989, Surf. Interface Anal. 14, 8; Tougaard 1997, Surf. Interface Anal. 25, 137):
/// on a binding-energy axis B(E) = ∫_{E′ &lt; E} K(E − E′)·[y(E′) − y_low] dE′ + y_low, with y_low the intensity at the
/// low-binding-energy end. With <c>fitB</c> the B coefficient is scaled so the background meets the data at the
/// high-binding-energy end (the usual practical choice).
/// </summary>
public static class TougaardBackground
{
    /// <summary>The universal cross-section B coefficient (eV²).</summary>
    public const double UniversalB = 2866;

    /// <summary>The universal cross-section C coefficient (eV²).</summary>
    public const double UniversalC = 1643;

    /// <summary>The background at every point.</summary>
    /// <param name="bindingEnergyEv">Binding energies (eV), increasing or decreasing.</param>
    /// <param name="y">Intensities.</param>
    /// <param name="b">B (eV²).</param>
    /// <param name="c">C (eV²).</param>
    /// <param name="fitB">Rescale B so the background equals the mean of the last <paramref name="window"/> points at high binding energy.</param>
    /// <param name="window">Points averaged at each end.</param>
    public static double[] Compute(ReadOnlySpan<double> bindingEnergyEv, ReadOnlySpan<double> y, double b = UniversalB, double c = UniversalC, bool fitB = true, int window = 5)
    {
        var (e, v, increasing) = Ascending(bindingEnergyEv, y);
        int n = e.Length;
        window = Math.Clamp(window, 1, Math.Max(1, n / 2));
        double low = 0, high = 0;
        for (int k = 0; k < window; k++) { low += v[k]; high += v[n - 1 - k]; }
        low /= window;
        high /= window;
        var bg = LossIntegral(e, v, low, t => b * t / ((c + t * t) * (c + t * t)));
        if (fitB)
        {
            double end = 0;
            for (int k = 0; k < window; k++) end += bg[n - 1 - k];
            end /= window;
            double scale = end != 0 ? (high - low) / end : 0;
            for (int i = 0; i < n; i++) bg[i] *= scale;
        }
        var result = new double[n];
        for (int i = 0; i < n; i++) result[increasing ? i : n - 1 - i] = bg[i] + low;
        return result;
    }

    /// <summary>
    /// Tougaard background with the three-parameter universal cross-section and an onset (Tougaard, Surf. Interface Anal. 25
    /// (1997) 137, Eq. 4): K(T) = B·T / [(C − T²)² + D·T²] for T ≥ T₀ and 0 below (T₀ a band gap; CasaXPS "U 3 Tougaard"
    /// region parameters B, C, D, T₀). On a binding-energy axis B(E) = y_low + Σ_{E′ &lt; E} K(E − E′)·[y(E′) − y_low]·ΔE, the
    /// sum running over the points at lower binding energy with ΔE the point spacing.
    /// </summary>
    /// <param name="bindingEnergyEv">Binding energies (eV), increasing or decreasing, evenly or unevenly spaced.</param>
    /// <param name="y">Intensities.</param>
    /// <param name="b">B (eV²).</param>
    /// <param name="c">C (eV²).</param>
    /// <param name="d">D (eV²).</param>
    /// <param name="thresholdEv">T₀ (eV): energy losses below it do not contribute.</param>
    /// <param name="lowIntensity">The intensity at the low-binding-energy end (y_low); the lowest-energy point when null.</param>
    public static double[] ComputeThreeParameter(ReadOnlySpan<double> bindingEnergyEv, ReadOnlySpan<double> y, double b, double c, double d,
        double thresholdEv = 0, double? lowIntensity = null)
    {
        var (e, v, increasing) = Ascending(bindingEnergyEv, y);
        double low = lowIntensity ?? v[0];
        var s = LossIntegral(e, v, low, t =>
        {
            if (t < thresholdEv) return 0;
            double q = c - t * t;
            return b * t / (q * q + d * t * t);
        });
        var result = new double[e.Length];
        for (int i = 0; i < e.Length; i++) result[increasing ? i : e.Length - 1 - i] = low + s[i];
        return result;
    }

    /// <summary>The spectrum on an increasing energy axis (and whether it already was).</summary>
    private static (double[] E, double[] V, bool Increasing) Ascending(ReadOnlySpan<double> bindingEnergyEv, ReadOnlySpan<double> y)
    {
        int n = y.Length;
        if (bindingEnergyEv.Length != n || n < 2) throw new ArgumentException("energies and intensities need the same length ≥ 2");
        bool increasing = bindingEnergyEv[n - 1] > bindingEnergyEv[0];
        var e = new double[n];
        var v = new double[n];
        for (int i = 0; i < n; i++)
        {
            int src = increasing ? i : n - 1 - i;
            e[i] = bindingEnergyEv[src];
            v[i] = y[src];
        }
        return (e, v, increasing);
    }

    /// <summary>Σ_{k &lt; i} K(Eᵢ − E_k)·(y_k − y_low)·ΔE_k at every point of an increasing axis.</summary>
    private static double[] LossIntegral(double[] e, double[] v, double low, Func<double, double> kernel)
    {
        int n = e.Length;
        var s = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int k = 0; k < i; k++) sum += kernel(e[i] - e[k]) * (v[k] - low) * (e[k + 1] - e[k]);
            s[i] = sum;
        }
        return s;
    }
}
