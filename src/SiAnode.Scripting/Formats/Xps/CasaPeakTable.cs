using System.Globalization;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Xps;

/// <summary>One row of a CasaXPS peak table: Name, Position, FWHM, Raw Area, Area/(RSF*T*MFP), %At Conc.</summary>
/// <param name="Name">Component name.</param>
/// <param name="PositionElectronVolts">Position (binding energy, eV).</param>
/// <param name="FwhmElectronVolts">FWHM (eV).</param>
/// <param name="RawArea">Raw area (CPS × eV).</param>
/// <param name="CorrectedArea">Area/(RSF·T·MFP).</param>
/// <param name="AtomicPercent">%At Conc.</param>
public sealed record CasaPeak(string Name, double PositionElectronVolts, double FwhmElectronVolts, double RawArea, double CorrectedArea, double AtomicPercent);

/// <summary>
/// The peak table of a CasaXPS "results" export (tab-separated text: the header row
/// "Name Position FWHM Raw Area Area/(RSF*T*MFP) %At Conc ..." followed by one row per component, ended by an empty line).
/// </summary>
/// <param name="Source">The path read.</param>
/// <param name="Peaks">The rows.</param>
public sealed record CasaPeakTable(string Source, IReadOnlyList<CasaPeak> Peaks)
{
    /// <summary>Reads the export.</summary>
    public static CasaPeakTable Read(string path) => Parse(TextDecoding.ReadAllText(path), path);

    /// <summary>Parses the export text; a missing header or non-numeric cell gives a <see cref="DataFormatException"/> with the line.</summary>
    public static CasaPeakTable Parse(string text, string source = "CasaXPS results export")
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        int h = Array.FindIndex(lines, l => l.StartsWith("Name\tPosition\tFWHM\tRaw Area", StringComparison.Ordinal));
        if (h < 0) throw new DataFormatException(source, "header", "a row 'Name<TAB>Position<TAB>FWHM<TAB>Raw Area...'", "none");
        var head = lines[h].Split('\t');
        int Col(string name) => Array.FindIndex(head, c => c.StartsWith(name, StringComparison.Ordinal)) is var i and >= 0 ? i
            : throw new DataFormatException(source, $"line {h + 1}", $"a column '{name}'", lines[h]);
        int cPos = Col("Position"), cW = Col("FWHM"), cRaw = Col("Raw Area"), cCorr = Col("Area/"), cAt = Col("%At Conc");
        var peaks = new List<CasaPeak>();
        for (int i = h + 1; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            var c = lines[i].Split('\t');
            double N(int k) => k < c.Length && double.TryParse(c[k], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v
                : throw new DataFormatException(source, $"line {i + 1}", $"a number in column '{head[k]}'", k < c.Length ? c[k] : "end of line");
            peaks.Add(new CasaPeak(c[0], N(cPos), N(cW), N(cRaw), N(cCorr), N(cAt)));
        }
        return new CasaPeakTable(source, peaks);
    }

    /// <summary>The peaks as a table.</summary>
    public ColumnTable ToTable() => new(
    [
        TableColumn.Of("name", Peaks.Select(p => p.Name).ToList()),
        TableColumn.Of("position", "eV", Peaks.Select(p => p.PositionElectronVolts).ToList()),
        TableColumn.Of("FWHM", "eV", Peaks.Select(p => p.FwhmElectronVolts).ToList()),
        TableColumn.Of("raw area", "CPS eV", Peaks.Select(p => p.RawArea).ToList()),
        TableColumn.Of("area/(RSF*T*MFP)", "", Peaks.Select(p => p.CorrectedArea).ToList()),
        TableColumn.Of("atomic", "%", Peaks.Select(p => p.AtomicPercent).ToList()),
    ], "CasaXPS peak table");
}
