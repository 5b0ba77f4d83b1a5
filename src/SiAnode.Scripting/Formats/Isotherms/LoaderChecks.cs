using System.Globalization;
using SiAnode.Scripting.Porosity;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>Checks loaders run before building an <see cref="Isotherm"/>, so bad numbers surface as <see cref="DataFormatException"/>.</summary>
internal static class LoaderChecks
{
    /// <summary>Every relative pressure finite and non-negative, every amount finite; else a typed error naming the point.</summary>
    public static IsothermPoint[] Points(IsothermPoint[] points, string source)
    {
        if (points.Length == 0) throw new DataFormatException(source, "data", "at least one isotherm point", "none");
        for (int i = 0; i < points.Length; i++)
        {
            var p = points[i];
            if (!double.IsFinite(p.RelativePressure) || p.RelativePressure < 0)
                throw new DataFormatException(source, $"data point {i + 1}", "a finite, non-negative relative pressure (check p0)", p.RelativePressure.ToString("R", CultureInfo.InvariantCulture));
            if (!double.IsFinite(p.AmountCm3StpPerGram))
                throw new DataFormatException(source, $"data point {i + 1}", "a finite amount adsorbed (check the sample mass)", p.AmountCm3StpPerGram.ToString("R", CultureInfo.InvariantCulture));
        }
        return points;
    }
}
