namespace SiAnode.Scripting.Formats.Xps;

/// <summary>One data block of a SPECS Prodigy .xy export ("# Cycle: c, Curve: k, Scan: s" followed by energy/value rows).</summary>
/// <param name="Cycle">Cycle index.</param>
/// <param name="Curve">Curve index (channel).</param>
/// <param name="Scan">Scan index, or -1 when scans are summed in the export.</param>
/// <param name="ColumnLabels">The "ColumnLabels" header, e.g. ["energy", "counts/s"].</param>
/// <param name="EnergyElectronVolts">First column: binding or kinetic energy (eV) as the export's "Energy Axis" says.</param>
/// <param name="Intensity">Second column (counts per second or counts, as the export's "Count Rate" says).</param>
/// <param name="FirstLine">1-based line of the first data row.</param>
public sealed record SpecsXyScan(int Cycle, int Curve, int Scan, IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<double> EnergyElectronVolts, IReadOnlyList<double> Intensity, int FirstLine);
