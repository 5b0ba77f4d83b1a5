using SiAnode.Scripting.Cycling;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>Opens any supported cycler file by its extension: NEWARE <c>.nda</c> and <c>.ndax</c>.</summary>
public static class CyclerFile
{
    /// <summary>Reads the file into a <see cref="CyclingRecord"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cycleMode">Cycle numbering; NEWARE files default to NewareNDA's charge-first software numbering.</param>
    /// <exception cref="DataFormatException">The file cannot be read as its format.</exception>
    /// <exception cref="NotSupportedException">The extension is not one of the supported formats.</exception>
    public static CyclingRecord Read(string path, CycleMode cycleMode = CycleMode.ChargeFirst)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".nda" => NewareNdaReader.Read(path, cycleMode),
            ".ndax" => NewareNdaxReader.Read(path, cycleMode),
            _ => throw new NotSupportedException($"{path}: unsupported cycler file extension '{ext}' (supported: .nda, .ndax)"),
        };
    }
}
