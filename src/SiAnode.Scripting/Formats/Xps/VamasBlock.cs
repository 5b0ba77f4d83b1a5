using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Xps;

/// <summary>
/// One block of a VAMAS file (ISO 14976:1998): a spectrum region with its acquisition parameters. For an IRREGULAR file the
/// abscissa is the first corresponding variable of the file and is moved to <see cref="Abscissa"/>; <see cref="Variables"/>
/// then holds only the ordinates (e.g. counts and transmission).
/// </summary>
/// <param name="BlockIdentifier">Block identifier (SpecsLab/CasaXPS write the region name, e.g. "Fe 2p", "Survey").</param>
/// <param name="SampleIdentifier">Sample identifier.</param>
/// <param name="Timestamp">Acquisition date and time as written (no time-zone conversion), or null when the fields are zero.</param>
/// <param name="Comments">Block comment lines (CasaXPS stores its regions and components here as "CASA region" and "CASA comp" lines).</param>
/// <param name="Technique">Technique, e.g. "XPS".</param>
/// <param name="ExperimentVariableValues">One value per experimental variable of the file.</param>
/// <param name="SourceLabel">Analysis source label, e.g. "Al", "KA1486".</param>
/// <param name="SourceEnergyElectronVolts">Analysis source characteristic energy (eV), the photon energy hν for XPS.</param>
/// <param name="SourceStrength">Analysis source strength (W for XPS; 1e37 when not given).</param>
/// <param name="AnalyserMode">Analyser mode: FAT (fixed analyser transmission) or FRR (fixed retard ratio).</param>
/// <param name="PassEnergyElectronVolts">Analyser pass energy (eV) or retard ratio.</param>
/// <param name="WorkFunctionElectronVolts">Analyser work function or acceptance energy (eV); 1e37 when not given.</param>
/// <param name="Species">Species label, e.g. "Fe".</param>
/// <param name="Transition">Transition or charge-state label, e.g. "2p".</param>
/// <param name="AbscissaLabel">Abscissa label, e.g. "Kinetic Energy" or "Binding Energy".</param>
/// <param name="AbscissaUnits">Abscissa units, e.g. "eV".</param>
/// <param name="Abscissa">Abscissa value of every point.</param>
/// <param name="Variables">The corresponding (ordinate) variables.</param>
/// <param name="SignalMode">Signal mode, e.g. "pulse counting", "analogue".</param>
/// <param name="DwellTimeSeconds">Signal collection time per channel (s).</param>
/// <param name="ScanCount">Number of scans compiled in this block.</param>
/// <param name="Parameters">Additional numerical parameters.</param>
public sealed record VamasBlock(
    string BlockIdentifier,
    string SampleIdentifier,
    DateTime? Timestamp,
    IReadOnlyList<string> Comments,
    string Technique,
    IReadOnlyList<double> ExperimentVariableValues,
    string SourceLabel,
    double SourceEnergyElectronVolts,
    double SourceStrength,
    string AnalyserMode,
    double PassEnergyElectronVolts,
    double WorkFunctionElectronVolts,
    string Species,
    string Transition,
    string AbscissaLabel,
    string AbscissaUnits,
    IReadOnlyList<double> Abscissa,
    IReadOnlyList<VamasVariable> Variables,
    string SignalMode,
    double DwellTimeSeconds,
    int ScanCount,
    IReadOnlyList<VamasParameter> Parameters)
{
    /// <summary>Number of points.</summary>
    public int PointCount => Abscissa.Count;

    /// <summary>"Species Transition" ("Fe 2p"), or the block identifier when both are empty.</summary>
    public string Region => (Species + " " + Transition).Trim() is { Length: > 0 } r ? r : BlockIdentifier;

    /// <summary>True when the abscissa is a kinetic energy (label contains "kinetic", ISO 14976 convention for XPS files).</summary>
    public bool IsKineticEnergy => AbscissaLabel.Contains("kinetic", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first corresponding variable: the recorded signal (counts, or counts per second when so labelled).</summary>
    public IReadOnlyList<double> Intensity => Variables.Count > 0 ? Variables[0].Values : throw new InvalidOperationException($"block '{BlockIdentifier}' has no corresponding variable");

    /// <summary>
    /// Binding energies (eV). For a kinetic-energy abscissa E_B = hν − E_K (the convention of CasaXPS and of the SpecsLab/VAMAS
    /// exports, whose kinetic energies are already referenced to the spectrometer Fermi level); with
    /// <paramref name="subtractWorkFunction"/> E_B = hν − E_K − φ for files that record raw kinetic energies.
    /// A binding-energy abscissa is returned unchanged.
    /// </summary>
    public double[] BindingEnergyElectronVolts(bool subtractWorkFunction = false)
    {
        if (!IsKineticEnergy) return Abscissa.ToArray();
        double phi = subtractWorkFunction && WorkFunctionElectronVolts < 1e36 ? WorkFunctionElectronVolts : 0;
        return Abscissa.Select(k => SourceEnergyElectronVolts - k - phi).ToArray();
    }

    /// <summary>Kinetic energies (eV): the abscissa, or hν − E_B for a binding-energy abscissa.</summary>
    public double[] KineticEnergyElectronVolts() =>
        IsKineticEnergy ? Abscissa.ToArray() : Abscissa.Select(b => SourceEnergyElectronVolts - b).ToArray();

    /// <summary>
    /// Counts per second: the intensity divided by dwell time × number of scans (as CasaXPS does; ISO 14976 gives the
    /// collection time per channel and scan). Intensities already labelled as a rate ("c/s", "cps", "per second") are returned unchanged.
    /// </summary>
    public double[] CountsPerSecond()
    {
        string tag = (Variables.Count > 0 ? Variables[0].Label + " " + Variables[0].Units : "") + " " + BlockIdentifier;
        if (tag.Contains("c/s", StringComparison.OrdinalIgnoreCase) || tag.Contains("cps", StringComparison.OrdinalIgnoreCase) ||
            tag.Contains("per second", StringComparison.OrdinalIgnoreCase))
            return Intensity.ToArray();
        double t = DwellTimeSeconds * Math.Max(1, ScanCount);
        if (!(t > 0) || t > 1e36) return Intensity.ToArray();
        return Intensity.Select(c => c / t).ToArray();
    }

    /// <summary>The corresponding variable of that label (ordinal, case-insensitive), or null.</summary>
    public VamasVariable? Variable(string label) => Variables.FirstOrDefault(v => string.Equals(v.Label, label, StringComparison.OrdinalIgnoreCase));

    /// <summary>A table: kinetic energy, binding energy (eV), then every corresponding variable, then counts per second.</summary>
    public ColumnTable ToTable()
    {
        var cols = new List<TableColumn>
        {
            TableColumn.Of("kinetic_energy", "eV", KineticEnergyElectronVolts()),
            TableColumn.Of("binding_energy", "eV", BindingEnergyElectronVolts()),
        };
        foreach (var v in Variables) cols.Add(TableColumn.Of(v.Label, v.Units == "d" ? "" : v.Units, v.Values));
        cols.Add(TableColumn.Of("counts_per_second", "1/s", CountsPerSecond()));
        return new ColumnTable(cols, $"{BlockIdentifier} ({SampleIdentifier})");
    }
}
