using System.CommandLine;
using System.Globalization;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Isotherms;
using SiAnode.Scripting.Porosity;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary><c>sianode bet FILE [--range LO,HI] [--json]</c>: BET area (ISO 9277) of an isotherm file.</summary>
internal static class BetCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "isotherm file: pyGAPS JSON, AIF, Quantachrome raw text, or CSV (p/p0 or pressure, amount with units in the header)" };
        var range = new Option<string?>("--range") { Description = "fixed p/p0 range LO,HI (e.g. 0.05,0.30); automatic Rouquerol range search when omitted" };
        var adsorbate = new Option<string?>("--adsorbate") { Description = "adsorbate when the file does not say (nitrogen, argon, krypton, carbon dioxide, cyclohexane); nitrogen by default" };
        var amountUnit = new Option<string?>("--amount-unit") { Description = "amount unit of a CSV without a header: cm3/g (STP), mmol/g or mol/g" };
        var pressureUnit = new Option<string?>("--pressure-unit") { Description = "pressure unit of a CSV without a header: relative, kPa, bar, Torr..." };
        var minPoints = new Option<int>("--min-points") { Description = "automatic search: fewest points in a range", DefaultValueFactory = _ => BetOptions.Default.MinimumPoints };
        var json = new Option<bool>("--json") { Description = "print JSON" };
        var cmd = new Command("bet", "BET surface area (ISO 9277:2010) with the four Rouquerol consistency criteria.")
        {
            file, range, adsorbate, amountUnit, pressureUnit, minPoints, json,
        };
        cmd.SetAction(r =>
        {
            string path = r.GetValue(file)!;
            Adsorbate? ads = null;
            if (r.GetValue(adsorbate) is { } name && (ads = Adsorbate.Find(name)) is null)
                return CliOutput.Fail($"unknown adsorbate '{name}'; known: {string.Join(", ", Adsorbate.Known.Select(a => a.Name))}");
            (double Lo, double Hi)? fixedRange = null;
            if (r.GetValue(range) is { } text)
            {
                var parts = text.Split(',');
                if (parts.Length != 2
                    || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lo)
                    || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double hi)
                    || !(lo >= 0 && lo < hi && hi < 1))
                    return CliOutput.Fail($"--range must be LO,HI with 0 <= LO < HI < 1 (e.g. 0.05,0.30), not '{text}'");
                fixedRange = (lo, hi);
            }
            try
            {
                var iso = IsothermFile.Load(path, new IsothermLoadOptions(ads, AmountUnit: r.GetValue(amountUnit), PressureUnit: r.GetValue(pressureUnit)));
                var options = BetOptions.Default with { MinimumPoints = r.GetValue(minPoints) };
                var bet = fixedRange is { } fr ? Bet.Fit(iso, fr.Lo, fr.Hi, options) : Bet.Automatic(iso, options);
                if (r.GetValue(json))
                {
                    CliOutput.WriteJson(new
                    {
                        file = path,
                        adsorbate = iso.Adsorbate.Name,
                        area_m2_per_g = bet.AreaSquareMetresPerGram,
                        area_stderr = bet.AreaStandardErrorSquareMetresPerGram,
                        c = bet.C,
                        monolayer_cm3_stp_per_g = bet.MonolayerCm3StpPerGram,
                        range = new[] { bet.LowerRelativePressure, bet.UpperRelativePressure },
                        points = bet.PointCount,
                        r_squared = bet.RSquared,
                        automatic_range = bet.Automatic,
                        rouquerol_criteria_pass = bet.Criteria.All,
                        cross_section_nm2 = bet.CrossSectionSquareNanometres,
                    });
                }
                else
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{path}: BET area = {bet.AreaSquareMetresPerGram:0.##} ± {bet.AreaStandardErrorSquareMetresPerGram:0.##} m2/g, C = {bet.C:0.#}, n_m = {bet.MonolayerCm3StpPerGram:0.###} cm3(STP)/g, p/p0 {bet.LowerRelativePressure:0.####}-{bet.UpperRelativePressure:0.####} ({bet.PointCount} points{(bet.Automatic ? ", automatic" : "")}{(bet.Criteria.All ? "" : ", FAILS a Rouquerol criterion")})"));
                }
                return 0;
            }
            catch (DataFormatException e) { return CliOutput.Fail(e.Message); }
            catch (FileNotFoundException e) { return CliOutput.Fail(e.Message); }
            catch (DirectoryNotFoundException e) { return CliOutput.Fail(e.Message); }
            catch (ArgumentException e) { return CliOutput.Fail(e.Message); }
            catch (InvalidOperationException e) { return CliOutput.Fail(e.Message); }
        });
        return cmd;
    }
}
