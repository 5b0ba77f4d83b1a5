using System.Globalization;

namespace SiAnode.Scripting.Xps;

/// <summary>
/// A CasaXPS quantification region as CasaXPS stores it in a VAMAS block comment:
/// <c>CASA region (*name*) (*background*) start end RSF averageWidth startOffset endOffset [background parameters] (*tag*) ...</c>.
/// Limits are on the block's own abscissa (kinetic energy for a kinetic-energy block). For "U 3 Tougaard" the parameters are
/// the cross-section's B, C, D and the onset T₀ (eV) (Tougaard, Surf. Interface Anal. 25 (1997) 137).
/// </summary>
/// <param name="Name">Region name, e.g. "Fe 2p".</param>
/// <param name="BackgroundType">Background, e.g. "Shirley", "Linear", "U 3 Tougaard", "U 2 Tougaard".</param>
/// <param name="Start">Region start on the block abscissa (eV).</param>
/// <param name="End">Region end on the block abscissa (eV).</param>
/// <param name="RelativeSensitivityFactor">RSF.</param>
/// <param name="AverageWidth">Width over which the end intensities are averaged (CasaXPS "Av Width").</param>
/// <param name="StartOffsetPercent">Offset of the background at the start (%).</param>
/// <param name="EndOffsetPercent">Offset of the background at the end (%).</param>
/// <param name="BackgroundParameters">The numbers after the offsets (cross-section parameters).</param>
public sealed record CasaRegion(string Name, string BackgroundType, double Start, double End, double RelativeSensitivityFactor,
    double AverageWidth, double StartOffsetPercent, double EndOffsetPercent, IReadOnlyList<double> BackgroundParameters)
{
    /// <summary>Parses one "CASA region" line.</summary>
    public static CasaRegion Parse(string line)
    {
        var t = CasaToken.Split(line);
        if (t.Count < 10 || t[0] != "CASA" || t[1] != "region") throw new FormatException($"not a CasaXPS region line: '{line}'");
        double N(int i) => double.Parse(t[i], NumberStyles.Float, CultureInfo.InvariantCulture);
        var extra = new List<double>();
        for (int i = 10; i < t.Count && double.TryParse(t[i], NumberStyles.Float, CultureInfo.InvariantCulture, out double v); i++) extra.Add(v);
        return new CasaRegion(t[2], t[3], N(4), N(5), N(6), N(7), N(8), N(9), extra);
    }
}
