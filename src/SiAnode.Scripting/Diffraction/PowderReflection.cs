namespace SiAnode.Scripting.Diffraction;

/// <summary>
/// One line of a simulated powder pattern: all reflections at the same d (e.g. 511 and 333 of Si), their multiplicity and
/// integrated intensity I = Σ m|F|²·LP (relative to the strongest line = 100).
/// </summary>
/// <param name="Label">Families at this d, e.g. "111" or "511/333".</param>
/// <param name="H">h of the first family (sorted |h| ≥ |k| ≥ |l|).</param>
/// <param name="K">k.</param>
/// <param name="L">l.</param>
/// <param name="DSpacingAngstrom">d (Å).</param>
/// <param name="TwoThetaDegrees">Kα1 position (° 2θ).</param>
/// <param name="Multiplicity">Number of hkl contributing (with |F|² &gt; 0).</param>
/// <param name="StructureFactorSquared">|F|² per reflection (electrons², of the first family).</param>
/// <param name="LorentzPolarization">(1 + cos²2θ)/(sin²θ cosθ).</param>
/// <param name="Intensity">Σ m|F|²·LP (arbitrary units).</param>
/// <param name="RelativeIntensity">100·I/I_max.</param>
public sealed record PowderReflection(string Label, int H, int K, int L, double DSpacingAngstrom, double TwoThetaDegrees,
    int Multiplicity, double StructureFactorSquared, double LorentzPolarization, double Intensity, double RelativeIntensity);
