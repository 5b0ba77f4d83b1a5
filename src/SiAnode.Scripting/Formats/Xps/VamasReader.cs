using System.Globalization;

namespace SiAnode.Scripting.Formats.Xps;

/// <summary>
/// Reads VAMAS files (ISO 14976:1998, the surface-analysis transfer format; layout after Dench, Hazell and Seah, Surf.
/// Interface Anal. 13 (1988) 63): one item per line, the experiment header, then every block with its conditional items
/// (mapping coordinates, sputtering items, AES differential width), REGULAR or IRREGULAR abscissae, several corresponding
/// variables (interleaved point by point), and the closing "end of experiment". Any missing, non-numeric or inconsistent
/// item raises a <see cref="DataFormatException"/> naming the line.
/// </summary>
public static class VamasReader
{
    private static readonly string[] MapModes = ["MAP", "MAPDP"];
    private static readonly string[] RegionModes = ["MAP", "MAPDP", "NORM", "SDP"];
    private static readonly string[] SputterModes = ["MAPDP", "MAPSVDP", "SDP", "SDPSV"];
    private static readonly string[] FieldOfViewModes = ["MAP", "MAPDP", "MAPSV", "MAPSVDP", "SEM"];
    private static readonly string[] LinescanModes = ["MAPSV", "MAPSVDP", "SEM"];
    private static readonly string[] IonTechniques = ["FABMS", "FABMS energy spec", "ISS", "SIMS", "SIMS energy spec", "SNMS", "SNMS energy spec"];
    private static readonly string[] ElectronTechniques = ["AES diff", "AES dir", "EDX", "ELS", "UPS", "XPS", "XRF"];

    /// <summary>Reads a .vms file (UTF-8 or Windows-1252).</summary>
    public static VamasFile Read(string path) => Parse(TextDecoding.ReadAllText(path), path);

    /// <summary>Parses VAMAS text.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="source">Name used in error messages.</param>
    public static VamasFile Parse(string text, string source = "VAMAS text")
    {
        var r = new LineCursor(text, source);
        string format = r.Text("format identifier");
        if (!format.StartsWith("VAMAS", StringComparison.OrdinalIgnoreCase))
            throw new DataFormatException(source, "line 1", "the VAMAS format identifier ('VAMAS Surface Chemical Analysis Standard Data Transfer Format ...')", format);
        string institution = r.Text("institution identifier");
        string model = r.Text("instrument model identifier");
        string op = r.Text("operator identifier");
        string experiment = r.Text("experiment identifier");
        var comments = r.Lines(r.Count("number of lines in comment"), "comment line");
        string mode = r.Text("experiment mode");
        string scanMode = r.Text("scan mode");
        if (scanMode is not ("REGULAR" or "IRREGULAR" or "MAPPING"))
            throw new DataFormatException(source, $"line {r.LastLine}", "scan mode REGULAR, IRREGULAR or MAPPING", scanMode);
        if (RegionModes.Contains(mode)) r.Count("number of spectral regions");
        if (MapModes.Contains(mode))
        {
            r.Count("number of analysis positions");
            r.Count("number of discrete x coordinates available in full map");
            r.Count("number of discrete y coordinates available in full map");
        }
        int nVariables = r.Count("number of experimental variables");
        var expVariables = new List<(string, string)>();
        for (int i = 0; i < nVariables; i++) expVariables.Add((r.Text("experimental variable label"), r.Text("experimental variable units")));
        int inclusion = r.Integer("number of entries in parameter inclusion or exclusion list");
        if (inclusion != 0)
            throw new DataFormatException(source, $"line {r.LastLine}", "an empty parameter inclusion/exclusion list (0); partial blocks are not supported", inclusion.ToString(CultureInfo.InvariantCulture));
        r.Count("number of manually entered items in block");
        int futureExperiment = r.Count("number of future upgrade experiment entries");
        int futureBlock = r.Count("number of future upgrade block entries");
        r.Lines(futureExperiment, "future upgrade experiment entry");
        int nBlocks = r.Count("number of blocks");

        var blocks = new List<VamasBlock>(nBlocks);
        for (int b = 0; b < nBlocks; b++)
            blocks.Add(ReadBlock(r, mode, scanMode, nVariables, futureBlock));

        string? end = r.TryText();
        if (end is not null && !end.Trim().Equals("end of experiment", StringComparison.OrdinalIgnoreCase))
            throw new DataFormatException(source, $"line {r.LastLine}", $"'end of experiment' after the {nBlocks} declared block(s) (the ordinate count of the last block may be wrong)", end);
        return new VamasFile(source, format, institution, model, op, experiment, comments, mode, scanMode, expVariables, blocks);
    }

    private static VamasBlock ReadBlock(LineCursor r, string mode, string scanMode, int nExpVariables, int futureBlock)
    {
        string id = r.Text("block identifier");
        string sample = r.Text("sample identifier");
        int year = r.Integer("year"), month = r.Integer("month"), day = r.Integer("day");
        int hour = r.Integer("hours"), minute = r.Integer("minutes"), second = r.Integer("seconds");
        r.Number("number of hours in advance of Greenwich Mean Time");
        DateTime? time = year > 0 && month is >= 1 and <= 12 && day is >= 1 and <= 31 && hour is >= 0 and < 24 && minute is >= 0 and < 60 && second is >= 0 and < 60
            ? new DateTime(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)), hour, minute, second, DateTimeKind.Unspecified)
            : null;
        var comments = r.Lines(r.Count("number of lines in block comment"), "block comment line");
        string technique = r.Text("technique");
        if (MapModes.Contains(mode)) { r.Number("x coordinate"); r.Number("y coordinate"); }
        var expValues = new double[nExpVariables];
        for (int i = 0; i < nExpVariables; i++) expValues[i] = r.Number("value of experimental variable");
        string sourceLabel = r.Text("analysis source label");
        if (SputterModes.Contains(mode) || IonTechniques.Contains(technique))
        {
            r.Number("sputtering ion or atom atomic number");
            r.Number("number of atoms in sputtering ion or atom particle");
            r.Number("sputtering ion or atom charge sign and number");
        }
        double sourceEnergy = r.Number("analysis source characteristic energy");
        double strength = r.Number("analysis source strength");
        r.Number("analysis source beam width x"); r.Number("analysis source beam width y");
        if (FieldOfViewModes.Contains(mode)) { r.Number("field of view x"); r.Number("field of view y"); }
        if (LinescanModes.Contains(mode)) for (int i = 0; i < 6; i++) r.Number("linescan coordinate");
        r.Number("analysis source polar angle of incidence");
        r.Number("analysis source azimuth");
        string analyserMode = r.Text("analyser mode");
        double pass = r.Number("analyser pass energy or retard ratio or mass resolution");
        if (technique == "AES diff") r.Number("differential width");
        r.Number("magnification of analyser transfer lens");
        double workFunction = r.Number("analyser work function or acceptance energy of atom or ion");
        r.Number("target bias");
        r.Number("analysis width x"); r.Number("analysis width y");
        r.Number("analyser axis take off polar angle"); r.Number("analyser axis take off azimuth");
        string species = r.Text("species label");
        string transition = r.Text("transition or charge state label");
        r.Number("charge of detected particle");
        string abscissaLabel = "", abscissaUnits = "";
        double start = 0, step = 0;
        if (scanMode == "REGULAR")
        {
            abscissaLabel = r.Text("abscissa label");
            abscissaUnits = r.Text("abscissa units");
            start = r.Number("abscissa start");
            step = r.Number("abscissa increment");
        }
        int nCorresponding = r.Count("number of corresponding variables");
        if (nCorresponding < 1 || (scanMode != "REGULAR" && nCorresponding < 2))
            throw new DataFormatException(r.Source, $"line {r.LastLine}", scanMode == "REGULAR" ? "at least one corresponding variable" : "at least two corresponding variables (abscissa and signal) in an IRREGULAR file", nCorresponding.ToString(CultureInfo.InvariantCulture));
        var labels = new (string Label, string Units)[nCorresponding];
        for (int i = 0; i < nCorresponding; i++) labels[i] = (r.Text("corresponding variable label"), r.Text("corresponding variable units"));
        string signalMode = r.Text("signal mode");
        double dwell = r.Number("signal collection time");
        int scans = r.Count("number of scans to compile this block");
        r.Number("signal time correction");
        if (SputterModes.Contains(mode) && ElectronTechniques.Contains(technique))
        {
            for (int i = 0; i < 6; i++) r.Number("sputtering source parameter");
            r.Text("sputtering mode");
        }
        r.Number("sample normal polar angle of tilt"); r.Number("sample normal tilt azimuth");
        r.Number("sample rotation angle");
        int nParameters = r.Count("number of additional numerical parameters");
        var parameters = new List<VamasParameter>(nParameters);
        for (int i = 0; i < nParameters; i++)
            parameters.Add(new VamasParameter(r.Text("additional parameter label"), r.Text("additional parameter units"), r.Number("additional parameter value")));
        r.Lines(futureBlock, "future upgrade block entry");
        int nOrdinates = r.Count("number of ordinate values");
        int countLine = r.LastLine;
        if (nOrdinates % nCorresponding != 0)
            throw new DataFormatException(r.Source, $"line {countLine}", $"a number of ordinate values divisible by the {nCorresponding} corresponding variables", nOrdinates.ToString(CultureInfo.InvariantCulture));
        for (int i = 0; i < nCorresponding; i++) { r.Number("minimum ordinate value"); r.Number("maximum ordinate value"); }
        int nPoints = nOrdinates / nCorresponding;
        var values = new double[nCorresponding][];
        for (int v = 0; v < nCorresponding; v++) values[v] = new double[nPoints];
        for (int p = 0; p < nPoints; p++)
            for (int v = 0; v < nCorresponding; v++)
                values[v][p] = r.Number($"ordinate value {p * nCorresponding + v + 1} of {nOrdinates} (declared at line {countLine})");

        double[] abscissa;
        int first = 0;
        if (scanMode == "REGULAR")
        {
            abscissa = new double[nPoints];
            for (int p = 0; p < nPoints; p++) abscissa[p] = start + p * step;
        }
        else
        {
            (abscissaLabel, abscissaUnits) = labels[0];
            abscissa = values[0];
            first = 1;
        }
        var variables = new List<VamasVariable>();
        for (int v = first; v < nCorresponding; v++) variables.Add(new VamasVariable(labels[v].Label, labels[v].Units, values[v]));
        return new VamasBlock(id, sample, time, comments, technique, expValues, sourceLabel, sourceEnergy, strength, analyserMode, pass,
            workFunction, species, transition, abscissaLabel, abscissaUnits, abscissa, variables, signalMode, dwell, scans, parameters);
    }

    private sealed class LineCursor
    {
        private readonly string[] _lines;
        private int _next;

        public LineCursor(string text, string source)
        {
            _lines = text.Split('\n');
            for (int i = 0; i < _lines.Length; i++) _lines[i] = _lines[i].TrimEnd('\r');
            int n = _lines.Length;
            while (n > 0 && _lines[n - 1].Length == 0) n--;
            if (n < _lines.Length) Array.Resize(ref _lines, n);
            Source = source;
        }

        public string Source { get; }

        /// <summary>1-based number of the line read last.</summary>
        public int LastLine => _next;

        public string Text(string item)
        {
            if (_next >= _lines.Length)
                throw new DataFormatException(Source, $"line {_next + 1}", $"{item} (the file is truncated)", "end of file");
            return _lines[_next++];
        }

        public string? TryText() => _next < _lines.Length ? _lines[_next++] : null;

        public List<string> Lines(int count, string item)
        {
            var list = new List<string>(count);
            for (int i = 0; i < count; i++) list.Add(Text(item));
            return list;
        }

        public double Number(string item)
        {
            string s = Text(item).Trim();
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) return v;
            if (s.Equals("end of experiment", StringComparison.OrdinalIgnoreCase))
                throw new DataFormatException(Source, $"line {_next}", $"a number ({item}); the experiment ends before the declared count", s);
            throw new DataFormatException(Source, $"line {_next}", $"a number ({item})", s);
        }

        public int Integer(string item)
        {
            string s = Text(item).Trim();
            if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)) return v;
            throw new DataFormatException(Source, $"line {_next}", $"an integer ({item})", s);
        }

        public int Count(string item)
        {
            int v = Integer(item);
            if (v < 0) throw new DataFormatException(Source, $"line {_next}", $"a non-negative count ({item})", v.ToString(CultureInfo.InvariantCulture));
            return v;
        }
    }
}
