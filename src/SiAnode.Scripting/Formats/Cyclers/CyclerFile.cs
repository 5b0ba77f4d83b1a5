using SiAnode.Scripting.Cycling;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>Opens any supported cycler file by its extension (NEWARE <c>.nda</c>, <c>.ndax</c>, BioLogic <c>.mpr</c>, <c>.mpt</c>) or, for text, its first line (NEWARE flat and hierarchical CSV exports, Maccor text).</summary>
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
            _ => ReadText(path, cycleMode ?? CycleMode.Vendor, ext),
        };
    }

    /// <summary>Text exports recognised by their first line: NEWARE CSV (<c>DataPoint,...</c>) and Maccor (<c>Today's Date</c>).</summary>
    private static CyclingRecord ReadText(string path, CycleMode mode, string ext)
    {
        string first;
        using (var r = new StreamReader(path, System.Text.Encoding.Latin1)) first = r.ReadLine() ?? "";
        first = first.TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF');
        if (first.StartsWith("DataPoint,", StringComparison.Ordinal)) return CyclerTextReader.Read(path, CyclerTextLayout.NewareCsv, mode);
        if (first.StartsWith("Today's Date", StringComparison.Ordinal)) return CyclerTextReader.Read(path, CyclerTextLayout.Maccor, mode);
        if (first.StartsWith("Cycle Index,", StringComparison.Ordinal))
        {
            var rec = NewareRegularExportReader.Read(path).Record;
            CycleNumbering.Apply(rec.StepType, rec.Cycle, mode);
            return rec;
        }
        throw new NotSupportedException($"{path}: unsupported cycler file '{ext}' (supported: .nda, .ndax, .mpr, .mpt, NEWARE CSV exports (flat and hierarchical), Maccor text; " +
            "for other text exports use CyclerTextReader with a CyclerTextLayout)");
    }
}
