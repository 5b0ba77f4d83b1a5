using System.Globalization;
using System.Text;

namespace SiAnode.Scripting.Formats.Potentiostats;

/// <summary>
/// Writes a cyclic voltammogram as a Gamry CV .DTA file (TAG CV; SCANRATE in mV/s; one CURVE table with the columns Pt, T, Vf,
/// Im, Vu, Sig, Ach, IERange, Over), in Windows-1252 like Gamry Framework (layout of the reference cv_data.dta).
/// </summary>
public static class GamryCvWriter
{
    /// <summary>Writes the file.</summary>
    /// <param name="path">Target path.</param>
    /// <param name="timeSeconds">Time of each point (s).</param>
    /// <param name="potentialsVolts">Vf (V vs reference).</param>
    /// <param name="currentsAmps">Im (A).</param>
    /// <param name="scanRateMillivoltsPerSecond">Scan rate (mV/s).</param>
    /// <param name="title">TITLE label.</param>
    /// <param name="notes">Lines of the NOTES field.</param>
    public static void Write(string path, IReadOnlyList<double> timeSeconds, IReadOnlyList<double> potentialsVolts, IReadOnlyList<double> currentsAmps,
        double scanRateMillivoltsPerSecond, string title, IReadOnlyList<string> notes)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        void Line(string s) => sb.Append(s).Append("\r\n");
        Line("EXPLAIN");
        Line("TAG\tCV");
        Line($"TITLE\tLABEL\t{title}\tTest &Identifier");
        Line("DATE\tLABEL\t1/1/2025\tDate");
        Line("TIME\tLABEL\t12:00:00\tTime");
        Line($"NOTES\tNOTES\t{notes.Count}\t&Notes...");
        foreach (var n in notes) Line("\t" + n.Replace('\t', ' '));
        Line("PSTAT\tPSTAT\tSYNTHETIC\tPotentiostat");
        Line($"SCANRATE\tQUANT\t{scanRateMillivoltsPerSecond.ToString("0.00000E+000", c)}\t&Scan Rate (mV/s)");
        Line("CYCLES\tIQUANT\t1\tC&ycles (#)");
        Line("CURVE1\tTABLE");
        Line("\tPt\tT\tVf\tIm\tVu\tSig\tAch\tIERange\tOver");
        Line("\t#\ts\tV vs. Ref.\tA\tV\tV\tV\t#\tbits");
        for (int i = 0; i < potentialsVolts.Count; i++)
            Line(string.Join('\t', "", i.ToString(c), timeSeconds[i].ToString("G7", c), potentialsVolts[i].ToString("0.000000E+000", c),
                currentsAmps[i].ToString("0.000000E+000", c), "0.000000E+000", potentialsVolts[i].ToString("0.000000E+000", c), "0.000000E+000", "7", "..........."));
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(sb.ToString()));
    }
}
