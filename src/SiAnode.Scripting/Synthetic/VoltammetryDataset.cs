using System.Globalization;
using SiAnode.Scripting.Formats.Potentiostats;
using SiAnode.Scripting.Kinetics;
using SiAnode.Scripting.Reporting;

namespace SiAnode.Scripting.Synthetic;

/// <summary>
/// SYNTHETIC Gamry CV files for Figs. 4h–j and S22: mSi, mSi@C and p-mSi@SiOx/C at 0.2, 0.4, 0.6, 0.8 and 1.0 mV/s between
/// 0.01 and 1.2 V. The delithiation (anodic) current is a flat surface-capacitive background k_bg·v plus a Gaussian dealloying
/// peak at 0.48 V. For p-mSi@SiOx/C the peak is diffusion-controlled, ρ·k_bg·v^½ (Dunn's form throughout); ρ is set by
/// bisection so that the noise-free peak currents give the reported b = 0.64, and the peak width so that the surface-capacitive
/// share at 1 mV/s is the reported 83.4 %. For mSi and mSi@C the reported b (0.34, 0.37) lies below 0.5, outside Dunn's model,
/// so their peak is a power law a·v^e with e set by bisection to give the reported b. Noise: 0.5 % Gaussian, seeded.
/// </summary>
public sealed class VoltammetryDataset : ISyntheticDataset
{
    /// <summary>Scan rates (mV/s).</summary>
    public static readonly double[] ScanRatesMillivoltsPerSecond = [0.2, 0.4, 0.6, 0.8, 1.0];

    /// <summary>The samples with their file-name stems.</summary>
    public static readonly (string Sample, string Stem)[] Samples = [("mSi", "mSi"), ("mSi@C", "mSi-C"), ("p-mSi@SiOx/C", "p-mSi-SiOx-C")];

    /// <summary>Base seed; file k uses Seed + k.</summary>
    public const int Seed = 4082025;

    /// <summary>Peak potential of the anodic (dealloying) peak (V).</summary>
    public const double PeakVolts = 0.48;

    /// <summary>Potential step (V).</summary>
    public const double StepVolts = 0.005;

    private const double LowVolts = 0.01, HighVolts = 1.2, BackgroundAmpsPerMvPerS = 2e-4, NoiseFraction = 0.005;

    /// <inheritdoc />
    public string Name => "voltammetry";

    /// <inheritdoc />
    public string Description =>
        "Gamry CV .DTA files, 0.2-1.0 mV/s, 0.01-1.2 V: flat capacitive background plus a dealloying peak at 0.48 V whose " +
        "scan-rate law is calibrated to the reported b-values (0.64, ~0.34, ~0.37) and, for p-mSi@SiOx/C, to the 83.4 % capacitive share; " +
        $"0.5 % noise, seed {Seed}+k";

    /// <summary>File name for a sample and scan rate.</summary>
    public static string FileName(string stem, double rate) => $"{stem}_{rate.ToString("0.0", CultureInfo.InvariantCulture)}mVs.DTA";

    /// <summary>The anodic current model of a sample (A) at potential V and scan rate v (mV/s), without noise.</summary>
    public static Func<double, double, double> AnodicModel(string sample)
    {
        var paper = ReportedNumbers.Liu2025;
        double b = paper.Get("b-value", sample).RequireValue();
        if (sample == "p-mSi@SiOx/C")
        {
            double fraction = paper.Get("capacitive fraction", sample).RequireValue() / 100;
            // b of i_p = k_bg (v + ρ √v) over the five rates falls from 1 (ρ = 0) towards 0.5 (ρ → ∞): bisection on log ρ.
            double rho = Bisect(r => FittedB(v => v + r * Math.Sqrt(v)) - b, 1e-3, 1e3, logarithmic: true);
            // share at 1 mV/s = k_bg W / (k_bg W + ρ k_bg σ√(2π)) with W the window width -> σ
            double width = HighVolts - LowVolts;
            double sigma = width * (1 - fraction) / (fraction * rho * Math.Sqrt(2 * Math.PI));
            return (e, v) => BackgroundAmpsPerMvPerS * (v + rho * Math.Sqrt(v) * Gauss(e, sigma));
        }
        else
        {
            const double sigma = 0.06, amplitude = 5.0; // the peak dominates; the background keeps b slightly above the exponent
            double exponent = Bisect(x => FittedB(v => v + amplitude * Math.Pow(v, x)) - b, 0.01, 1.0, logarithmic: false);
            return (e, v) => BackgroundAmpsPerMvPerS * (v + amplitude * Math.Pow(v, exponent) * Gauss(e, sigma));
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        int k = 0;
        foreach (var (sample, stem) in Samples)
        {
            var model = AnodicModel(sample);
            foreach (double rate in ScanRatesMillivoltsPerSecond)
            {
                var noise = new SeededNoise(Seed + k++);
                var t = new List<double>(); var e = new List<double>(); var i = new List<double>();
                int n = (int)Math.Round((HighVolts - LowVolts) / StepVolts);
                double dt = StepVolts * 1000 / rate;
                // cathodic sweep 1.2 -> 0.01 V (lithiation peak at 0.20 V, mirror of the background), then anodic 0.01 -> 1.2 V
                for (int s = 0; s <= 2 * n; s++)
                {
                    bool anodic = s > n;
                    double v = anodic ? LowVolts + (s - n) * StepVolts : HighVolts - s * StepVolts;
                    double current = anodic ? model(v, rate) : -0.9 * model(v + 0.28, rate);
                    t.Add(s * dt);
                    e.Add(Math.Round(v, 6));
                    i.Add(current * (1 + NoiseFraction * noise.Gaussian()));
                }
                string path = Path.Combine(directory, FileName(stem, rate));
                GamryCvWriter.Write(path, t, e, i, rate, $"{sample} CV {rate.ToString(CultureInfo.InvariantCulture)} mV/s (SYNTHETIC)",
                [
                    "SYNTHETIC DATA - not a measurement. Written by SiAnode.Scripting.Synthetic.VoltammetryDataset.",
                    "Anodic current: flat capacitive background plus a dealloying peak at 0.48 V whose scan-rate law is calibrated to the",
                    "b-value (and, for p-mSi@SiOx/C, the capacitive share) reported by Liu et al., Nano-Micro Lett. 17:297 (2025), Fig. 4h-j.",
                    $"Noise: Gaussian, {NoiseFraction * 100} % of the current, seed {Seed + k - 1}.",
                ]);
                written.Add(path);
            }
        }
        return written;
    }

    private static double Gauss(double e, double sigma) => Math.Exp(-0.5 * Math.Pow((e - PeakVolts) / sigma, 2));

    private static double FittedB(Func<double, double> peakCurrent)
        => BValue.Fit(ScanRatesMillivoltsPerSecond, ScanRatesMillivoltsPerSecond.Select(peakCurrent).ToArray()).B;

    private static double Bisect(Func<double, double> f, double lo, double hi, bool logarithmic)
    {
        double flo = f(lo);
        for (int it = 0; it < 200; it++)
        {
            double mid = logarithmic ? Math.Sqrt(lo * hi) : 0.5 * (lo + hi);
            double fm = f(mid);
            if (Math.Sign(fm) == Math.Sign(flo)) { lo = mid; flo = fm; } else hi = mid;
        }
        return logarithmic ? Math.Sqrt(lo * hi) : 0.5 * (lo + hi);
    }
}
