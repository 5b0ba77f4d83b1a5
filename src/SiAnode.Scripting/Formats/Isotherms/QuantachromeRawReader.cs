using System.Globalization;
using System.Text.RegularExpressions;
using SiAnode.Scripting.Porosity;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>
/// Reads Quantachrome / Anton Paar "Raw Analysis Data" text exports (NovaWin, ASiQwin): a header of "Label: value" fields
/// (sample ID, weight, analysis gas, bath temperature...), then a table whose header line names the columns
/// (<c>P/Po</c> or <c>Press</c>, <c>Po</c>/<c>P0</c>, <c>Volume @ STP</c>, optional Time, Tol, Equ), a line of units, and the points.
/// The file is cp1252 text. Points up to the highest pressure are adsorption, the rest desorption.
/// <para>
/// "Volume @ STP" in unit <c>cc</c> is the volume adsorbed by the whole sample, so it is divided by the sample weight to give cm³(STP)/g
/// (DUT-6: 44.0 cc on 0.0339 g = 1299 cm³/g, matching that MOF's published uptake; per gram the area would be 30× too small).
/// adsorption-file-parser keeps the raw cc; <see cref="Isotherm.SourceTable"/> holds those raw values unchanged.
/// A unit of <c>cc/g</c> is taken as already per gram.
/// </para>
/// </summary>
public static class QuantachromeRawReader
{
    /// <summary>Whether the text looks like a Quantachrome raw export (the vendor name in the first lines and a "Volume @ STP" column).</summary>
    public static bool Looks(string text)
    {
        string head = text.Length > 4000 ? text[..4000] : text;
        return head.Contains("Quantachrome", StringComparison.OrdinalIgnoreCase) && head.Contains("Volume @ STP", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses the decoded text; <paramref name="source"/> names the input in errors.</summary>
    public static Isotherm Parse(string text, string source, IsothermLoadOptions? options = null)
    {
        options ??= new IsothermLoadOptions();
        var lines = VendorText.Lines(text);
        int header = Array.FindIndex(lines, l => l.Contains("Volume @ STP", StringComparison.OrdinalIgnoreCase));
        if (header < 0)
            throw new DataFormatException(source, "header", "a column header line containing 'Volume @ STP'", lines.FirstOrDefault(l => l.Trim().Length > 0) ?? "empty file");

        string headText = string.Join("\n", lines.Take(header));
        var meta = new Dictionary<string, string>();
        void Grab(string key, string pattern)
        {
            var m = Regex.Match(headText, pattern, RegexOptions.IgnoreCase | RegexOptions.Multiline);
            if (m.Success) meta[key] = m.Groups[1].Value.Trim();
        }
        Grab("operator", @"Operator:\s*(.*?)\s*Date:");
        Grab("date", @"Operator:.*?Date:\s*(\S+(?: \d+:\d+)?)");
        Grab("material", @"Sample ID:\s*(.*?)\s*(?:Filename:|$)");
        Grab("filename", @"Filename:\s*(\S+)");
        Grab("material_description", @"Sample Desc:\s*(.*?)\s*(?:Comment:|$)");
        Grab("material_mass", @"Sample weight:\s*([-+0-9.eE]+)\s*g");
        Grab("material_volume", @"Sample Volume:\s*(\S+ ?\S*)");
        Grab("outgas_time", @"Outgas Time:\s*(\S+ \S+)");
        Grab("outgas_temperature", @"Outgas ?Temp:\s*(\S+ \S+)");
        Grab("adsorbate", @"Analysis gas:\s*(\S+)");
        Grab("temperature", @"Bath temp\.?:\s*([-+0-9.eE]+)\s*K");
        Grab("adsorbate_molecular_weight", @"Molec\. Wt:\s*(\S+ \S+)");
        Grab("adsorbate_non_ideality", @"Non-ideality:\s*(\S+ \S+)");
        Grab("measurement_duration", @"Analysis Time:\s*(\S+ \S+)");
        Grab("apparatus", @"Instrument:\s*(.*?)(?:\s{2,}|$)");
        Grab("cell_id", @"Cell ID:\s*(\S+)");

        // Columns are separated by two or more spaces; units sit on the next non-blank line under their columns.
        var columns = Regex.Matches(lines[header], @"\S+(?: \S+)*").Select(m => (Name: m.Value, Start: m.Index, End: m.Index + m.Length)).ToList();
        int unitLine = header + 1;
        while (unitLine < lines.Length && lines[unitLine].Trim().Length == 0) unitLine++;
        var units = new string[columns.Count];
        for (int c = 0; c < units.Length; c++) units[c] = "";
        int firstData = unitLine;
        if (unitLine < lines.Length && !VendorText.TryNumber(lines[unitLine].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], false, out _))
        {
            foreach (Match u in Regex.Matches(lines[unitLine], @"\S+"))
            {
                double centre = u.Index + u.Length / 2.0;
                int best = Enumerable.Range(0, columns.Count).OrderBy(c => Math.Abs((columns[c].Start + columns[c].End) / 2.0 - centre)).First();
                units[best] = u.Value;
            }
            firstData = unitLine + 1;
        }

        int Col(params string[] names) => columns.FindIndex(c => names.Any(n => string.Equals(c.Name, n, StringComparison.OrdinalIgnoreCase)));
        int relCol = Col("P/Po", "P/P0"), pCol = Col("Press", "Pressure"), p0Col = Col("Po", "P0"), vCol = Col("Volume @ STP");
        if (relCol < 0 && (pCol < 0 || p0Col < 0))
            throw new DataFormatException(source, $"line {header + 1}", "a 'P/Po' column, or 'Press' and 'P0' columns", lines[header]);

        var values = columns.Select(_ => new List<double>()).ToArray();
        int lastLine = firstData;
        for (int li = firstData; li < lines.Length; li++)
        {
            string line = lines[li].Trim();
            if (line.Length == 0) continue;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!VendorText.TryNumber(fields[0], false, out _))
            {
                if (values[0].Count == 0)
                    throw new DataFormatException(source, $"line {li + 1}", "a row of numbers under the column header", lines[li]);
                break; // a following section of the report
            }
            if (fields.Length != columns.Count)
                throw new DataFormatException(source, $"line {li + 1}", $"{columns.Count} numbers ({string.Join(", ", columns.Select(c => c.Name))})", lines[li]);
            for (int c = 0; c < fields.Length; c++)
            {
                if (!VendorText.TryNumber(fields[c], false, out double v))
                    throw new DataFormatException(source, $"line {li + 1}, column '{columns[c].Name}'", "a number", fields[c]);
                values[c].Add(v);
            }
            lastLine = li;
        }
        if (values[0].Count == 0)
            throw new DataFormatException(source, $"line {firstData + 1}", "at least one data row", "end of file");

        var adsorbate = options.Adsorbate ?? (meta.TryGetValue("adsorbate", out var gas) ? Adsorbate.Find(gas) : null) ?? Adsorbate.Nitrogen;
        double? temperature = options.TemperatureKelvin ?? (meta.TryGetValue("temperature", out var t) && VendorText.TryNumber(t, false, out double tk) ? tk : null);
        double? mass = meta.TryGetValue("material_mass", out var ms) && VendorText.TryNumber(ms, false, out double m) && m > 0 ? m : null;

        string vUnit = UnitText.Normalise(units[vCol]);
        bool perGram = vUnit.Contains("/g", StringComparison.Ordinal);
        double? cm3 = UnitText.Cm3StpPerAmountUnit(vUnit.Length == 0 ? "cc" : vUnit);
        if (cm3 is null)
            throw new DataFormatException(source, $"line {unitLine + 1}", "a volume unit (cc or cc/g) under 'Volume @ STP'", units[vCol]);
        if (!perGram && mass is null)
            throw new DataFormatException(source, "header", "'Sample weight: <mass> g' to turn the sample's cc into cc/g", "no sample weight");
        double amountFactor = cm3.Value / (perGram ? 1.0 : mass!.Value);

        int n = values[0].Count;
        double? kPaPerUnit = pCol >= 0 ? PressureUnits.KilopascalsPer(units[pCol].Length == 0 ? "torr" : units[pCol]) : null;
        double? kPaPerP0Unit = p0Col >= 0 ? PressureUnits.KilopascalsPer(units[p0Col].Length == 0 ? "torr" : units[p0Col]) : null;
        var rel = new double[n];
        for (int i = 0; i < n; i++)
        {
            if (relCol >= 0) rel[i] = values[relCol][i];
            else
            {
                double p0 = values[p0Col][i] * (kPaPerP0Unit ?? 1), p = values[pCol][i] * (kPaPerUnit ?? 1);
                if (!(p0 > 0)) throw new DataFormatException(source, $"data row {i + 1}", "a positive P0", values[p0Col][i].ToString(CultureInfo.InvariantCulture));
                rel[i] = p / p0;
            }
        }
        var branches = Isotherm.InferBranches(rel);
        var points = new IsothermPoint[n];
        for (int i = 0; i < n; i++)
            points[i] = new IsothermPoint(rel[i], values[vCol][i] * amountFactor, branches[i],
                pCol >= 0 && kPaPerUnit is { } k ? values[pCol][i] * k : p0Col >= 0 && kPaPerP0Unit is { } k0 ? rel[i] * values[p0Col][i] * k0 : null,
                p0Col >= 0 && kPaPerP0Unit is { } kk ? values[p0Col][i] * kk : null);

        var table = new ColumnTable(columns.Select((c, ci) => TableColumn.Of(c.Name, units[ci], values[ci].ToArray())), source);
        return new Isotherm(adsorbate, LoaderChecks.Points(points, source), temperature, mass, meta, source, table);
    }
}
