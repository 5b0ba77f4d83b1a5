using System.Globalization;
using System.Text;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>
/// Writes an isotherm in the layout of the Quantachrome NovaWin "Raw Analysis Data" text export that <see cref="QuantachromeRawReader"/>
/// reads (the layout of the RE-22 fixture): a header of "Label: value" fields, then the columns <c>P/Po</c>, <c>Po</c> (Torr) and
/// <c>Volume @ STP</c> (cc for the whole sample), units on their own line, one point per line in measurement order (adsorption up to
/// the highest pressure, then desorption). A title line names the layout (and makes the file recognisable); free text lines (e.g. a statement that the data are synthetic) go before the header.
/// The text is ASCII with LF line ends.
/// </summary>
public static class QuantachromeRawWriter
{
    /// <summary>Formats the file.</summary>
    /// <param name="preamble">Lines written first (ASCII; must not contain the field labels of the header, such as "Sample ID:").</param>
    /// <param name="sampleId">Sample ID field.</param>
    /// <param name="fileName">Filename field (the instrument's own file name).</param>
    /// <param name="sampleWeightGrams">Sample weight (g); the volumes are written as cc for this mass.</param>
    /// <param name="bathTemperatureKelvin">Bath temperature (K).</param>
    /// <param name="instrument">Instrument field.</param>
    /// <param name="points">Relative pressure and amount (cm³ STP per gram) in measurement order.</param>
    /// <param name="saturationPressureTorr">P0 written on every line (Torr).</param>
    public static string Format(IReadOnlyList<string> preamble, string sampleId, string fileName, double sampleWeightGrams, double bathTemperatureKelvin,
        string instrument, IReadOnlyList<(double RelativePressure, double AmountCm3StpPerGram)> points, double saturationPressureTorr = 760.0)
    {
        ArgumentNullException.ThrowIfNull(preamble);
        ArgumentNullException.ThrowIfNull(points);
        if (!(sampleWeightGrams > 0)) throw new ArgumentOutOfRangeException(nameof(sampleWeightGrams), sampleWeightGrams, "must be positive");
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        void Line(string s) => sb.Append(s).Append('\n');
        foreach (var p in preamble)
        {
            if (p.Any(c => c > 127)) throw new ArgumentException($"preamble line is not ASCII: {p}", nameof(preamble));
            Line(p);
        }
        Line("                 Quantachrome NovaWin layout - Raw Analysis Data, written by SiAnode.Scripting");
        Line("");
        Line("Analysis                                          Report");
        Line("Operator:      " + "synthetic".PadRight(16) + "Date:none           Operator: synthetic             Date:none");
        Line("Sample ID:     " + sampleId.PadRight(21) + "Filename:      " + fileName);
        Line("Sample Desc:   " + "SYNTHETIC".PadRight(21) + "Comment:       not a measurement");
        Line("Sample weight: " + (sampleWeightGrams.ToString("0.0000", ci) + " g").PadRight(21) + "Sample Volume: 1 cc");
        Line("Analysis gas:  " + "Nitrogen".PadRight(21) + "Bath Temp:     " + bathTemperatureKelvin.ToString("0.00", ci) + " K");
        Line("Instrument:    " + instrument);
        Line("Cell ID:       0");
        Line("");
        Line("              P/Po                             Po                         Volume @ STP");
        Line("");
        Line("                                              Torr                             cc");
        Line("");
        foreach (var (x, n) in points)
        {
            if (!(x > 0 && x < 1) || !double.IsFinite(n)) throw new ArgumentException($"bad point ({x}, {n})", nameof(points));
            Line("               " + x.ToString("0.######", ci).PadRight(30) + saturationPressureTorr.ToString("0.00", ci).PadLeft(6)
                 + (n * sampleWeightGrams).ToString("0.0000", ci).PadLeft(34));
        }
        return sb.ToString();
    }
}
