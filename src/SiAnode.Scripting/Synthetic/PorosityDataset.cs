using System.Globalization;
using SiAnode.Scripting.Formats.Isotherms;
using SiAnode.Scripting.Porosity;

namespace SiAnode.Scripting.Synthetic;

/// <summary>
/// SYNTHETIC N₂ (77.35 K) adsorption–desorption isotherms of the six samples of Figs. 1j and S12 of Liu et al. (2025), whose raw data
/// are not published. Each isotherm is the forward model <see cref="MesoporousIsothermModel"/> (GAB multilayer film on an external
/// surface and on the walls of log-normal families of open cylindrical pores, Kelvin–Cohan capillary condensation with hysteresis).
/// The free pore volumes of each sample are solved so that the real pipeline on the noise-free isotherm returns the reported values:
/// the BET area (ISO 9277, automatic Rouquerol range, <see cref="Bet.Automatic(Isotherm, BetOptions?, IsothermBranch)"/>) and the
/// single-point total pore volume at p/p₀ = 0.99 (<see cref="PoreVolume.Total"/>). Then seeded noise is added (amounts ×(1 + 0.2 % N(0,1)),
/// p/p₀ ×(1 + 0.05 % N(0,1)), <see cref="Random"/> with seed <see cref="Seed"/> + sample index) and the points are written as
/// Quantachrome raw text (<see cref="QuantachromeRawWriter"/>), 79 points per file (39 adsorption up to 0.995, 40 desorption).
/// <para>
/// Reported (data/reported): BET 68.29 (p-mSi@SiOx/C) and 44.99 m²/g (mSi@C); pores of 5–8 nm in p-mSi@SiOx/C; total pore volumes 0.042,
/// 0.069, 0.079, 0.209, 0.243 cm³/g (mSi, p-mSi@SiOx/C, -3, -5, -7). Assumed (not in the paper): the pore families (2.2 nm mesopores
/// of the carbon layer in every coated sample; inner nanopores of 6.5, 8.5, 12 and 15 nm median for 1, 3, 5 and 7 h of hydrolysis, as the
/// paper says pores grow with hydrolysis time; 22 nm textural pores of the bare mSi), external areas of 3–4 m²/g, GAB C and k, the fixed
/// volumes where a sample has fewer reported numbers than families, and the sample masses. Areas not reported (mSi, -3, -5, -7) and
/// the pore volume of mSi@C are outcomes of these assumptions, not data.
/// </para>
/// </summary>
public sealed class PorosityDataset : ISyntheticDataset
{
    /// <summary>Base seed; sample i uses <c>Seed + i</c>.</summary>
    public const int Seed = 20250297;

    /// <summary>p/p₀ of the single-point total pore volume the generator targets.</summary>
    public const double PoreVolumeRelativePressure = 0.99;

    /// <summary>Relative noise of the amounts (standard deviation).</summary>
    public const double AmountNoise = 0.002;

    /// <summary>Relative noise of p/p₀ (standard deviation).</summary>
    public const double PressureNoise = 0.0005;

    /// <inheritdoc />
    public string Name => "porosity";

    /// <inheritdoc />
    public string Description =>
        "N2 77 K isotherms (adsorption and desorption) of mSi, mSi@C and p-mSi@SiOx/C (1, 3, 5, 7 h hydrolysis) for Figs. 1j/S12: GAB film on external " +
        "and pore-wall surfaces plus Kelvin-Cohan condensation in log-normal cylindrical pore families, volumes solved so that BET (automatic " +
        $"Rouquerol range) and the pore volume at p/p0 = 0.99 return the reported 68.29/44.99 m2/g and 0.042-0.243 cm3/g; seeded noise (seed {Seed}+i); Quantachrome raw text.";

    /// <summary>One sample's specification: reported targets (null when not reported) and the model with solved volumes as NaN.</summary>
    /// <param name="Sample">Sample name as the paper writes it.</param>
    /// <param name="FileStem">File name without extension.</param>
    /// <param name="AreaSquareMetresPerGram">Reported BET area, or null.</param>
    /// <param name="PoreVolumeCm3PerGram">Reported total pore volume, or null.</param>
    /// <param name="Model">The model; modes with a NaN volume are solved (as many as targets).</param>
    /// <param name="SampleMassGrams">Sample mass written in the file.</param>
    public sealed record SampleSpec(string Sample, string FileStem, double? AreaSquareMetresPerGram, double? PoreVolumeCm3PerGram,
        MesoporousIsothermModel Model, double SampleMassGrams);

    private const string CarbonLayer = "carbon-layer mesopores";
    private const string Inner = "inner nanopores (hydrolysis)";
    private const string Textural = "textural pores";

    /// <summary>The six samples with the reported targets and the assumed pore families.</summary>
    public static IReadOnlyList<SampleSpec> Samples { get; } =
    [
        new("mSi", "mSi", null, 0.042,
            new(3.0, [new(Textural, 22.0, 0.55, double.NaN)], C: 60), 0.1500),
        new("mSi@C", "mSi@C", 44.99, null,
            new(4.0, [new(CarbonLayer, 2.2, 0.15, double.NaN), new(Textural, 22.0, 0.55, 0.010)]), 0.1200),
        new("p-mSi@SiOx/C", "p-mSi@SiOx-C", 68.29, 0.069,
            new(4.0, [new(CarbonLayer, 2.2, 0.15, double.NaN), new(Inner, 6.5, 0.20, double.NaN)]), 0.1000),
        new("p-mSi@SiOx/C-3", "p-mSi@SiOx-C-3", null, 0.079,
            new(4.0, [new(CarbonLayer, 2.2, 0.15, 0.020), new(Inner, 8.5, 0.25, double.NaN)]), 0.1000),
        new("p-mSi@SiOx/C-5", "p-mSi@SiOx-C-5", null, 0.209,
            new(4.0, [new(CarbonLayer, 2.2, 0.15, 0.020), new(Inner, 12.0, 0.30, double.NaN)]), 0.0800),
        new("p-mSi@SiOx/C-7", "p-mSi@SiOx-C-7", null, 0.243,
            new(4.0, [new(CarbonLayer, 2.2, 0.15, 0.020), new(Inner, 15.0, 0.33, double.NaN)]), 0.0800),
    ];

    /// <summary>Target p/p₀ of the adsorption branch (39 points, up to 0.995).</summary>
    public static IReadOnlyList<double> AdsorptionGrid { get; } =
    [
        0.010, 0.020, 0.030, 0.040, 0.050, 0.060, 0.070, 0.080, 0.090, 0.100, 0.120, 0.140, 0.160, 0.180, 0.200, 0.225, 0.250, 0.275, 0.300,
        0.350, 0.400, 0.450, 0.500, 0.550, 0.600, 0.650, 0.700, 0.750, 0.800, 0.825, 0.850, 0.875, 0.900, 0.925, 0.950, 0.970, 0.980, 0.990, 0.995,
    ];

    /// <summary>Target p/p₀ of the desorption branch (40 points, 0.99 down to 0.10; dense where 3–30 nm pores empty).</summary>
    public static IReadOnlyList<double> DesorptionGrid { get; } =
        new[] { 0.990, 0.980, 0.970, 0.960, 0.950, 0.940, 0.930, 0.920, 0.910, 0.900 }
            .Concat(Enumerable.Range(0, 20).Select(i => Math.Round(0.88 - 0.02 * i, 3)))
            .Concat([0.470, 0.440, 0.410, 0.380, 0.350, 0.300, 0.250, 0.200, 0.150, 0.100]).ToArray();

    /// <summary>The model of <paramref name="spec"/> with its free volumes solved against the reported targets (noise-free).</summary>
    public static MesoporousIsothermModel Solve(SampleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var free = spec.Model.Modes.Select((m, i) => (m, i)).Where(x => double.IsNaN(x.m.VolumeCm3PerGram)).Select(x => x.i).ToArray();
        var targets = new List<(bool Area, double Value)>();
        if (spec.AreaSquareMetresPerGram is { } a) targets.Add((true, a));
        if (spec.PoreVolumeCm3PerGram is { } v) targets.Add((false, v));
        if (free.Length != targets.Count)
            throw new InvalidOperationException($"{spec.Sample}: {free.Length} free volumes for {targets.Count} reported targets");

        MesoporousIsothermModel With(double[] volumes)
        {
            var modes = spec.Model.Modes.ToArray();
            for (int k = 0; k < free.Length; k++) modes[free[k]] = modes[free[k]] with { VolumeCm3PerGram = volumes[k] };
            return spec.Model with { Modes = modes };
        }
        double Area(double[] volumes) => Bet.Automatic(NoiseFree(With(volumes))).AreaSquareMetresPerGram;
        double Volume(double[] volumes) => PoreVolume.Total(NoiseFree(With(volumes)), PoreVolumeRelativePressure).VolumeCm3PerGram;

        // The pore volume at 0.99 is linear in the free volumes: the last free family takes it exactly, given the others.
        // The BET area (first free family, when reported) is found by bisection, robust to the small steps of the automatic range choice.
        double? vTarget = spec.PoreVolumeCm3PerGram, aTarget = spec.AreaSquareMetresPerGram;
        double[] Complete(double first)
        {
            var x = new double[free.Length];
            if (aTarget is not null) x[0] = first;
            if (vTarget is { } vt)
            {
                int last = free.Length - 1;
                x[last] = 0; double v0 = Volume(x);
                x[last] = 0.01; double v1 = Volume(x);
                x[last] = 0.01 * (vt - v0) / (v1 - v0);
            }
            return x;
        }
        double[] solved;
        if (aTarget is { } at)
        {
            double lo = 0, hi = 0.5;
            if (vTarget is not null && free.Length == 2)
            {
                // Largest first volume that leaves the last family a non-negative volume.
                double hiLo = 0, hiHi = 0.5;
                for (int k = 0; k < 60; k++) { double mid = 0.5 * (hiLo + hiHi); if (Complete(mid)[1] >= 0) hiLo = mid; else hiHi = mid; }
                hi = hiLo;
            }
            if (Area(Complete(lo)) > at || Area(Complete(hi)) < at)
                throw new InvalidOperationException(FormattableString.Invariant($"{spec.Sample}: no volumes of the assumed families give a BET area of {at} m2/g"));
            for (int k = 0; k < 50; k++)
            {
                double mid = 0.5 * (lo + hi);
                if (Area(Complete(mid)) < at) lo = mid; else hi = mid;
            }
            solved = Complete(0.5 * (lo + hi));
        }
        else solved = Complete(0);
        var result = With(solved);
        if (solved.Any(v => !(v >= 0)))
            throw new InvalidOperationException($"{spec.Sample}: the reported pore volume needs a negative volume of a pore family");
        double err = Math.Max(aTarget is { } a2 ? Math.Abs(Area(solved) / a2 - 1) : 0, vTarget is { } v2 ? Math.Abs(Volume(solved) / v2 - 1) : 0);
        if (err > 2e-3)
            throw new InvalidOperationException(FormattableString.Invariant($"{spec.Sample}: the model could not be matched to the reported values (relative error {err:E2})"));
        return result;
    }

    /// <summary>The noise-free isotherm of <paramref name="model"/> on the grids.</summary>
    public static Isotherm NoiseFree(MesoporousIsothermModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var pts = Points(model, AdsorptionGrid, DesorptionGrid);
        return new Isotherm(Adsorbate.Nitrogen, pts.Select((p, i) => new IsothermPoint(p.X, p.N, i < AdsorptionGrid.Count ? IsothermBranch.Adsorption : IsothermBranch.Desorption)).ToArray(),
            model.TemperatureKelvin, source: "noise-free model");
    }

    private static List<(double X, double N)> Points(MesoporousIsothermModel model, IReadOnlyList<double> ads, IReadOnlyList<double> des)
    {
        double top = ads.Max();
        return ads.Select(x => (x, model.Adsorption(x))).Concat(des.Select(x => (x, model.Desorption(x, top)))).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var ci = CultureInfo.InvariantCulture;
        var written = new List<string>();
        for (int s = 0; s < Samples.Count; s++)
        {
            var spec = Samples[s];
            var model = Solve(spec);
            int seed = Seed + s;
            var rng = new Random(seed);
            double Gauss()
            {
                double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
                return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            }
            var ads = AdsorptionGrid.Select(x => x * (1 + PressureNoise * Gauss())).ToArray();
            var des = DesorptionGrid.Select(x => x * (1 + PressureNoise * Gauss())).ToArray();
            double top = ads.Max();
            var pts = ads.Select(x => (x, model.Adsorption(x))).Concat(des.Select(x => (x, model.Desorption(Math.Min(x, top), top))))
                .Select(p => (p.x, p.Item2 * (1 + AmountNoise * Gauss()))).ToList();

            string F(double v, string fmt = "0.####") => v.ToString(fmt, ci);
            var pre = new List<string>
            {
                "# SYNTHETIC DATA - NOT A MEASUREMENT. Written by SiAnode.Scripting (sianode synth --only porosity).",
                $"# Sample {spec.Sample} of Liu et al., Nano-Micro Lett. 17:297 (2025), Figs. 1j/S12. The paper's isotherms are not published.",
                $"# Generator: SiAnode.Scripting.Synthetic.PorosityDataset, System.Random seed {seed}.",
                $"# Model: N2 at {F(model.TemperatureKelvin)} K. GAB multilayer film, t = {F(MesoporousIsothermModel.MonolayerThicknessNanometres)} nm x C k x/((1 - k x)(1 - k x + C k x)),",
                $"#   C = {F(model.C)}, k = {F(model.K)}, on an external area of {F(model.ExternalAreaSquareMetresPerGram)} m2/g and on the walls of open cylindrical pores;",
                "#   capillary condensation by the Kelvin equation (Cohan: cylindrical meniscus on adsorption, hemispherical on desorption),",
                $"#   pore radius = Kelvin radius + t; below p/p0 = {F(MesoporousIsothermModel.CavitationRelativePressure)} desorption joins adsorption (cavitation). Pore families, log-normal in D:",
            };
            foreach (var m in model.Modes)
            {
                bool solved = double.IsNaN(spec.Model.Modes.First(o => o.Label == m.Label).VolumeCm3PerGram);
                pre.Add($"#   {m.Label}: median {F(m.MedianDiameterNanometres)} nm, sigma(ln D) {F(m.LogSigma)}, V = {F(m.VolumeCm3PerGram, "0.00000")} cm3/g ({(solved ? "solved" : "assumed")})");
            }
            string targets = string.Join(", ", new[]
            {
                spec.AreaSquareMetresPerGram is { } a ? $"BET area {F(a)} m2/g (automatic Rouquerol range)" : null,
                spec.PoreVolumeCm3PerGram is { } v ? $"total pore volume {F(v)} cm3/g at p/p0 = {F(PoreVolumeRelativePressure)}" : null,
            }.OfType<string>());
            pre.Add($"# Reported values the noise-free model reproduces through the library's own analysis: {targets}.");
            pre.Add($"#   Geometric area of the model {F(model.GeometricAreaSquareMetresPerGram, "0.00")} m2/g; model pore volume {F(model.PoreVolumeCm3PerGram, "0.0000")} cm3/g.");
            pre.Add($"# Noise: amount x (1 + {F(AmountNoise)} N(0,1)), p/p0 x (1 + {F(PressureNoise)} N(0,1)). Volumes are cc(STP) for the sample mass below.");
            pre.Add("# The paper measured on a Quantachrome Autosorb iQ; this layout is that of the NovaWin 'Raw Analysis Data' export.");

            string text = QuantachromeRawWriter.Format(pre, spec.Sample, spec.FileStem + ".qps", spec.SampleMassGrams, model.TemperatureKelvin,
                "none (synthetic)", pts);
            string path = Path.Combine(directory, spec.FileStem + " (Raw Analysis Data).txt");
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
            written.Add(path);
        }
        return written;
    }
}
