using System.Globalization;
using SiAnode.Scripting.Fitting;
using SiAnode.Scripting.Formats.Xps;
using SiAnode.Scripting.Reporting;
using SiAnode.Scripting.Xps;

namespace SiAnode.Scripting.Synthetic;

/// <summary>
/// SYNTHETIC VAMAS file of the Si 2p region of p-mSi@SiOx/C for Fig. 2e: the four reported components (Si–O 103.6, LixSiOy
/// 101.5, Si–O–C 100.0, Si⁰ 99.4 eV; Liu et al. 2025, Fig. 2e) as 2p doublets (2p1/2 at +0.61 eV with half the 2p3/2 area,
/// same FWHM) of GL(30) shape, FWHM 1.2 eV and area fractions 30/20/25/25 % (assumed: the paper does not report them), on a
/// Shirley-type background rising from 3000 to 5000 counts in proportion to the cumulative peak area, Al Kα (1486.6 eV),
/// 96–108 eV binding energy in 0.05 eV steps, with seeded Poisson counting noise.
/// </summary>
public sealed class XpsDataset : ISyntheticDataset
{
    /// <summary>The seed.</summary>
    public const int Seed = 20250297;

    /// <summary>Photon energy (eV), Al Kα.</summary>
    public const double PhotonEnergyElectronVolts = 1486.6;

    /// <summary>The file written.</summary>
    public const string FileName = "p-mSi-SiOx-C_Si2p.vms";

    /// <summary>Sample name as the paper writes it.</summary>
    public const string Sample = "p-mSi@SiOx/C";

    /// <summary>FWHM of every line (eV), assumed.</summary>
    public const double FwhmElectronVolts = 1.2;

    /// <summary>Si 2p spin–orbit splitting (eV).</summary>
    public const double SplittingElectronVolts = 0.61;

    /// <summary>Total peak area (counts × eV) over the four doublets.</summary>
    public const double TotalAreaCountEv = 60000;

    /// <summary>The components: reported quantity name (in data/reported), label, area fraction (assumed).</summary>
    public static IReadOnlyList<(string Quantity, string Label, double Fraction)> Components { get; } =
    [
        ("Si 2p Si-O", "Si-O", 0.30),
        ("Si 2p LixSiOy", "LixSiOy", 0.20),
        ("Si 2p Si-O-C", "Si-O-C", 0.25),
        ("Si 2p Si0", "Si0", 0.25),
    ];

    /// <inheritdoc />
    public string Name => "xps";

    /// <inheritdoc />
    public string Description =>
        $"VAMAS Si 2p region of {Sample} with the four reported components (Fig. 2e) as GL(30) 2p doublets (0.61 eV, 2:1), " +
        $"FWHM {FwhmElectronVolts} eV, area fractions 30/20/25/25 % (assumed), Shirley-type background, Poisson noise, seed {Seed}";

    /// <summary>Binding energies of the channels, 108 → 96 eV (kinetic energy increasing).</summary>
    public static double[] BindingEnergies() => Enumerable.Range(0, 241).Select(i => 108.0 - 0.05 * i).ToArray();

    /// <summary>The noise-free counts: peaks plus background, at <see cref="BindingEnergies"/>.</summary>
    public static double[] ExpectedCounts(ReportedNumbers paper)
    {
        var be = BindingEnergies();
        var model = new XpsPeakModel();
        var p = new ParameterSet();
        foreach (var (q, label, f) in Components)
            model.AddDoublet(p, label, TotalAreaCountEv * f / 1.5, paper.Get(q, Sample).RequireValue(), FwhmElectronVolts, SplittingElectronVolts, 0.5);
        var values = model.ParameterNames.Select(n => p[n].Expression is null ? p[n].Value : double.NaN).ToArray();
        for (int k = 0; k < model.PeakCount; k++)
            if (double.IsNaN(values[3 * k]))
            { // resolve the doublet ties: the upper line follows the line before it
                values[3 * k] = 0.5 * values[3 * k - 3];
                values[3 * k + 1] = values[3 * k - 2] + SplittingElectronVolts;
                values[3 * k + 2] = values[3 * k - 1];
            }
        var peaks = be.Select(e => model.Evaluate([e], values)).ToArray();
        // Shirley-type background: low + (high − low) × (peak area at lower binding energy) / (total peak area)
        var cumulative = new double[be.Length];
        double run = 0;
        for (int i = be.Length - 1; i >= 0; i--) { cumulative[i] = run; run += peaks[i] * 0.05; }
        return be.Select((_, i) => peaks[i] + 3000 + 2000 * cumulative[i] / run).ToArray();
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var paper = ReportedNumbers.Liu2025;
        var noise = new SeededNoise(Seed);
        // Poisson counts, by the normal approximation N(λ, λ) rounded (λ > 3000 here, where it is accurate to better than 1e-3)
        var counts = ExpectedCounts(paper).Select(l => Math.Max(0, Math.Round(l + Math.Sqrt(l) * noise.Gaussian()))).ToArray();
        var be = BindingEnergies();
        string I(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        var comments = new List<string>
        {
            "SYNTHETIC DATA - not a measurement. Written by SiAnode.Scripting.Synthetic.XpsDataset.",
            $"Model: Si 2p of {Sample}, four GL(30) 2p doublets (2p1/2 at +{I(SplittingElectronVolts)} eV, area 1/2 of 2p3/2, same FWHM {I(FwhmElectronVolts)} eV).",
        };
        foreach (var (q, label, f) in Components)
            comments.Add($"Component {label}: 2p3/2 at {I(paper.Get(q, Sample).RequireValue())} eV (Liu et al., Nano-Micro Lett. 17:297 (2025), Fig. 2e), area fraction {I(f)} (assumed)");
        comments.Add($"Background: 3000 + 2000 x cumulative peak area from low binding energy (Shirley type); total peak area {I(TotalAreaCountEv)} counts eV.");
        comments.Add($"Noise: Poisson (normal approximation), seed {Seed}. Binding energy = {I(PhotonEnergyElectronVolts)} eV - kinetic energy.");
        var spectrum = new VamasWriter.Spectrum("Si 2p", $"{Sample} (SYNTHETIC)", "Si", "2p", comments, PhotonEnergyElectronVolts,
            PhotonEnergyElectronVolts - be[0], 0.05, counts, DwellTimeSeconds: 0.1, ScanCount: 1);
        string path = Path.Combine(directory, FileName);
        File.WriteAllText(path, VamasWriter.Write(["SYNTHETIC DATA written by SiAnode.Scripting.Synthetic.XpsDataset"], [spectrum]));
        return [path];
    }
}
