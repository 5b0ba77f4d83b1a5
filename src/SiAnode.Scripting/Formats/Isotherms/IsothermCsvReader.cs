using System.Globalization;
using SiAnode.Scripting.Porosity;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>
/// Reads delimited isotherm text: first column pressure, second amount adsorbed (further columns are kept in the source table).
/// The separator is a comma, a semicolon or a tab (the first data line decides); with a semicolon or tab a decimal comma is accepted.
/// Units come from the header ("Relative Pressure (P/Po)", "Quantity Adsorbed (cm3/g STP)", "... (mmol/g)", "Pressure (kPa)") or,
/// when the file has no header (BEaTmap's fixtures), from <see cref="IsothermLoadOptions.AmountUnit"/> and
/// <see cref="IsothermLoadOptions.PressureUnit"/>: a headerless file without declared units is refused rather than guessed.
/// </summary>
public static class IsothermCsvReader
{
    /// <summary>Parses the decoded text; <paramref name="source"/> names the input in errors.</summary>
    public static Isotherm Parse(string text, string source, IsothermLoadOptions? options = null)
    {
        options ??= new IsothermLoadOptions();
        var lines = VendorText.Lines(text);
        int first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0) throw new DataFormatException(source, "line 1", "an isotherm table (pressure, amount)", "an empty file");

        // The separator: decided on the first line that starts with a number, else on the header.
        string probe = lines.Skip(first).FirstOrDefault(l => l.Trim().Length > 0 && (char.IsDigit(l.TrimStart()[0]) || l.TrimStart()[0] is '.' or '-')) ?? lines[first];
        char sep = probe.Contains(';') ? ';' : probe.Contains('\t') ? '\t' : ',';
        bool decimalComma = sep != ',';

        var records = Csv.Read(string.Join("\n", lines.Skip(first)), source, sep).Select(r => (Line: r.Line + first, r.Fields)).ToList();
        var firstFields = records[0].Fields;
        bool hasHeader = !VendorText.TryNumber(firstFields[0], decimalComma, out _);
        string pressureHeader = hasHeader ? firstFields[0].Trim() : "";
        string amountHeader = hasHeader && firstFields.Length > 1 ? firstFields[1].Trim() : "";

        string? pUnit = options.PressureUnit ?? (hasHeader ? PressureUnitOf(pressureHeader) : null);
        string? aUnit = options.AmountUnit ?? (hasHeader ? AmountUnitOf(amountHeader) : null);
        if (pUnit is null)
            throw new DataFormatException(source, $"line {records[0].Line}", "a pressure header naming its unit (P/Po, relative, kPa, bar, Torr...) or a declared IsothermLoadOptions.PressureUnit",
                hasHeader ? pressureHeader : string.Join(sep, firstFields));
        if (aUnit is null)
            throw new DataFormatException(source, $"line {records[0].Line}", "an amount header naming its unit (cm3/g STP, mmol/g, mol/g) or a declared IsothermLoadOptions.AmountUnit",
                hasHeader ? amountHeader : string.Join(sep, firstFields));
        double cm3Factor = UnitText.Cm3StpPerAmountUnit(aUnit)
            ?? throw new DataFormatException(source, $"line {records[0].Line}", "an amount unit of cm3(STP)/g, mmol/g or mol/g", aUnit);
        bool relative = pUnit == "relative";
        double? kPaPer = relative ? null : PressureUnits.KilopascalsPer(pUnit)
            ?? throw new DataFormatException(source, $"line {records[0].Line}", "a pressure unit (relative, kPa, bar, Torr...)", pUnit);

        var data = records.Skip(hasHeader ? 1 : 0).ToList();
        if (data.Count == 0) throw new DataFormatException(source, $"line {records[0].Line + 1}", "data rows after the header", "end of file");
        int width = Math.Max(2, hasHeader ? firstFields.Length : data[0].Fields.Length);
        var cols = Enumerable.Range(0, width).Select(_ => new List<double>()).ToArray();
        foreach (var (line, fields) in data)
        {
            if (fields.All(f => f.Trim().Length == 0)) continue;
            if (fields.Length < 2)
                throw new DataFormatException(source, $"line {line}", $"a pressure and an amount separated by '{(sep == '\t' ? "\\t" : sep.ToString())}'", string.Join(sep, fields));
            for (int c = 0; c < width; c++)
            {
                string f = c < fields.Length ? fields[c] : "";
                if (!VendorText.TryNumber(f, decimalComma, out double v))
                {
                    if (c >= 2 && f.Trim().Length == 0) { v = double.NaN; }
                    else throw new DataFormatException(source, $"line {line}, column {c + 1}", decimalComma ? "a number (decimal point or comma)" : "a number", f);
                }
                cols[c].Add(v);
            }
        }

        var adsorbate = options.Adsorbate ?? Adsorbate.Nitrogen;
        double? temperature = options.TemperatureKelvin ?? (ReferenceEquals(adsorbate, Adsorbate.Nitrogen) ? adsorbate.NormalBoilingPointKelvin : null);
        double? p0 = null;
        if (!relative)
        {
            p0 = options.SaturationPressureKilopascals ?? (temperature is { } t ? adsorbate.SaturationPressureKilopascals(t)
                : throw new DataFormatException(source, "options", "a temperature or p0 to make absolute pressures relative", "neither"));
        }
        int n = cols[0].Count;
        var rel = cols[0].Select(p => relative ? p : p * kPaPer!.Value / p0!.Value).ToArray();
        for (int i = 0; i < n; i++)
            if (rel[i] < 0) throw new DataFormatException(source, $"data row {i + 1}", "a non-negative pressure", cols[0][i].ToString("R", CultureInfo.InvariantCulture));
        var branches = Isotherm.InferBranches(rel);
        var points = Enumerable.Range(0, n).Select(i => new IsothermPoint(rel[i], cols[1][i] * cm3Factor, branches[i],
            relative ? null : cols[0][i] * kPaPer!.Value, p0)).ToArray();

        var table = new ColumnTable(cols.Select((c, i) => TableColumn.Of(
            i == 0 ? (hasHeader ? pressureHeader : "pressure") : i == 1 ? (hasHeader ? amountHeader : "amount") : (hasHeader && i < firstFields.Length ? firstFields[i].Trim() : $"column {i + 1}"),
            i == 0 ? pUnit : i == 1 ? aUnit : "", c.ToArray())), source);
        var meta = new Dictionary<string, string> { ["pressure_unit"] = pUnit, ["amount_unit"] = aUnit };
        return new Isotherm(adsorbate, LoaderChecks.Points(points, source), temperature, null, meta, source, table);
    }

    /// <summary>"relative" for p/p0 headers, a pressure unit when the header names one, else null.</summary>
    internal static string? PressureUnitOf(string header)
    {
        string h = header.ToLowerInvariant();
        if (h.Contains("p/p") || h.Contains("relative") || h.Contains("p/ p")) return "relative";
        foreach (var u in new[] { "kpa", "mpa", "mbar", "bar", "torr", "mmhg", "atm", "psi", "pa" })
            if (System.Text.RegularExpressions.Regex.IsMatch(h, $@"(^|[^a-z]){u}([^a-z]|$)")) return u;
        return null;
    }

    /// <summary>"cm3/g", "mmol/g", "mol/g" when the header names the unit, else null.</summary>
    internal static string? AmountUnitOf(string header)
    {
        string h = UnitText.Normalise(header);
        if (h.Contains("mmol")) return "mmol/g";
        if (h.Contains("µmol") || h.Contains("umol")) return "umol/g";
        if (h.Contains("mol/g") || h.Contains("(mol")) return "mol/g";
        if (h.Contains("cm3") || h.Contains("cc") || h.Contains("ml/g")) return "cm3/g";
        return null;
    }
}
