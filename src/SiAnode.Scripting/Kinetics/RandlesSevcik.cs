namespace SiAnode.Scripting.Kinetics;

/// <summary>
/// The Randles–Sevcik peak current of a reversible, diffusion-controlled voltammetric wave (Bard &amp; Faulkner, Electrochemical
/// Methods, 2nd ed., Eq. 6.2.19): i_p = 0.4463·nFAC·(nFvD/RT)^½, i.e. 2.69×10⁵·n^{3/2}·A·D^½·C·v^½ at 25 °C.
/// </summary>
public static class RandlesSevcik
{
    /// <summary>Faraday constant (C/mol), CODATA 2018 exact.</summary>
    public const double Faraday = 96485.33212;

    /// <summary>Gas constant (J/(mol K)), CODATA 2018 exact.</summary>
    public const double GasConstant = 8.314462618;

    /// <summary>i_p (A).</summary>
    /// <param name="electrons">n.</param>
    /// <param name="areaCm2">A (cm²).</param>
    /// <param name="concentrationMolPerCm3">C (mol/cm³).</param>
    /// <param name="diffusionCm2PerSecond">D (cm²/s).</param>
    /// <param name="scanRateVoltsPerSecond">v (V/s).</param>
    /// <param name="temperatureKelvin">T (K), 298.15 by default.</param>
    public static double PeakCurrentAmps(int electrons, double areaCm2, double concentrationMolPerCm3, double diffusionCm2PerSecond,
        double scanRateVoltsPerSecond, double temperatureKelvin = 298.15)
        => 0.4463 * electrons * Faraday * areaCm2 * concentrationMolPerCm3
           * Math.Sqrt(electrons * Faraday * scanRateVoltsPerSecond * diffusionCm2PerSecond / (GasConstant * temperatureKelvin));

    /// <summary>D (cm²/s) from the slope of i_p (A) against v^½ ((V/s)^½), the inverse of <see cref="PeakCurrentAmps"/>.</summary>
    public static double DiffusionFromSlope(double slopeAmpsPerSqrtVoltPerSecond, int electrons, double areaCm2, double concentrationMolPerCm3, double temperatureKelvin = 298.15)
    {
        double k = 0.4463 * electrons * Faraday * areaCm2 * concentrationMolPerCm3;
        double ratio = slopeAmpsPerSqrtVoltPerSecond / k;
        return ratio * ratio * GasConstant * temperatureKelvin / (electrons * Faraday);
    }
}
