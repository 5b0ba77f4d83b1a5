using System.Globalization;
using SiAnode.Scripting.Porosity;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>
/// Reads the Adsorption Information File (AIF; Evans et al., Adsorption 29 (2023) 25), a CIF dialect: <c>_name value</c> items
/// (<c>_exptl_adsorptive</c>, <c>_exptl_temperature</c>, <c>_units_pressure</c>, <c>_units_loading</c>, <c>_units_mass</c>,
/// <c>_sample_mass</c>...) and two loops, <c>_adsorp_pressure _adsorp_p0 _adsorp_amount</c> and the same with <c>_desorp_</c>.
/// </summary>
public static class AifReader
{
    /// <summary>Whether the text looks like AIF (a <c>data_</c> block and an <c>_adsorp_pressure</c> loop column).</summary>
    public static bool Looks(string text) => text.Contains("_adsorp_pressure", StringComparison.Ordinal) && text.Contains("data_", StringComparison.Ordinal);

    /// <summary>Parses AIF text; <paramref name="source"/> names the input in errors.</summary>
    public static Isotherm Parse(string text, string source, IsothermLoadOptions? options = null)
    {
        options ??= new IsothermLoadOptions();
        var lines = VendorText.Lines(text);
        var items = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var loops = new List<(int Line, List<string> Names, List<(int Line, string[] Values)> Rows)>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("data_", StringComparison.Ordinal)) continue;
            if (line == "loop_")
            {
                var names = new List<string>(); var rows = new List<(int, string[])>();
                int start = i;
                while (i + 1 < lines.Length && lines[i + 1].Trim().StartsWith('_')) names.Add(lines[++i].Trim().Split(' ')[0]);
                while (i + 1 < lines.Length)
                {
                    string row = lines[i + 1].Trim();
                    if (row.Length == 0 || row.StartsWith('_') || row == "loop_" || row.StartsWith('#')) break;
                    i++;
                    rows.Add((i + 1, Tokens(row)));
                }
                loops.Add((start + 1, names, rows));
                continue;
            }
            if (line.StartsWith('_'))
            {
                var tok = Tokens(line);
                items[tok[0]] = tok.Length > 1 ? string.Join(" ", tok.Skip(1)) : "";
            }
        }

        string pUnit = items.GetValueOrDefault("_units_pressure", "Pa");
        string lUnit = items.GetValueOrDefault("_units_loading", "mmol");
        string mUnit = items.GetValueOrDefault("_units_mass", "g");
        double? kPaPer = PressureUnits.KilopascalsPer(pUnit);
        if (kPaPer is null) throw new DataFormatException(source, "_units_pressure", "a pressure unit (Pa, kPa, bar, Torr...)", pUnit);
        double cm3 = UnitText.Cm3StpPerAmountUnit(lUnit) ?? throw new DataFormatException(source, "_units_loading", "mmol, mol or cm3(STP)", lUnit);
        double grams = UnitText.GramsPer(mUnit) ?? throw new DataFormatException(source, "_units_mass", "g, kg or mg", mUnit);
        string? gas = items.GetValueOrDefault("_exptl_adsorptive");
        var adsorbate = options.Adsorbate ?? (gas is null ? Adsorbate.Nitrogen : Adsorbate.Find(gas)
            ?? throw new DataFormatException(source, "_exptl_adsorptive", "an adsorbate the library knows", gas));
        double? temperature = options.TemperatureKelvin;
        if (temperature is null && items.TryGetValue("_exptl_temperature", out var ts) && VendorText.TryNumber(ts, false, out double tv))
            temperature = UnitText.Kelvin(tv, items.GetValueOrDefault("_units_temperature", "K"));
        double? mass = items.TryGetValue("_sample_mass", out var ms) && VendorText.TryNumber(ms, false, out double mv) ? mv * grams : null;

        var points = new List<IsothermPoint>();
        var rawP = new List<double>(); var rawP0 = new List<double>(); var rawN = new List<double>(); var rawB = new List<string>();
        foreach (var (prefix, branch) in new[] { ("_adsorp_", IsothermBranch.Adsorption), ("_desorp_", IsothermBranch.Desorption) })
        {
            var loop = loops.FirstOrDefault(l => l.Names.Contains(prefix + "pressure"));
            if (loop.Names is null)
            {
                if (branch == IsothermBranch.Adsorption) throw new DataFormatException(source, "loops", "a loop with _adsorp_pressure and _adsorp_amount", "none");
                continue;
            }
            int pi = loop.Names.IndexOf(prefix + "pressure"), p0i = loop.Names.IndexOf(prefix + "p0"), ni = loop.Names.IndexOf(prefix + "amount");
            if (ni < 0) throw new DataFormatException(source, $"line {loop.Line}", $"a {prefix}amount column", string.Join(" ", loop.Names));
            foreach (var (line, values) in loop.Rows)
            {
                if (values.Length != loop.Names.Count)
                    throw new DataFormatException(source, $"line {line}", $"{loop.Names.Count} values ({string.Join(" ", loop.Names)})", string.Join(" ", values));
                double Get(int c) => VendorText.TryNumber(values[c], false, out double v) ? v
                    : throw new DataFormatException(source, $"line {line}, {loop.Names[c]}", "a number", values[c]);
                double p = Get(pi), n = Get(ni);
                double p0 = p0i >= 0 ? Get(p0i) * kPaPer.Value : options.SaturationPressureKilopascals
                    ?? (temperature is { } t ? adsorbate.SaturationPressureKilopascals(t) : throw new DataFormatException(source, $"line {line}", $"a {prefix}p0 column or a temperature", "neither"));
                points.Add(new IsothermPoint(p * kPaPer.Value / p0, n * cm3 / grams, branch, p * kPaPer.Value, p0));
                rawP.Add(p); rawP0.Add(p0 / kPaPer.Value); rawN.Add(n); rawB.Add(branch == IsothermBranch.Adsorption ? "ads" : "des");
            }
        }
        if (points.Count == 0) throw new DataFormatException(source, "_adsorp_ loop", "at least one point", "no rows");
        var table = new ColumnTable(
        [
            TableColumn.Of("pressure", pUnit, rawP), TableColumn.Of("p0", pUnit, rawP0),
            TableColumn.Of("amount", $"{lUnit}/{mUnit}", rawN), TableColumn.Of("branch", rawB),
        ], source);
        return new Isotherm(adsorbate, LoaderChecks.Points(points.ToArray(), source), temperature, mass, items.ToDictionary(kv => kv.Key.TrimStart('_'), kv => kv.Value), source, table);
    }

    /// <summary>Splits a CIF line into tokens, honouring single and double quotes.</summary>
    private static string[] Tokens(string line)
    {
        var list = new List<string>();
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            if (i >= line.Length) break;
            if (line[i] is '\'' or '"')
            {
                char q = line[i++]; int s = i;
                while (i < line.Length && line[i] != q) i++;
                list.Add(line[s..Math.Min(i, line.Length)]); i++;
            }
            else
            {
                int s = i;
                while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
                list.Add(line[s..i]);
            }
        }
        return list.ToArray();
    }
}
