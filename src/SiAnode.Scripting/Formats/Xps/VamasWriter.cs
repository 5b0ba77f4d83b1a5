using System.Globalization;
using System.Text;

namespace SiAnode.Scripting.Formats.Xps;

/// <summary>
/// Writes XPS spectra as a VAMAS file (ISO 14976:1998): NORM experiment mode, REGULAR scan mode, one block per spectrum with a
/// kinetic-energy abscissa, one corresponding variable "counts", and the items in the order <see cref="VamasReader"/> reads.
/// </summary>
public static class VamasWriter
{
    /// <summary>One spectrum to write.</summary>
    /// <param name="BlockIdentifier">Block identifier (region name).</param>
    /// <param name="SampleIdentifier">Sample identifier.</param>
    /// <param name="Species">Species label, e.g. "Si".</param>
    /// <param name="Transition">Transition label, e.g. "2p".</param>
    /// <param name="Comments">Block comment lines.</param>
    /// <param name="SourceEnergyElectronVolts">Photon energy hν (eV).</param>
    /// <param name="KineticEnergyStartElectronVolts">First kinetic energy (eV).</param>
    /// <param name="StepElectronVolts">Kinetic-energy increment (eV).</param>
    /// <param name="Counts">Counts per channel.</param>
    /// <param name="DwellTimeSeconds">Collection time per channel and scan (s).</param>
    /// <param name="ScanCount">Number of scans.</param>
    /// <param name="PassEnergyElectronVolts">Analyser pass energy (eV).</param>
    public sealed record Spectrum(string BlockIdentifier, string SampleIdentifier, string Species, string Transition, IReadOnlyList<string> Comments,
        double SourceEnergyElectronVolts, double KineticEnergyStartElectronVolts, double StepElectronVolts, IReadOnlyList<double> Counts,
        double DwellTimeSeconds = 0.1, int ScanCount = 1, double PassEnergyElectronVolts = 20);

    /// <summary>The file text (CRLF line ends, as VAMAS files from Windows software have).</summary>
    /// <param name="experimentComments">Experiment comment lines.</param>
    /// <param name="spectra">The blocks.</param>
    public static string Write(IReadOnlyList<string> experimentComments, IReadOnlyList<Spectrum> spectra)
    {
        var sb = new StringBuilder();
        void L(object o) => sb.Append(Convert.ToString(o, CultureInfo.InvariantCulture)).Append("\r\n");
        void N(double v) => L(v.ToString("R", CultureInfo.InvariantCulture));
        L("VAMAS Surface Chemical Analysis Standard Data Transfer Format 1988 May 4");
        L("Not Specified"); L("Not Specified"); L("Not Specified"); L("Not Specified");
        L(experimentComments.Count); foreach (var c in experimentComments) L(c);
        L("NORM"); L("REGULAR");
        L(spectra.Count);            // spectral regions
        L(0);                        // experimental variables
        L(0); L(0); L(0); L(0);      // inclusion list, manual items, future experiment and block entries
        L(spectra.Count);
        foreach (var s in spectra)
        {
            L(s.BlockIdentifier); L(s.SampleIdentifier);
            for (int i = 0; i < 7; i++) L(0); // date and time not given
            L(s.Comments.Count); foreach (var c in s.Comments) L(c);
            L("XPS"); L("Al"); N(s.SourceEnergyElectronVolts); L("1e+37"); L("1e+37"); L("1e+37");
            L("1e+37"); L("1e+37");       // polar angle of incidence, azimuth
            L("FAT"); N(s.PassEnergyElectronVolts);
            L("1e+37"); L("1e+37"); L("1e+37"); // magnification, work function, target bias
            L("1e+37"); L("1e+37"); L("1e+37"); L("1e+37"); // analysis width x, y; take-off polar, azimuth
            L(s.Species); L(s.Transition); L(-1);
            L("Kinetic Energy"); L("eV"); N(s.KineticEnergyStartElectronVolts); N(s.StepElectronVolts);
            L(1); L("counts"); L("d");
            L("pulse counting"); N(s.DwellTimeSeconds); L(s.ScanCount); L("1e+37");
            L("1e+37"); L("1e+37"); L("1e+37");
            L(0);
            L(s.Counts.Count);
            N(s.Counts.Min()); N(s.Counts.Max());
            foreach (var v in s.Counts) N(v);
        }
        L("end of experiment");
        return sb.ToString();
    }
}
