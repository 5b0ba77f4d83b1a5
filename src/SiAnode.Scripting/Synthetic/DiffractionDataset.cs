using System.Globalization;
using SiAnode.Scripting.Diffraction;
using SiAnode.Scripting.Fitting;
using SiAnode.Scripting.Formats.Diffraction;

namespace SiAnode.Scripting.Synthetic;

/// <summary>
/// SYNTHETIC PANalytical .xrdml powder patterns for Figs. 1i and S9: mSi, mSi@C, p-mSi@SiOx/C and the hydrolysis series
/// p-mSi@SiOx/C-3, -5, -7. Model, per file: the simulated diamond-Si stick pattern (<see cref="PowderPattern"/>, a = 5.431 Å,
/// B = 0.4632 Å², Cu Kα) with each line a pseudo-Voigt (η = 0.5) of FWHM √(β_i² + β_s²), β_i the Caglioti instrument width
/// (<see cref="Instrument"/>) and β_s = Kλ/(D cosθ) the Scherrer width of crystallites D = <see cref="CrystalliteSizeNanometres"/>
/// (K = 0.9; the paper reports no size, this is an assumption), plus its Kα2 copy at half the intensity; a broad Gaussian hump at
/// 22° 2θ (FWHM 8°, the amorphous carbon/SiOx/C band, reported "~22°"); a smooth air-scatter background; Poisson counting noise.
/// The Si scale falls and the hump grows along mSi@C → p-mSi@SiOx/C → -3 → -5 → -7, as the paper states for Fig. S9 (longer
/// hydrolysis: more SiO₂ in the SiOx/C layer, weaker Si peaks); the factors are assumptions, not reported values.
/// </summary>
public sealed class DiffractionDataset : ISyntheticDataset
{
    /// <summary>The base seed; file k uses Seed + k.</summary>
    public const int Seed = 20250298;

    /// <summary>Assumed Si crystallite size (nm) of every sample.</summary>
    public const double CrystalliteSizeNanometres = 40.0;

    /// <summary>Scherrer constant used to turn the size into widths.</summary>
    public const double ShapeFactor = 0.9;

    /// <summary>Centre of the amorphous hump (° 2θ), the paper's "~22°".</summary>
    public const double HumpTwoThetaDegrees = 22.0;

    /// <summary>FWHM of the amorphous hump (° 2θ).</summary>
    public const double HumpFwhmDegrees = 8.0;

    /// <summary>Lorentzian fraction of every Si line.</summary>
    public const double Eta = 0.5;

    /// <summary>Scan: 10–80° 2θ in steps of 0.02° (3501 points), 10 s per step.</summary>
    public const double StartDegrees = 10.0, EndDegrees = 80.0, StepDegrees = 0.02, CountingTimeSeconds = 10.0;

    /// <summary>Counts/s of the Si(111) Kα1 line maximum at Si scale 1 (mSi).</summary>
    public const double Si111PeakRate = 2000.0;

    /// <summary>The instrument function: Caglioti U, V, W (deg²), about 0.05° FWHM at 28°, like a modern Bragg–Brentano instrument.</summary>
    public static CagliotiWidth Instrument { get; } = new(0.004, -0.002, 0.003);

    /// <summary>Samples: name, file, Si scale, hump height (counts/s).</summary>
    public static IReadOnlyList<(string Sample, string File, double SiScale, double HumpRate)> Files { get; } =
    [
        ("mSi", "mSi.xrdml", 1.00, 0.0),
        ("mSi@C", "mSi-C.xrdml", 0.80, 120.0),
        ("p-mSi@SiOx/C", "p-mSi-SiOx-C.xrdml", 0.72, 180.0),
        ("p-mSi@SiOx/C-3", "p-mSi-SiOx-C-3.xrdml", 0.60, 260.0),
        ("p-mSi@SiOx/C-5", "p-mSi-SiOx-C-5.xrdml", 0.48, 340.0),
        ("p-mSi@SiOx/C-7", "p-mSi-SiOx-C-7.xrdml", 0.36, 420.0),
    ];

    /// <inheritdoc />
    public string Name => "diffraction";

    /// <inheritdoc />
    public string Description =>
        $"PANalytical .xrdml patterns of mSi, mSi@C, p-mSi@SiOx/C and -3/-5/-7 (Figs. 1i, S9): simulated diamond Si (a = 5.431 A, B = 0.4632 A^2, Cu Ka1+Ka2), " +
        $"pseudo-Voigt lines for D = {CrystalliteSizeNanometres} nm (K = {ShapeFactor}) on Caglioti U,V,W = {Instrument.U},{Instrument.V},{Instrument.W}, " +
        $"a {HumpFwhmDegrees} deg hump at {HumpTwoThetaDegrees} deg, Poisson noise, seed {Seed}+k";

    /// <summary>Scan positions (° 2θ).</summary>
    public static double[] TwoTheta() => Enumerable.Range(0, (int)Math.Round((EndDegrees - StartDegrees) / StepDegrees) + 1)
        .Select(i => StartDegrees + i * StepDegrees).ToArray();

    /// <summary>The Si lines used (Kα1 positions and relative intensities within the scan).</summary>
    public static IReadOnlyList<PowderReflection> SiliconLines() =>
        PowderPattern.Simulate(CrystalStructure.DiamondSilicon(), XrayLine.CopperKalpha.Kalpha1Angstrom, EndDegrees + 2);

    /// <summary>The true FWHM (° 2θ) of a Si line at <paramref name="twoThetaDegrees"/>: √(β_i² + β_s²).</summary>
    /// <param name="twoThetaDegrees">Position.</param>
    public static double LineFwhmDegrees(double twoThetaDegrees)
    {
        double bi = Instrument.FwhmDegrees(twoThetaDegrees);
        double bs = ShapeFactor * XrayLine.CopperKalpha.Kalpha1Angstrom / (CrystalliteSizeNanometres * 10.0) / Math.Cos(twoThetaDegrees * Math.PI / 360.0) * 180.0 / Math.PI;
        return Math.Sqrt(bi * bi + bs * bs);
    }

    /// <summary>The noise-free count rate (counts/s) of a sample at each position.</summary>
    /// <param name="siScale">Si scale factor.</param>
    /// <param name="humpRate">Hump height (counts/s).</param>
    public static double[] ExpectedRate(double siScale, double humpRate)
    {
        var x = TwoTheta();
        var line = XrayLine.CopperKalpha;
        var lines = SiliconLines();
        var l111 = lines[0];
        double f111 = LineFwhmDegrees(l111.TwoThetaDegrees);
        double heightPerArea = LineShapes.PseudoVoigt(0, 1, 0, f111, Eta);
        double area111 = Si111PeakRate / heightPerArea;
        double humpArea = humpRate / LineShapes.Gaussian(0, 1, 0, HumpFwhmDegrees);
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            double v = 25.0 + 150.0 * Math.Exp(-(x[i] - StartDegrees) / 6.0);
            if (humpRate > 0) v += LineShapes.Gaussian(x[i], humpArea, HumpTwoThetaDegrees, HumpFwhmDegrees);
            foreach (var l in lines)
            {
                double a = siScale * area111 * l.Intensity / l111.Intensity;
                double c1 = l.TwoThetaDegrees, c2 = line.Kalpha2TwoThetaDegrees(c1);
                double w = LineFwhmDegrees(c1);
                if (Math.Abs(x[i] - c1) < 40 * w) v += LineShapes.PseudoVoigt(x[i], a, c1, w, Eta);
                if (Math.Abs(x[i] - c2) < 40 * w) v += LineShapes.PseudoVoigt(x[i], a * line.Kalpha2Ratio, c2, w, Eta);
            }
            y[i] = v;
        }
        return y;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        for (int k = 0; k < Files.Count; k++)
        {
            var (sample, file, siScale, hump) = Files[k];
            var rate = ExpectedRate(siScale, hump);
            var random = new Random(Seed + k);
            var counts = rate.Select(r => Poisson(random, r * CountingTimeSeconds)).ToArray();
            string path = Path.Combine(directory, file);
            var ci = CultureInfo.InvariantCulture;
            XrdmlWriter.Write(path, StartDegrees, EndDegrees, counts, CountingTimeSeconds, XrayLine.CopperKalpha, $"{sample} (SYNTHETIC)",
            [
                "SYNTHETIC DATA - not a measurement. Written by SiAnode.Scripting.Synthetic.DiffractionDataset.",
                $"Sample: {sample} (Liu et al., Nano-Micro Lett. 17:297 (2025), Fig. 1i/S9); seed {Seed + k}.",
                string.Create(ci, $"Model: diamond Si (Fd-3m, a = 5.431 A, B = 0.4632 A^2), Cromer-Mann f, LP = (1+cos^2 2th)/(sin^2 th cos th), Cu Ka1 1.5406 / Ka2 1.54443 A, ratio 0.5."),
                string.Create(ci, $"Lines: pseudo-Voigt eta = {Eta}, FWHM = sqrt(bi^2 + bs^2), bi Caglioti U,V,W = {Instrument.U},{Instrument.V},{Instrument.W} deg^2, bs Scherrer D = {CrystalliteSizeNanometres} nm, K = {ShapeFactor}."),
                string.Create(ci, $"Si scale {siScale} (Si(111) maximum {Si111PeakRate * siScale} counts/s); amorphous hump Gaussian at {HumpTwoThetaDegrees} deg, FWHM {HumpFwhmDegrees} deg, height {hump} counts/s."),
                "Background 25 + 150 exp(-(2th - 10)/6) counts/s; Poisson counting noise.",
            ]);
            written.Add(path);
        }
        return written;
    }

    private static long Poisson(Random random, double mean)
    {
        if (mean <= 0) return 0;
        if (mean < 30)
        {
            // Knuth's multiplication method
            double limit = Math.Exp(-mean), p = 1;
            long k = 0;
            do { k++; p *= random.NextDouble(); } while (p > limit);
            return k - 1;
        }
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        double g = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Math.Max(0, (long)Math.Round(mean + Math.Sqrt(mean) * g));
    }
}
