using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Xps;

/// <summary>
/// One region sheet of a Thermo Scientific Avantage Excel export ("O1s Scan"): the energy axis and the labelled columns that
/// follow it (the spectrum in counts/s, then fitted peaks, "Backgnd.", "Envelope", "Residuals" when the region was fitted).
/// </summary>
/// <param name="SheetName">The sheet name, e.g. "C1s Scan".</param>
/// <param name="DeclaredPoints">The count in the sheet's "Axis | Energy | Elements= | N" row.</param>
/// <param name="EnergyLabel">Header of the energy column, e.g. "Binding Energy (E)".</param>
/// <param name="EnergyElectronVolts">The energy of every point (eV).</param>
/// <param name="Columns">The other columns: header, unit and values (NaN where a cell is empty).</param>
public sealed record AvantageRegion(string SheetName, int DeclaredPoints, string EnergyLabel, IReadOnlyList<double> EnergyElectronVolts,
    IReadOnlyList<(string Label, string Unit, IReadOnlyList<double> Values)> Columns)
{
    /// <summary>Region name: the sheet name without " Scan".</summary>
    public string Name => SheetName.EndsWith(" Scan", StringComparison.Ordinal) ? SheetName[..^5] : SheetName;

    /// <summary>Number of points.</summary>
    public int PointCount => EnergyElectronVolts.Count;

    /// <summary>True when the axis is binding energy.</summary>
    public bool IsBindingEnergy => EnergyLabel.StartsWith("Binding", StringComparison.OrdinalIgnoreCase);

    /// <summary>The spectrum: the first column (counts/s in Avantage exports).</summary>
    public IReadOnlyList<double> Intensity => Columns.Count > 0 ? Columns[0].Values : [];

    /// <summary>A table of the energy and every column.</summary>
    public ColumnTable ToTable() => new(
        new[] { TableColumn.Of(IsBindingEnergy ? "binding_energy" : "kinetic_energy", "eV", EnergyElectronVolts) }
            .Concat(Columns.Select((c, i) => TableColumn.Of(c.Label.Length > 0 ? c.Label : i == 0 ? "intensity" : $"column {i + 1}", c.Unit, c.Values))),
        SheetName);
}
