namespace SiAnode.Scripting.Xps;

/// <summary>
/// XPS quantification (Briggs and Seah, Practical Surface Analysis, Vol. 1, 2nd ed., Wiley 1990, ch. 5; CasaXPS "Area/(RSF*T*MFP)"):
/// the atomic fraction of line i is x_i = (A_i / (S_i·T_i·λ_i)) / Σ_j (A_j / (S_j·T_j·λ_j)), with A the peak area, S the relative
/// sensitivity factor, T the analyser transmission at the line's kinetic energy and λ the escape-depth (MFP) correction.
/// </summary>
public static class XpsQuantification
{
    /// <summary>The corrected intensity A / (RSF·T·MFP).</summary>
    /// <param name="area">Peak area.</param>
    /// <param name="relativeSensitivityFactor">RSF.</param>
    /// <param name="transmission">Transmission correction T (1 when none).</param>
    /// <param name="meanFreePathCorrection">Escape-depth correction (1 when none).</param>
    public static double CorrectedIntensity(double area, double relativeSensitivityFactor, double transmission = 1, double meanFreePathCorrection = 1)
        => area / (relativeSensitivityFactor * transmission * meanFreePathCorrection);

    /// <summary>
    /// Transmission of a fixed-analyser-transmission (FAT) analyser as a power of kinetic energy, T = (E_K / E_ref)^exponent;
    /// CasaXPS and SpecsLab write the exponent as "MFP Exponent"/transmission tables; −0.5 to −1 are typical for FAT.
    /// </summary>
    /// <param name="kineticEnergyElectronVolts">Kinetic energy of the line (eV).</param>
    /// <param name="exponent">Power-law exponent.</param>
    /// <param name="referenceElectronVolts">Reference kinetic energy (eV) where T = 1.</param>
    public static double PowerLawTransmission(double kineticEnergyElectronVolts, double exponent, double referenceElectronVolts = 1000)
        => Math.Pow(kineticEnergyElectronVolts / referenceElectronVolts, exponent);

    /// <summary>Atomic percentages (sum 100) from areas, sensitivity factors and optional transmissions.</summary>
    /// <param name="areas">Peak areas.</param>
    /// <param name="relativeSensitivityFactors">RSFs, one per area.</param>
    /// <param name="transmissions">Transmissions, one per area, or null for none.</param>
    public static double[] AtomicPercent(IReadOnlyList<double> areas, IReadOnlyList<double> relativeSensitivityFactors, IReadOnlyList<double>? transmissions = null)
    {
        if (areas.Count != relativeSensitivityFactors.Count || (transmissions is not null && transmissions.Count != areas.Count))
            throw new ArgumentException("areas, sensitivity factors and transmissions need the same length");
        var c = areas.Select((a, i) => CorrectedIntensity(a, relativeSensitivityFactors[i], transmissions?[i] ?? 1)).ToArray();
        double sum = c.Sum();
        return c.Select(v => 100 * v / sum).ToArray();
    }

    /// <summary>Adventitious carbon C 1s reference (eV) used for charge correction (Barr and Seal, J. Vac. Sci. Technol. A 13 (1995) 1239).</summary>
    public const double AdventitiousCarbonElectronVolts = 284.8;

    /// <summary>The shift to add to every binding energy so the measured reference line lands at its reference value.</summary>
    /// <param name="measuredReferenceElectronVolts">Where the reference line (e.g. C 1s C–C) was found (eV).</param>
    /// <param name="referenceElectronVolts">Where it belongs (eV); 284.8 eV by default.</param>
    public static double ChargeShift(double measuredReferenceElectronVolts, double referenceElectronVolts = AdventitiousCarbonElectronVolts)
        => referenceElectronVolts - measuredReferenceElectronVolts;

    /// <summary>Binding energies shifted by the charge correction.</summary>
    /// <param name="bindingEnergyElectronVolts">Binding energies as measured (eV).</param>
    /// <param name="measuredReferenceElectronVolts">Where the reference line was found (eV).</param>
    /// <param name="referenceElectronVolts">Where it belongs (eV).</param>
    public static double[] ChargeCorrect(IReadOnlyList<double> bindingEnergyElectronVolts, double measuredReferenceElectronVolts, double referenceElectronVolts = AdventitiousCarbonElectronVolts)
    {
        double shift = ChargeShift(measuredReferenceElectronVolts, referenceElectronVolts);
        return bindingEnergyElectronVolts.Select(e => e + shift).ToArray();
    }
}
