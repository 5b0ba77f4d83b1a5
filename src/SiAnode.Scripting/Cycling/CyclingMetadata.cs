namespace SiAnode.Scripting.Cycling;

/// <summary>What a cycler file says about the test besides its records.</summary>
/// <param name="SourceFile">The file the record was read from.</param>
/// <param name="Format">The format and version read, e.g. <c>NEWARE .nda v29</c>.</param>
/// <param name="ActiveMassMilligrams">Active mass logged by the cycler (mg), or null when the file has none.</param>
/// <param name="Channel">Cycler channel (device/unit/channel as the vendor writes it), or null.</param>
/// <param name="StartTime">Test start as logged (wall clock of the cycler), or null.</param>
/// <param name="Notes">Things the loader did that a user should know (interpolated rows, skipped padding records, ...).</param>
/// <param name="Properties">Further logged key/value metadata (versions, barcode, remarks).</param>
public sealed record CyclingMetadata(
    string SourceFile,
    string Format,
    double? ActiveMassMilligrams = null,
    string? Channel = null,
    DateTime? StartTime = null,
    IReadOnlyList<string>? Notes = null,
    IReadOnlyDictionary<string, string>? Properties = null);
