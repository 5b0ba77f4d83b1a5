using System.Globalization;
using System.Text.RegularExpressions;
using SiAnode.Scripting.Porosity;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>
/// Reads Micromeritics report exports in Excel 97–2003 format (.xls: an OLE compound document holding a BIFF8 workbook), as written
/// by MicroActive, 3Flex and ASAP software. The first worksheet holds report blocks side by side; the isotherm is the block titled
/// "Isotherm Tabular Report": two rows below the title a header row ("Relative Pressure (p/p°)", "Absolute Pressure (kPa)",
/// "Quantity Adsorbed (cm³/g STP)" or "(mmol/g)", "Elapsed Time", "Saturation Pressure"), then the points, possibly with one-row gaps
/// where p° was measured. Header fields (Sample, Analysis adsorptive, Analysis bath temp., Sample mass, Operator) sit in the first
/// block with their value in the next cell; the instrument is cell A2. Quantities are already per gram.
/// </summary>
public static class MicromeriticsXlsReader
{
    /// <summary>Parses the bytes of an .xls report; <paramref name="source"/> names the input in errors.</summary>
    public static Isotherm Parse(byte[] bytes, string source, IsothermLoadOptions? options = null)
    {
        options ??= new IsothermLoadOptions();
        var cf = new CompoundFile(bytes, source);
        var workbook = cf.Stream("Workbook") ?? cf.Stream("Book")
            ?? throw new DataFormatException(source, "OLE directory", "a 'Workbook' stream (an Excel 97–2003 file)", "no such stream");
        var sheet = new Biff8Sheet(workbook, source);

        var title = sheet.Strings().Where(s => s.Text.Trim() == "Isotherm Tabular Report").OrderBy(s => s.Row).ThenBy(s => s.Col).FirstOrDefault();
        if (title.Text is null)
            throw new DataFormatException(source, "first worksheet", "a cell 'Isotherm Tabular Report' (a Micromeritics report export)", sheet.Text(0, 0));

        int headerRow = title.Row + 2;
        var columns = new List<(int Col, string Header)>();
        for (int c = title.Col; c < sheet.ColumnCount; c++)
        {
            string h = sheet.Text(headerRow, c).Trim();
            string lower = h.ToLowerInvariant();
            if (!(lower.StartsWith("relative", StringComparison.Ordinal) || lower.StartsWith("absolute", StringComparison.Ordinal)
                  || lower.StartsWith("quantity", StringComparison.Ordinal) || lower.StartsWith("elapsed", StringComparison.Ordinal)
                  || lower.StartsWith("saturation", StringComparison.Ordinal))) break;
            columns.Add((c, h));
        }
        int Find(string prefix) => columns.FindIndex(c => c.Header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        int rel = Find("relative"), abs = Find("absolute"), qty = Find("quantity");
        if (qty < 0 || (rel < 0 && abs < 0))
            throw new DataFormatException(source, CellName(headerRow, title.Col), "column headers 'Relative Pressure (p/p°)' or 'Absolute Pressure (unit)' and 'Quantity Adsorbed (unit)'",
                string.Join(" | ", columns.Select(c => c.Header)));
        string amountUnit = IsothermCsvReader.AmountUnitOf(columns[qty].Header)
            ?? throw new DataFormatException(source, CellName(headerRow, columns[qty].Col), "a quantity unit (cm³/g STP, mmol/g)", columns[qty].Header);
        double cm3 = UnitText.Cm3StpPerAmountUnit(amountUnit)!.Value;
        string? pUnit = abs >= 0 ? IsothermCsvReader.PressureUnitOf(columns[abs].Header) : null;
        double? kPaPer = pUnit is null ? null : PressureUnits.KilopascalsPer(pUnit);
        if (abs >= 0 && kPaPer is null)
            throw new DataFormatException(source, CellName(headerRow, columns[abs].Col), "a pressure unit (kPa, mbar, mmHg...)", columns[abs].Header);

        // Points: rows where the key column holds a number, from two or three rows under the header, tolerating one-row gaps.
        int key = rel >= 0 ? columns[rel].Col : columns[abs].Col;
        int row = headerRow + 1;
        if (Number(sheet[row, key]) is null) row++;
        var rows = new List<int>();
        while (row < sheet.RowCount)
        {
            if (Number(sheet[row, key]) is not null) { rows.Add(row); row++; continue; }
            if (Number(sheet[row + 1, key]) is not null && rows.Count > 0) { row++; continue; }
            break;
        }
        if (rows.Count == 0)
            throw new DataFormatException(source, CellName(headerRow + 1, key), "numbers under the isotherm header", sheet.Text(headerRow + 1, key));

        double Cell(int r, int colIndex)
        {
            int c = columns[colIndex].Col;
            return Number(sheet[r, c]) ?? throw new DataFormatException(source, CellName(r, c), $"a number in column '{columns[colIndex].Header}'", sheet.Text(r, c));
        }
        var relValues = rel >= 0 ? rows.Select(r => Cell(r, rel)).ToArray() : null;
        var absValues = abs >= 0 ? rows.Select(r => Cell(r, abs)).ToArray() : null;
        var qtyValues = rows.Select(r => Cell(r, qty)).ToArray();

        var meta = new Dictionary<string, string>();
        foreach (var (label, name) in new[] { ("sample:", "material"), ("operator:", "operator"), ("analysis adsorptive:", "adsorbate"),
                     ("analysis bath temp.:", "temperature"), ("sample mass:", "material_mass"), ("started:", "date"), ("completed:", "date_finished"), ("report time:", "date_report") })
        {
            var cell = sheet.Strings().Where(s => string.Equals(s.Text.Trim(), label, StringComparison.OrdinalIgnoreCase)).OrderBy(s => s.Row).ThenBy(s => s.Col).FirstOrDefault();
            if (cell.Text is not null && sheet.Text(cell.Row, cell.Col + 1).Trim() is { Length: > 0 } v) meta[name] = v;
        }
        meta["apparatus"] = sheet.Text(1, 0);
        meta["apparatus_details"] = sheet.Text(2, 1);

        var adsorbate = options.Adsorbate ?? (meta.TryGetValue("adsorbate", out var gas) ? Adsorbate.Find(gas) : null) ?? Adsorbate.Nitrogen;
        double? temperature = options.TemperatureKelvin;
        if (temperature is null && meta.TryGetValue("temperature", out var ts))
        {
            var m = Regex.Match(ts, @"^\s*([-+0-9.,eE]+)\s*(\S+)");
            if (m.Success && VendorText.TryNumber(m.Groups[1].Value, true, out double tv)) temperature = UnitText.Kelvin(tv, m.Groups[2].Value);
        }
        double? mass = meta.TryGetValue("material_mass", out var ms) && Regex.Match(ms, @"^\s*([0-9.,eE+-]+)\s*g") is { Success: true } mm
                       && VendorText.TryNumber(mm.Groups[1].Value, true, out double mv) ? mv : null;

        int n = rows.Count;
        double[] relative;
        double? p0 = null;
        if (relValues is not null) relative = relValues;
        else
        {
            p0 = options.SaturationPressureKilopascals ?? (temperature is { } t ? adsorbate.SaturationPressureKilopascals(t)
                : throw new DataFormatException(source, "header", "a bath temperature or a relative-pressure column", "neither"));
            relative = absValues!.Select(p => p * kPaPer!.Value / p0.Value).ToArray();
        }
        var branches = Isotherm.InferBranches(relative);
        var points = Enumerable.Range(0, n).Select(i => new IsothermPoint(relative[i], qtyValues[i] * cm3, branches[i],
            absValues is null ? null : absValues[i] * kPaPer!.Value,
            absValues is not null && relValues is not null && relValues[i] > 0 ? absValues[i] * kPaPer!.Value / relValues[i] : p0)).ToArray();

        var cols = new List<TableColumn>();
        if (relValues is not null) cols.Add(TableColumn.Of(columns[rel].Header, "p/p0", relValues));
        if (absValues is not null) cols.Add(TableColumn.Of(columns[abs].Header, pUnit!, absValues));
        cols.Add(TableColumn.Of(columns[qty].Header, amountUnit, qtyValues));
        return new Isotherm(adsorbate, LoaderChecks.Points(points, source), temperature, mass, meta, source, new ColumnTable(cols, source));
    }

    private static double? Number(object? cell) => cell switch
    {
        double d when double.IsFinite(d) => d,
        string s when VendorText.TryNumber(s, false, out double v) => v,
        _ => null,
    };

    private static string CellName(int row, int col)
    {
        string letters = "";
        for (int c = col + 1; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return string.Create(CultureInfo.InvariantCulture, $"cell {letters}{row + 1}");
    }
}
