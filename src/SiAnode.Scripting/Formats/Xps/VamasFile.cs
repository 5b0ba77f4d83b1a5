namespace SiAnode.Scripting.Formats.Xps;

/// <summary>
/// A VAMAS surface-analysis transfer file (ISO 14976:1998, "Surface chemical analysis — Data transfer format"; Dench, Hazell
/// and Seah, Surf. Interface Anal. 13 (1988) 63): the experiment header and its blocks (one spectrum region each).
/// </summary>
/// <param name="Source">The path or description the file was read from.</param>
/// <param name="FormatIdentifier">First line, "VAMAS Surface Chemical Analysis Standard Data Transfer Format 1988 May 4".</param>
/// <param name="Institution">Institution identifier.</param>
/// <param name="InstrumentModel">Instrument model identifier.</param>
/// <param name="Operator">Operator identifier.</param>
/// <param name="Experiment">Experiment identifier.</param>
/// <param name="Comments">Experiment comment lines (CasaXPS writes its version here).</param>
/// <param name="ExperimentMode">MAP, MAPDP, MAPSV, MAPSVDP, NORM, SDP, SDPSV or SEM.</param>
/// <param name="ScanMode">REGULAR (start and increment) or IRREGULAR (abscissa written as the first corresponding variable).</param>
/// <param name="ExperimentVariables">Labels and units of the experimental variables (one value of each per block).</param>
/// <param name="Blocks">The blocks in file order.</param>
public sealed record VamasFile(
    string Source,
    string FormatIdentifier,
    string Institution,
    string InstrumentModel,
    string Operator,
    string Experiment,
    IReadOnlyList<string> Comments,
    string ExperimentMode,
    string ScanMode,
    IReadOnlyList<(string Label, string Units)> ExperimentVariables,
    IReadOnlyList<VamasBlock> Blocks)
{
    /// <summary>The block whose identifier or species/transition ("Fe 2p") matches, ordinal case-insensitive; throws listing the blocks.</summary>
    public VamasBlock this[string name] => Blocks.FirstOrDefault(b =>
            string.Equals(b.BlockIdentifier, name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(b.Region, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"no block '{name}'; the file has: {string.Join(", ", Blocks.Select(b => b.BlockIdentifier))}");
}
