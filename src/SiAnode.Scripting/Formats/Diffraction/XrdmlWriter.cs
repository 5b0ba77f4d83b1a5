using System.Globalization;
using System.Security;
using System.Text;
using SiAnode.Scripting.Diffraction;

namespace SiAnode.Scripting.Formats.Diffraction;

/// <summary>
/// Writes a minimal PANalytical XRDML 1.5 file of one continuous Gonio (θ/2θ) scan: equally spaced 2θ positions from start to
/// end, a common counting time and integer counts in <c>&lt;intensities&gt;</c>, with comments in the file header. Only the
/// elements <see cref="DiffractionFile"/> and the XRDML schema need are written (no instrument configuration).
/// Output is byte-deterministic (invariant culture, '\n' line ends).
/// </summary>
public static class XrdmlWriter
{
    /// <summary>Writes the file.</summary>
    /// <param name="path">Destination.</param>
    /// <param name="startTwoThetaDegrees">First position.</param>
    /// <param name="endTwoThetaDegrees">Last position.</param>
    /// <param name="counts">Counts per step.</param>
    /// <param name="countingTimeSeconds">Counting time per step (s).</param>
    /// <param name="line">Wavelengths and Kα2 ratio written to <c>usedWavelength</c>.</param>
    /// <param name="sampleName">Sample name.</param>
    /// <param name="comments">Lines for the header comment (also written as an XML comment at the top).</param>
    public static void Write(string path, double startTwoThetaDegrees, double endTwoThetaDegrees, IReadOnlyList<long> counts,
        double countingTimeSeconds, XrayLine line, string sampleName, IReadOnlyList<string> comments)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(comments);
        static string F(double v, string format = "R") => v.ToString(format, CultureInfo.InvariantCulture);
        static string E(string s) => SecurityElement.Escape(s) ?? "";
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<!--\n");
        foreach (var c in comments) sb.Append("  ").Append(E(c).Replace("--", "- -", StringComparison.Ordinal)).Append('\n');
        sb.Append("-->\n");
        sb.Append("<xrdMeasurements xmlns=\"http://www.xrdml.com/XRDMeasurement/1.5\" status=\"Completed\">\n");
        sb.Append("\t<comment>\n");
        foreach (var c in comments) sb.Append("\t\t<entry>").Append(E(c)).Append("</entry>\n");
        sb.Append("\t</comment>\n");
        sb.Append("\t<sample type=\"To be analyzed\">\n\t\t<id>").Append(E(sampleName)).Append("</id>\n\t\t<name>").Append(E(sampleName)).Append("</name>\n\t</sample>\n");
        sb.Append("\t<xrdMeasurement measurementType=\"Scan\" status=\"Completed\" sampleMode=\"Reflection\">\n");
        sb.Append("\t\t<usedWavelength intended=\"K-Alpha\">\n");
        sb.Append("\t\t\t<kAlpha1 unit=\"Angstrom\">").Append(F(line.Kalpha1Angstrom, "0.0000000")).Append("</kAlpha1>\n");
        sb.Append("\t\t\t<kAlpha2 unit=\"Angstrom\">").Append(F(line.Kalpha2Angstrom, "0.0000000")).Append("</kAlpha2>\n");
        sb.Append("\t\t\t<ratioKAlpha2KAlpha1>").Append(F(line.Kalpha2Ratio, "0.0000")).Append("</ratioKAlpha2KAlpha1>\n");
        sb.Append("\t\t</usedWavelength>\n");
        sb.Append("\t\t<scan appendNumber=\"0\" mode=\"Continuous\" scanAxis=\"Gonio\" status=\"Completed\">\n");
        sb.Append("\t\t\t<dataPoints>\n");
        sb.Append("\t\t\t\t<positions axis=\"2Theta\" unit=\"deg\">\n");
        sb.Append("\t\t\t\t\t<startPosition>").Append(F(startTwoThetaDegrees, "0.########")).Append("</startPosition>\n");
        sb.Append("\t\t\t\t\t<endPosition>").Append(F(endTwoThetaDegrees, "0.########")).Append("</endPosition>\n");
        sb.Append("\t\t\t\t</positions>\n");
        sb.Append("\t\t\t\t<positions axis=\"Omega\" unit=\"deg\">\n");
        sb.Append("\t\t\t\t\t<startPosition>").Append(F(startTwoThetaDegrees / 2, "0.########")).Append("</startPosition>\n");
        sb.Append("\t\t\t\t\t<endPosition>").Append(F(endTwoThetaDegrees / 2, "0.########")).Append("</endPosition>\n");
        sb.Append("\t\t\t\t</positions>\n");
        sb.Append("\t\t\t\t<commonCountingTime unit=\"seconds\">").Append(F(countingTimeSeconds, "0.000")).Append("</commonCountingTime>\n");
        sb.Append("\t\t\t\t<intensities unit=\"counts\">").AppendJoin(' ', counts.Select(c => c.ToString(CultureInfo.InvariantCulture))).Append("</intensities>\n");
        sb.Append("\t\t\t</dataPoints>\n\t\t</scan>\n\t</xrdMeasurement>\n</xrdMeasurements>\n");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }
}
