using System.CommandLine;
using System.Globalization;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Potentiostats;
using SiAnode.Scripting.Impedance;
using SiAnode.Scripting.Impedance.Circuits;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary><c>sianode eis-fit FILE --circuit STR --initial v1,v2,... --json</c>: equivalent-circuit fit of a spectrum.</summary>
internal static class EisFitCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "impedance file: Gamry .DTA, ZPlot .z, or CSV of frequency (Hz), Z' (ohm), Z'' (ohm)" };
        var circuit = new Option<string>("--circuit") { Description = "circuit string in impedance.py's convention, e.g. R0-p(R1,CPE1)-p(R2,CPE2)-W1", Required = true };
        var initial = new Option<string>("--initial") { Description = "comma-separated start values, one per parameter in order", Required = true };
        var weighting = new Option<string>("--weighting") { Description = "unit, proportional or modulus", DefaultValueFactory = _ => "unit" };
        weighting.AcceptOnlyFromAmong("unit", "proportional", "modulus");
        var capacitive = new Option<bool>("--capacitive-only") { Description = "keep only points with Z'' < 0" };
        var starts = new Option<int>("--starts") { Description = "multi-start: best of N fits from seeded perturbations of the start", DefaultValueFactory = _ => 1 };
        var fixedOpt = new Option<string?>("--fixed") { Description = "comma-separated names of parameters held at their start values" };
        var json = new Option<bool>("--json") { Description = "print JSON" };
        var cmd = new Command("eis-fit", "Complex nonlinear least-squares fit of an equivalent circuit to an impedance spectrum.")
        {
            file, circuit, initial, weighting, capacitive, starts, fixedOpt, json,
        };
        cmd.SetAction(r =>
        {
            try
            {
                var values = r.GetValue(initial)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : throw new FormatException($"--initial: '{v}' is not a number"))
                    .ToArray();
                var s = ImpedanceFile.Load(r.GetValue(file)!.FullName);
                if (r.GetValue(capacitive)) s = s.CapacitiveOnly();
                var w = r.GetValue(weighting) switch { "modulus" => EisWeighting.Modulus, "proportional" => EisWeighting.Proportional, _ => EisWeighting.Unit };
                var held = r.GetValue(fixedOpt)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var result = EisFit.Fit(s, r.GetValue(circuit)!, values, w, held, r.GetValue(starts));
                var fit = result.Fit;
                if (r.GetValue(json))
                {
                    CliOutput.WriteJson(new
                    {
                        file = s.Source,
                        circuit = result.Circuit.Text,
                        points = s.Count,
                        weighting = r.GetValue(weighting),
                        parameters = fit.Parameters.Select((p, k) => new { name = p.Name, value = p.Value, stderr = p.StandardError, unit = result.Circuit.ParameterUnits[k], varied = p.Varied }),
                        rss = fit.SumOfSquares,
                        reduced_chi_square = fit.ReducedChiSquare,
                        aic = fit.Aic,
                        bic = fit.Bic,
                        iterations = fit.Iterations,
                        converged = fit.StopReason is not Fitting.FitStopReason.MaxIterations,
                        stop_reason = fit.StopReason.ToString(),
                        starts = result.Starts,
                    });
                }
                else
                {
                    Console.WriteLine($"{result.Circuit.Text} on {s.Source} ({s.Count} points, {r.GetValue(weighting)} weighting): RSS {fit.SumOfSquares.ToString("G6", CultureInfo.InvariantCulture)}");
                    foreach (var (p, k) in fit.Parameters.Select((p, k) => (p, k)))
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Name,-8} = {p.Value,12:G6} +/- {p.StandardError:G3} {result.Circuit.ParameterUnits[k]}"));
                }
                return 0;
            }
            catch (Exception e) when (e is DataFormatException or FileNotFoundException or ArgumentException or FormatException or KeyNotFoundException)
            {
                return CliOutput.Fail(e.Message);
            }
        });
        return cmd;
    }
}
