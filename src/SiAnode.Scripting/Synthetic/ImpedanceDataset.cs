using System.Globalization;
using SiAnode.Scripting.Formats.Potentiostats;
using SiAnode.Scripting.Impedance;
using SiAnode.Scripting.Impedance.Circuits;
using SiAnode.Scripting.Reporting;

namespace SiAnode.Scripting.Synthetic;

/// <summary>
/// SYNTHETIC Gamry EIS files for Figs. 4e, S20 and S29: for mSi, mSi@C and p-mSi@SiOx/C after activation and after 100 cycles,
/// the spectrum of the half-cell circuit <c>R0-p(R1,CPE1)-p(R2,CPE2)-W1</c> with R1 = R_SEI and R2 = R_ct as reported, the other
/// elements at typical values stated below (the paper does not report them), 100 kHz to 10 mHz at 10 points per decade, with
/// seeded Gaussian noise of 0.3 % of |Z| on each part. Fitting the same circuit through the real loader recovers R_SEI and R_ct.
/// </summary>
public sealed class ImpedanceDataset : ISyntheticDataset
{
    /// <summary>The circuit the spectra are drawn from.</summary>
    public const string CircuitText = "R0-p(R1,CPE1)-p(R2,CPE2)-W1";

    /// <summary>Relative noise (standard deviation as a fraction of |Z|).</summary>
    public const double RelativeNoise = 0.003;

    /// <summary>The base seed; file k uses Seed + k.</summary>
    public const int Seed = 20250297;

    /// <summary>The samples and states, with their file names.</summary>
    public static IReadOnlyList<(string Sample, string State, string Quantity, string File)> Files { get; } =
    [
        ("mSi", "after activation", "", "mSi_after-activation.DTA"),
        ("mSi@C", "after activation", "", "mSi-C_after-activation.DTA"),
        ("p-mSi@SiOx/C", "after activation", "", "p-mSi-SiOx-C_after-activation.DTA"),
        ("mSi", "after 100 cycles", " cycled", "mSi_after-100-cycles.DTA"),
        ("mSi@C", "after 100 cycles", " cycled", "mSi-C_after-100-cycles.DTA"),
        ("p-mSi@SiOx/C", "after 100 cycles", " cycled", "p-mSi-SiOx-C_after-100-cycles.DTA"),
    ];

    /// <inheritdoc />
    public string Name => "impedance";

    /// <inheritdoc />
    public string Description =>
        $"Gamry EISPOT .DTA spectra of {CircuitText} with the reported R_SEI and R_ct (Figs. 4e, S20, S29), R0 = 2.5 ohm, " +
        $"CPE1 = (2e-5 S s^a, 0.85), CPE2 = (4e-4 S s^a, 0.80), W1 = 12 ohm s^-1/2, 0.3 % noise, seed {Seed}+k";

    /// <summary>The true parameters of a file: R0, R1 (R_SEI), CPE1 Q and α, R2 (R_ct), CPE2 Q and α, W1.</summary>
    public static double[] TrueParameters(string sample, string quantitySuffix)
    {
        var paper = ReportedNumbers.Liu2025;
        double rSei = paper.Get("R_SEI" + quantitySuffix, sample).RequireValue();
        double rCt = paper.Get("R_ct" + quantitySuffix, sample).RequireValue();
        return [2.5, rSei, 2e-5, 0.85, rCt, 4e-4, 0.80, 12.0];
    }

    /// <summary>100 kHz to 10 mHz, 10 points per decade, high to low as instruments sweep.</summary>
    public static double[] Frequencies() => Enumerable.Range(0, 71).Select(i => Math.Pow(10, 5 - i / 10.0)).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var circuit = Circuit.Parse(CircuitText);
        var f = Frequencies();
        var written = new List<string>();
        for (int k = 0; k < Files.Count; k++)
        {
            var (sample, state, suffix, file) = Files[k];
            var p = TrueParameters(sample, suffix);
            var noise = new SeededNoise(Seed + k);
            var z = circuit.Impedance(f, p);
            var re = z.Select(v => v.Real + RelativeNoise * v.Magnitude * noise.Gaussian()).ToArray();
            var im = z.Select(v => v.Imaginary + RelativeNoise * v.Magnitude * noise.Gaussian()).ToArray();
            string path = Path.Combine(directory, file);
            GamryEisWriter.Write(path, new ImpedanceSpectrum(f, re, im), $"{sample} {state} (SYNTHETIC)",
            [
                "SYNTHETIC DATA - not a measurement. Written by SiAnode.Scripting.Synthetic.ImpedanceDataset.",
                $"Model: {CircuitText}; parameters {string.Join(", ", circuit.ParameterNames.Zip(p, (n, v) => n + "=" + v.ToString("G6", CultureInfo.InvariantCulture)))}.",
                $"R1 = R_SEI and R2 = R_ct as reported by Liu et al., Nano-Micro Lett. 17:297 (2025), Fig. 4e/S20/S29 ({sample}, {state}).",
                $"Noise: Gaussian, {RelativeNoise * 100} % of |Z| on Z' and Z'', seed {Seed + k}.",
            ], dcVolts: 0.0, acMillivoltsRms: 10, date: new DateTime(2025, 1, 1, 12, 0, 0, DateTimeKind.Unspecified));
            written.Add(path);
        }
        return written;
    }
}
