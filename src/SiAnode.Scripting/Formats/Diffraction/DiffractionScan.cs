using SiAnode.Scripting.Diffraction;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Diffraction;

/// <summary>
/// One powder-diffraction scan: 2θ positions, counts per step (corrected for beam attenuators where the file says so), the
/// counting time of each step, and the count rate counts/s = counts / time. Files that store only intensities without a
/// counting time (.xy text) have <see cref="CountingTimeSeconds"/> of NaN and <see cref="CountsPerSecond"/> equal to the values read.
/// </summary>
/// <param name="Source">The file and, for multi-scan files, the scan number.</param>
/// <param name="Format">The format read.</param>
/// <param name="TwoThetaDegrees">Positions (° 2θ).</param>
/// <param name="Counts">Counts per step (or the intensity column of a text file).</param>
/// <param name="CountingTimeSeconds">Counting time of each step (s), NaN when unknown.</param>
/// <param name="Line">Wavelengths stated by the file (Cu Kα when it states none).</param>
/// <param name="Metadata">Header values (sample, scan axis, instrument, comments).</param>
public sealed record DiffractionScan(string Source, DiffractionFileFormat Format, double[] TwoThetaDegrees, double[] Counts,
    double[] CountingTimeSeconds, XrayLine Line, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>Number of points.</summary>
    public int Count => TwoThetaDegrees.Length;

    /// <summary>Counts / counting time (counts/s); the counts themselves when the time is unknown.</summary>
    public double[] CountsPerSecond => Counts.Select((c, i) => double.IsFinite(CountingTimeSeconds[i]) && CountingTimeSeconds[i] > 0 ? c / CountingTimeSeconds[i] : c).ToArray();

    /// <summary>Whether the count rate is known (a counting time was stated).</summary>
    public bool HasCountingTime => CountingTimeSeconds.Length > 0 && CountingTimeSeconds.All(t => double.IsFinite(t) && t > 0);

    /// <summary>The scan as a table: 2θ (°), counts, counting time (s), counts/s.</summary>
    public ColumnTable ToTable() => new(
    [
        TableColumn.Of("2θ", "°", TwoThetaDegrees),
        TableColumn.Of("counts", "counts", Counts),
        TableColumn.Of("counting time", "s", CountingTimeSeconds),
        TableColumn.Of("intensity", HasCountingTime ? "counts/s" : "a.u.", CountsPerSecond),
    ], Source);
}
