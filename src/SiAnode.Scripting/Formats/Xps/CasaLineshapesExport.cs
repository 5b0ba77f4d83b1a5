using System.Globalization;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Xps;

/// <summary>
/// CasaXPS's tab-separated "lineshapes in columns" export of a fitted region (file written by CasaXPS's Save Tab ASCII with
/// components): a title line, the characteristic energy and acquisition time, rows Name/Position/FWHM/Area/Lineshape of the
/// components, then a header "K.E. Counts comp... Background Envelope" with a second, binding-energy/CPS copy of the same
/// columns after an empty column.
/// </summary>
/// <param name="Source">The path or description read.</param>
/// <param name="Title">First line, e.g. "Cycle 0:FeO:Fe2p".</param>
/// <param name="Names">Component names.</param>
/// <param name="Positions">Component positions (binding energy, eV) as printed.</param>
/// <param name="Fwhms">Component FWHMs (eV).</param>
/// <param name="Areas">Component areas (CPS × eV).</param>
/// <param name="LineShapes">Component line shapes, e.g. "SGL(30)".</param>
/// <param name="KineticEnergyElectronVolts">K.E. column.</param>
/// <param name="Counts">Counts column.</param>
/// <param name="ComponentCounts">Each component on the background (counts), one array per component.</param>
/// <param name="BackgroundCounts">Background column (counts).</param>
/// <param name="EnvelopeCounts">Envelope column (counts).</param>
/// <param name="BindingEnergyElectronVolts">B.E. column.</param>
public sealed record CasaLineshapesExport(string Source, string Title, IReadOnlyList<string> Names, IReadOnlyList<double> Positions,
    IReadOnlyList<double> Fwhms, IReadOnlyList<double> Areas, IReadOnlyList<string> LineShapes, IReadOnlyList<double> KineticEnergyElectronVolts,
    IReadOnlyList<double> Counts, IReadOnlyList<IReadOnlyList<double>> ComponentCounts, IReadOnlyList<double> BackgroundCounts,
    IReadOnlyList<double> EnvelopeCounts, IReadOnlyList<double> BindingEnergyElectronVolts)
{
    /// <summary>Reads the export; a missing header row or non-numeric cell gives a <see cref="DataFormatException"/> with the line.</summary>
    public static CasaLineshapesExport Read(string path) => Parse(TextDecoding.ReadAllText(path), path);

    /// <summary>Parses the export text.</summary>
    public static CasaLineshapesExport Parse(string text, string source = "CasaXPS lineshapes export")
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        string[] Row(string key, out int at)
        {
            at = Array.FindIndex(lines, l => l.StartsWith(key + "\t", StringComparison.Ordinal));
            if (at < 0) throw new DataFormatException(source, "header", $"a row starting with '{key}'", "none");
            return lines[at].Split('\t');
        }
        var names = Row("Name", out _).Skip(2).Where(s => s.Length > 0).ToArray();
        int nc = names.Length;
        double[] Numbers(string key)
        {
            var cells = Row(key, out int at);
            return cells.Skip(2).Take(nc).Select(c => Parse1(c, at + 1)).ToArray();
        }
        double Parse1(string c, int line) => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v
            : throw new DataFormatException(source, $"line {line}", "a number", c);
        var positions = Numbers("Position");
        var fwhms = Numbers("FWHM");
        var areas = Numbers("Area");
        var shapes = Row("Lineshape", out _).Skip(2).Take(nc).ToArray();
        var header = Row("K.E.", out int headerAt);
        int bgCol = Array.IndexOf(header, "Background"), envCol = Array.IndexOf(header, "Envelope"), beCol = Array.IndexOf(header, "B.E.");
        if (bgCol < 0 || envCol < 0) throw new DataFormatException(source, $"line {headerAt + 1}", "'Background' and 'Envelope' columns", lines[headerAt]);
        var ke = new List<double>(); var counts = new List<double>(); var bg = new List<double>(); var env = new List<double>(); var be = new List<double>();
        var comps = Enumerable.Range(0, nc).Select(_ => new List<double>()).ToArray();
        for (int i = headerAt + 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var c = lines[i].Split('\t');
            if (c.Length <= envCol) throw new DataFormatException(source, $"line {i + 1}", $"at least {envCol + 1} tab-separated cells", lines[i]);
            ke.Add(Parse1(c[0], i + 1)); counts.Add(Parse1(c[1], i + 1));
            for (int k = 0; k < nc; k++) comps[k].Add(Parse1(c[2 + k], i + 1));
            bg.Add(Parse1(c[bgCol], i + 1)); env.Add(Parse1(c[envCol], i + 1));
            if (beCol >= 0 && beCol < c.Length) be.Add(Parse1(c[beCol], i + 1));
        }
        return new CasaLineshapesExport(source, lines[0], names, positions, fwhms, areas, shapes, ke, counts, comps, bg, env, be);
    }

    /// <summary>The counts columns as a table (K.E., counts, components, background, envelope).</summary>
    public ColumnTable ToTable()
    {
        var cols = new List<TableColumn> { TableColumn.Of("kinetic_energy", "eV", KineticEnergyElectronVolts), TableColumn.Of("counts", "", Counts) };
        for (int k = 0; k < Names.Count; k++) cols.Add(TableColumn.Of($"{Names[k]} #{k + 1} {LineShapes[k]}", "", ComponentCounts[k]));
        cols.Add(TableColumn.Of("background", "", BackgroundCounts));
        cols.Add(TableColumn.Of("envelope", "", EnvelopeCounts));
        return new ColumnTable(cols, Title);
    }
}
