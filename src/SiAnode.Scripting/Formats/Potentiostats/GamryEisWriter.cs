using System.Globalization;
using System.Text;
using SiAnode.Scripting.Impedance;

namespace SiAnode.Scripting.Formats.Potentiostats;

/// <summary>
/// Writes an impedance spectrum as a Gamry EISPOT .DTA file (header lines KEY, TYPE, VALUE, LABEL; a ZCURVE TABLE with the
/// columns Pt, Time, Freq, Zreal, Zimag, Zsig, Zmod, Zphz, Idc, Vdc, IERange), in Windows-1252 like Gamry Framework, so that
/// files made by the project read exactly as the instrument's do (layout of the reference files, see
/// tests/fixtures/eis/SOURCES.md).
/// </summary>
public static class GamryEisWriter
{
    /// <summary>Writes the file.</summary>
    /// <param name="path">Target path.</param>
    /// <param name="spectrum">The spectrum, high to low frequency as measured.</param>
    /// <param name="title">TITLE label.</param>
    /// <param name="notes">Lines of the NOTES field (e.g. that the data is synthetic and how it was made).</param>
    /// <param name="dcVolts">DC potential (V), written as VDC.</param>
    /// <param name="acMillivoltsRms">AC amplitude (mV rms), written as VAC.</param>
    /// <param name="date">Date and time written in the header.</param>
    public static void Write(string path, ImpedanceSpectrum spectrum, string title, IReadOnlyList<string> notes,
        double dcVolts, double acMillivoltsRms, DateTime date)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        void Line(string s) => sb.Append(s).Append("\r\n");
        Line("EXPLAIN");
        Line("TAG\tEISPOT");
        Line($"TITLE\tLABEL\t{title}\tTest &Identifier");
        Line($"DATE\tLABEL\t{date.ToString("M/d/yyyy", c)}\tDate");
        Line($"TIME\tLABEL\t{date.ToString("HH:mm:ss", c)}\tTime");
        Line($"NOTES\tNOTES\t{notes.Count}\t&Notes...");
        foreach (var n in notes) Line("\t" + n.Replace('\t', ' '));
        Line("PSTAT\tPSTAT\tSYNTHETIC\tPotentiostat");
        Line($"VDC\tPOTEN\t{G(dcVolts)}\tT\tDC &Voltage (V)");
        Line($"FREQINIT\tQUANT\t{G(spectrum.FrequenciesHertz.Max())}\tInitial Fre&q. (Hz)");
        Line($"FREQFINAL\tQUANT\t{G(spectrum.FrequenciesHertz.Min())}\tFinal Fre&q. (Hz)");
        Line($"VAC\tQUANT\t{G(acMillivoltsRms)}\tAC &Voltage (mV rms)");
        Line("AREA\tQUANT\t1.00000E+000\t&Area (cm^2)");
        Line("ZCURVE\tTABLE");
        Line("\tPt\tTime\tFreq\tZreal\tZimag\tZsig\tZmod\tZphz\tIdc\tVdc\tIERange");
        Line("\t#\ts\tHz\tohm\tohm\tV\tohm\t\u00B0\tA\tV\t#");
        double time = 1;
        for (int i = 0; i < spectrum.Count; i++)
        {
            var z = spectrum[i];
            time += Math.Max(1, 3 / spectrum.FrequenciesHertz[i]);
            Line(string.Join('\t', "", i.ToString(c), Math.Round(time).ToString(c), G7(spectrum.FrequenciesHertz[i]), G7(z.Real), G7(z.Imaginary),
                "1", G7(z.Magnitude), G7(z.Phase * 180 / Math.PI), G7(0.0), G7(dcVolts), "7"));
        }
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(sb.ToString()));

        static string G(double v) => v.ToString("0.00000E+000", CultureInfo.InvariantCulture);
        static string G7(double v) => v.ToString("G7", CultureInfo.InvariantCulture);
    }
}
