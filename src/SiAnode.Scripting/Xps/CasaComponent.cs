using System.Globalization;

namespace SiAnode.Scripting.Xps;

/// <summary>
/// A CasaXPS component as stored in a VAMAS block comment:
/// <c>CASA comp (*name*) (*lineshape*) Area v min max -1 1 MFWHM v min max -1 1 Position v min max -1 1 RSF r MASS m INDEX i ...</c>
/// (each parameter with its value, limits and constraint fields). Position is on the block's abscissa; Area is in counts per
/// second × eV.
/// </summary>
/// <param name="Name">Component name.</param>
/// <param name="LineShape">The line shape.</param>
/// <param name="Area">Area (counts per second × eV).</param>
/// <param name="Fwhm">FWHM parameter (eV).</param>
/// <param name="Position">Position on the block abscissa (eV).</param>
/// <param name="RelativeSensitivityFactor">RSF.</param>
public sealed record CasaComponent(string Name, CasaLineShape LineShape, double Area, double Fwhm, double Position, double RelativeSensitivityFactor)
{
    /// <summary>Parses one "CASA comp" line.</summary>
    public static CasaComponent Parse(string line)
    {
        var t = CasaToken.Split(line);
        if (t.Count < 6 || t[0] != "CASA" || t[1] != "comp") throw new FormatException($"not a CasaXPS component line: '{line}'");
        double After(string key)
        {
            int i = t.IndexOf(key);
            if (i < 0 || i + 1 >= t.Count) throw new FormatException($"CasaXPS component line without '{key}': '{line}'");
            return double.Parse(t[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return new CasaComponent(t[2], CasaLineShape.Parse(t[3]), After("Area"), After("MFWHM"), After("Position"),
            t.Contains("RSF") ? After("RSF") : 1);
    }
}
