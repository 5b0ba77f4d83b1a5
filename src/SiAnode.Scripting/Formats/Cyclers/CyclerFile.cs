using SiAnode.Scripting.Cycling;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>Opens any supported cycler file by its extension: NEWARE <c>.nda</c> and <c>.ndax</c>, BioLogic <c>.mpr</c> and <c>.mpt</c>.</summary>
public static class CyclerFile
{
    /// <summary>Reads the file into a <see cref="CyclingRecord"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cycleMode">Cycle numbering; null takes the format's default: NewareNDA's charge-first software numbering for NEWARE, EC-Lab's own for BioLogic.</param>
    /// <exception cref="DataFormatException">The file cannot be read as its format.</exception>
    /// <exception cref="NotSupportedException">The extension is not one of the supported formats.</exception>
    public static CyclingRecord Read(string path, CycleMode? cycleMode = null)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".nda" => NewareNdaReader.Read(path, cycleMode ?? CycleMode.ChargeFirst),
            ".ndax" => NewareNdaxReader.Read(path, cycleMode ?? CycleMode.ChargeFirst),
            ".mpr" => BioLogicMprReader.Read(path).ToCyclingRecord(cycleMode ?? CycleMode.Vendor),
            ".mpt" => BioLogicMptReader.Read(path).ToCyclingRecord(cycleMode ?? CycleMode.Vendor),
            _ => throw new NotSupportedException($"{path}: unsupported cycler file extension '{ext}' (supported: .nda, .ndax, .mpr, .mpt)"),
        };
    }
}
