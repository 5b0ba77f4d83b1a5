using System.CommandLine;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Potentiostats;
using SiAnode.Scripting.Impedance;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary><c>sianode kk FILE [--m M] --json</c>: the Lin-KK validity test of an impedance spectrum.</summary>
internal static class KkCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "impedance file: Gamry .DTA, ZPlot .z, or CSV of frequency (Hz), Z' (ohm), Z'' (ohm)" };
        var m = new Option<int?>("--m") { Description = "number of RC elements; chosen by the mu criterion when absent" };
        var cutoff = new Option<double>("--cutoff") { Description = "mu cutoff for the automatic choice of M", DefaultValueFactory = _ => 0.85 };
        var maxM = new Option<int>("--max-m") { Description = "largest M tried automatically", DefaultValueFactory = _ => 50 };
        var fit = new Option<string>("--fit") { Description = "which part is fitted: real, imag or complex", DefaultValueFactory = _ => "real" };
        fit.AcceptOnlyFromAmong("real", "imag", "complex");
        var addCap = new Option<bool>("--add-cap") { Description = "also fit a series capacitance" };
        var capacitive = new Option<bool>("--capacitive-only") { Description = "keep only points with Z'' < 0" };
        var json = new Option<bool>("--json") { Description = "print JSON" };
        var cmd = new Command("kk", "Lin-KK test (Schönleber et al. 2014): mu, the number of RC elements and the relative residuals.")
        {
            file, m, cutoff, maxM, fit, addCap, capacitive, json,
        };
        cmd.SetAction(r =>
        {
            try
            {
                var s = ImpedanceFile.Load(r.GetValue(file)!.FullName);
                if (r.GetValue(capacitive)) s = s.CapacitiveOnly();
                var kind = r.GetValue(fit) switch { "imag" => LinKKFit.Imaginary, "complex" => LinKKFit.Complex, _ => LinKKFit.Real };
                var result = r.GetValue(m) is { } mm
                    ? LinKK.Test(s, mm, kind, r.GetValue(addCap))
                    : LinKK.Auto(s, r.GetValue(cutoff), r.GetValue(maxM), kind, r.GetValue(addCap));
                if (r.GetValue(json))
                {
                    CliOutput.WriteJson(new
                    {
                        file = s.Source,
                        points = s.Count,
                        M = result.Elements,
                        mu = result.Mu,
                        fit = r.GetValue(fit),
                        series_resistance_ohm = result.SeriesResistanceOhms,
                        inductance_h = result.InductanceHenries,
                        capacitance_f = result.CapacitanceFarads,
                        max_abs_residual = result.MaxAbsResidual,
                        residuals = Enumerable.Range(0, s.Count).Select(i => new
                        {
                            frequency_hz = s.FrequenciesHertz[i],
                            real = result.RealResiduals[i],
                            imag = result.ImaginaryResiduals[i],
                        }),
                    });
                }
                else
                {
                    Console.WriteLine(FormattableString.Invariant($"{s.Source}: {s.Count} points, M = {result.Elements}, mu = {result.Mu:0.########}, max |residual| = {result.MaxAbsResidual:P3} of |Z|"));
                }
                return 0;
            }
            catch (Exception e) when (e is DataFormatException or FileNotFoundException or ArgumentException or KeyNotFoundException)
            {
                return CliOutput.Fail(e.Message);
            }
        });
        return cmd;
    }
}
