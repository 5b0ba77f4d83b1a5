using System.Globalization;
using System.Text.Json;
using SiAnode.Scripting.Porosity;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>
/// Reads pyGAPS JSON isotherms (pyGAPS ≥ 3: header keys <c>adsorbate</c>, <c>temperature</c>, <c>pressure_mode</c>, <c>pressure_unit</c>,
/// <c>loading_basis</c>, <c>loading_unit</c>, <c>material_basis</c>, <c>material_unit</c>, and <c>isotherm_data</c> either as a list of
/// {pressure, loading, branch} objects (file_version 3.0) or as an object of parallel arrays). Absolute pressures are made relative
/// with p₀ from <see cref="Adsorbate.SaturationPressureKilopascals"/> at the file's temperature, as pyGAPS does (it takes p₀ from CoolProp).
/// </summary>
public static class PyGapsJsonReader
{
    /// <summary>Parses pyGAPS JSON text; <paramref name="source"/> names the input in errors.</summary>
    public static Isotherm Parse(string text, string source, IsothermLoadOptions? options = null)
    {
        options ??= new IsothermLoadOptions();
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true }); }
        catch (JsonException e)
        {
            throw new DataFormatException(source, $"line {(e.LineNumber ?? 0) + 1}, byte {e.BytePositionInLine ?? 0}", "well-formed JSON", e.Message, e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("isotherm_data", out var data))
                throw new DataFormatException(source, "top level", "a pyGAPS isotherm object with an \"isotherm_data\" member", Head(text));

            var meta = new Dictionary<string, string>();
            foreach (var prop in root.EnumerateObject())
                if (prop.Name != "isotherm_data" && prop.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
                    meta[prop.Name] = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString()! : prop.Value.GetRawText();

            string adsName = Str(root, "adsorbate") ?? options.Adsorbate?.Name ?? "nitrogen";
            var adsorbate = options.Adsorbate ?? Adsorbate.Find(adsName)
                ?? throw new DataFormatException(source, "\"adsorbate\"", "an adsorbate the library knows (" + string.Join(", ", Adsorbate.Known.Select(a => a.Name)) + ")", adsName);

            double? temperature = options.TemperatureKelvin;
            if (temperature is null && root.TryGetProperty("temperature", out var tEl) && tEl.ValueKind == JsonValueKind.Number)
                temperature = UnitText.Kelvin(tEl.GetDouble(), Str(root, "temperature_unit"))
                    ?? throw new DataFormatException(source, "\"temperature_unit\"", "K or °C", Str(root, "temperature_unit") ?? "");

            string pressureMode = Str(root, "pressure_mode") ?? "absolute";
            string? pressureUnit = Str(root, "pressure_unit");
            string loadingBasis = Str(root, "loading_basis") ?? "molar";
            string loadingUnit = Str(root, "loading_unit") ?? "mmol";
            string materialBasis = Str(root, "material_basis") ?? "mass";
            string materialUnit = Str(root, "material_unit") ?? "g";

            if (loadingBasis != "molar" && loadingBasis != "volume_gas")
                throw new DataFormatException(source, "\"loading_basis\"", "molar or volume_gas (amount of gas)", loadingBasis);
            if (materialBasis != "mass")
                throw new DataFormatException(source, "\"material_basis\"", "mass (amounts per mass of sample)", materialBasis);
            double cm3PerUnit = UnitText.Cm3StpPerAmountUnit(loadingUnit)
                ?? throw new DataFormatException(source, "\"loading_unit\"", "mmol, mol or cm3(STP)", loadingUnit);
            double gramsPerMaterialUnit = UnitText.GramsPer(materialUnit)
                ?? throw new DataFormatException(source, "\"material_unit\"", "g, kg or mg", materialUnit);
            double amountFactor = cm3PerUnit / gramsPerMaterialUnit;

            double? kPaPerUnit = null, p0 = null;
            if (pressureMode == "absolute")
            {
                kPaPerUnit = PressureUnits.KilopascalsPer(pressureUnit ?? "bar")
                    ?? throw new DataFormatException(source, "\"pressure_unit\"", "a pressure unit (bar, kPa, Pa, Torr, atm...)", pressureUnit ?? "");
                p0 = options.SaturationPressureKilopascals;
                if (p0 is null)
                {
                    if (temperature is null)
                        throw new DataFormatException(source, "\"temperature\"", "a temperature to compute p0 for absolute pressures", "none");
                    p0 = adsorbate.SaturationPressureKilopascals(temperature.Value);
                }
            }
            else if (pressureMode != "relative" && pressureMode != "relative%")
                throw new DataFormatException(source, "\"pressure_mode\"", "absolute, relative or relative%", pressureMode);

            var (pressures, loadings, branches) = ReadData(data, source);
            var points = new IsothermPoint[pressures.Count];
            bool flagged = branches.Any(b => b is not null);
            var inferred = Isotherm.InferBranches(pressures);
            for (int i = 0; i < points.Length; i++)
            {
                double rel = pressureMode switch
                {
                    "absolute" => pressures[i] * kPaPerUnit!.Value / p0!.Value,
                    "relative%" => pressures[i] / 100.0,
                    _ => pressures[i],
                };
                if (rel < 0)
                    throw new DataFormatException(source, $"isotherm_data[{i}]", "a non-negative pressure", pressures[i].ToString("R", CultureInfo.InvariantCulture));
                var branch = flagged ? (branches[i] == true ? IsothermBranch.Desorption : IsothermBranch.Adsorption) : inferred[i];
                points[i] = new IsothermPoint(rel, loadings[i] * amountFactor, branch,
                    kPaPerUnit is { } k ? pressures[i] * k : null, p0);
            }
            var table = new ColumnTable(
            [
                TableColumn.Of("pressure", pressureMode == "absolute" ? pressureUnit ?? "bar" : "p/p0", pressures.ToArray()),
                TableColumn.Of("loading", $"{loadingUnit}/{materialUnit}", loadings.ToArray()),
                TableColumn.Of("branch", branches.Select((b, i) => (flagged ? b == true : inferred[i] == IsothermBranch.Desorption) ? "des" : "ads").ToArray()),
            ], source);
            return new Isotherm(adsorbate, LoaderChecks.Points(points, source), temperature, null, meta, source, table);
        }
    }

    private static (List<double> P, List<double> N, List<bool?> Des) ReadData(JsonElement data, string source)
    {
        var p = new List<double>(); var n = new List<double>(); var des = new List<bool?>();
        if (data.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (var pt in data.EnumerateArray())
            {
                if (pt.ValueKind != JsonValueKind.Object)
                    throw new DataFormatException(source, $"isotherm_data[{i}]", "an object {pressure, loading}", pt.GetRawText());
                p.Add(Number(pt, "pressure", source, i));
                n.Add(Number(pt, "loading", source, i));
                des.Add(pt.TryGetProperty("branch", out var b) ? IsDes(b) : null);
                i++;
            }
        }
        else if (data.ValueKind == JsonValueKind.Object)
        {
            var pa = Array(data, "pressure", source); var na = Array(data, "loading", source);
            if (pa.Count != na.Count)
                throw new DataFormatException(source, "isotherm_data", "as many loadings as pressures", $"{pa.Count} pressures, {na.Count} loadings");
            p.AddRange(pa); n.AddRange(na);
            if (data.TryGetProperty("branch", out var br) && br.ValueKind == JsonValueKind.Object)
            {
                // pandas "split"-less dict form: {"0": 0.0, "1": 1.0 ...}
                var flags = br.EnumerateObject().Select(x => IsDes(x.Value)).ToList();
                des.AddRange(flags.Count == p.Count ? flags : p.Select(_ => (bool?)null));
            }
            else if (data.TryGetProperty("branch", out br) && br.ValueKind == JsonValueKind.Array && br.GetArrayLength() == p.Count)
                des.AddRange(br.EnumerateArray().Select(IsDes));
            else des.AddRange(p.Select(_ => (bool?)null));
        }
        else throw new DataFormatException(source, "isotherm_data", "a list of points or an object of arrays", data.GetRawText());
        if (p.Count == 0) throw new DataFormatException(source, "isotherm_data", "at least one point", "an empty list");
        return (p, n, des);
    }

    private static bool? IsDes(JsonElement b) => b.ValueKind switch
    {
        JsonValueKind.String => b.GetString() == "des",
        JsonValueKind.Number => b.GetDouble() != 0,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static List<double> Array(JsonElement obj, string name, string source)
    {
        if (!obj.TryGetProperty(name, out var el)) throw new DataFormatException(source, "isotherm_data", $"a \"{name}\" member", "none");
        var values = el.ValueKind switch
        {
            JsonValueKind.Array => el.EnumerateArray().ToList(),
            JsonValueKind.Object => el.EnumerateObject().Select(x => x.Value).ToList(),
            _ => throw new DataFormatException(source, $"isotherm_data.{name}", "an array of numbers", el.GetRawText()),
        };
        return values.Select((v, i) => v.ValueKind == JsonValueKind.Number && double.IsFinite(v.GetDouble()) ? v.GetDouble()
            : throw new DataFormatException(source, $"isotherm_data.{name}[{i}]", "a finite number", v.GetRawText())).ToList();
    }

    private static double Number(JsonElement pt, string name, string source, int i)
    {
        if (!pt.TryGetProperty(name, out var v))
            throw new DataFormatException(source, $"isotherm_data[{i}]", $"a \"{name}\" value", pt.GetRawText());
        if (v.ValueKind != JsonValueKind.Number || !double.IsFinite(v.GetDouble()))
            throw new DataFormatException(source, $"isotherm_data[{i}].{name}", "a finite number", v.GetRawText());
        return v.GetDouble();
    }

    private static string? Str(JsonElement root, string name)
        => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Head(string text) => text.Length <= 60 ? text : text[..60];
}
