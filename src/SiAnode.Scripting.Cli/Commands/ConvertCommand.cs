using System.CommandLine;
using SiAnode.Scripting.Cycling;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Cyclers;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary><c>sianode convert FILE --to csv</c>: prints a cycler file's record table (<see cref="CyclingRecord.ToTable"/>) as CSV.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "cycler file: NEWARE .nda, .ndax, BioLogic .mpr, .mpt" };
        var to = new Option<string>("--to") { Description = "output format", DefaultValueFactory = _ => "csv" };
        to.AcceptOnlyFromAmong("csv");
        var mode = new Option<string>("--cycle-mode") { Description = "cycle numbering: format default (NEWARE: chg as NewareNDA; BioLogic: vendor), chg, dchg, auto, vendor", DefaultValueFactory = _ => "default" };
        mode.AcceptOnlyFromAmong("default", "auto", "chg", "dchg", "vendor");
        var cmd = new Command("convert", "Print a cycler file's records as CSV (columns with units: Voltage (V), Current (mA), ...).") { file, to, mode };
        cmd.SetAction(r =>
        {
            CycleMode? cm = r.GetValue(mode) switch { "auto" => CycleMode.Auto, "dchg" => CycleMode.DischargeFirst, "vendor" => CycleMode.Vendor, "chg" => CycleMode.ChargeFirst, _ => null };
            try
            {
                var rec = CyclerFile.Read(r.GetValue(file)!.FullName, cm);
                Console.Out.Write(rec.ToTable().ToCsv());
                return 0;
            }
            catch (Exception e) when (e is DataFormatException or NotSupportedException or IOException or UnauthorizedAccessException)
            {
                return CliOutput.Fail(e.Message);
            }
        });
        return cmd;
    }
}
