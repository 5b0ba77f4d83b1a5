using System.Globalization;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Xps;

/// <summary>A region of a SPECS Prodigy .xy export: its "# Key: value" metadata and its scans (curves).</summary>
/// <param name="Group">The "# Group:" it belongs to.</param>
/// <param name="Name">The "# Region:" name, e.g. "Survey", "Fe2p".</param>
/// <param name="Metadata">The region's "# Key: value" lines (Values/Curve, Dwell Time, Excitation Energy, Pass Energy, ...).</param>
/// <param name="Scans">The data blocks, in file order.</param>
/// <param name="IsBindingEnergy">True when the export's energy axis is binding energy.</param>
public sealed record SpecsXyRegion(string Group, string Name, IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<SpecsXyScan> Scans, bool IsBindingEnergy)
{
    /// <summary>The declared points per curve ("Values/Curve"), or null.</summary>
    public int? DeclaredPoints => Metadata.TryGetValue("Values/Curve", out var v) && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : null;

    /// <summary>The excitation energy hν (eV) from the metadata, or NaN.</summary>
    public double ExcitationEnergyElectronVolts => Metadata.TryGetValue("Excitation Energy", out var v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double e) ? e : double.NaN;

    /// <summary>Number of points (of the first scan).</summary>
    public int PointCount => Scans.Count == 0 ? 0 : Scans[0].EnergyElectronVolts.Count;

    /// <summary>The energies of the first scan (eV), binding or kinetic as <see cref="IsBindingEnergy"/> says.</summary>
    public IReadOnlyList<double> EnergyElectronVolts => Scans.Count == 0 ? [] : Scans[0].EnergyElectronVolts;

    /// <summary>Binding energies (eV): the axis, or hν − E_K for a kinetic-energy export.</summary>
    public double[] BindingEnergyElectronVolts() => IsBindingEnergy
        ? EnergyElectronVolts.ToArray()
        : EnergyElectronVolts.Select(k => ExcitationEnergyElectronVolts - k).ToArray();

    /// <summary>The intensity averaged over the scans of curve 0 (one scan: its values).</summary>
    public double[] Intensity()
    {
        var scans = Scans.Where(s => s.Curve == Scans[0].Curve).ToList();
        var y = new double[PointCount];
        foreach (var s in scans) for (int i = 0; i < y.Length; i++) y[i] += s.Intensity[i] / scans.Count;
        return y;
    }

    /// <summary>A table: energy (eV, binding or kinetic) and the scan-averaged intensity.</summary>
    public ColumnTable ToTable() => new(
        [
            TableColumn.Of(IsBindingEnergy ? "binding_energy" : "kinetic_energy", "eV", EnergyElectronVolts),
            TableColumn.Of("intensity", Scans.Count > 0 && Scans[0].ColumnLabels.Count > 1 ? Scans[0].ColumnLabels[1] : "", Intensity()),
        ], $"{Name} ({Group})");
}
