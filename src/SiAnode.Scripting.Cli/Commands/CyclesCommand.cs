using System.CommandLine;
using System.Globalization;
using SiAnode.Scripting.Cycling;
using SiAnode.Scripting.Formats;
using SiAnode.Scripting.Formats.Cyclers;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary><c>sianode cycles FILE</c>: per-cycle capacities, coulombic efficiency, retention and average voltages of a cycler file.</summary>
internal static class CyclesCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "cycler file: NEWARE .nda, .ndax, BioLogic .mpr, .mpt" };
        var mass = new Option<double?>("--mass-mg") { Description = "active mass (mg) for mAh/g; default: the mass logged in the file, if any" };
        var json = new Option<bool>("--json") { Description = "print JSON" };
        var csv = new Option<bool>("--csv") { Description = "print CSV" };
        var mode = new Option<string>("--cycle-mode") { Description = "cycle numbering: auto (first non-rest step starts a cycle), chg, dchg, vendor", DefaultValueFactory = _ => "auto" };
        mode.AcceptOnlyFromAmong("auto", "chg", "dchg", "vendor");
        var convention = new Option<string>("--convention") { Description = "anode-half-cell (CE = Qchg/Qdis, retention of the delithiation capacity) or full-cell (CE = Qdis/Qchg)", DefaultValueFactory = _ => "anode-half-cell" };
        convention.AcceptOnlyFromAmong("anode-half-cell", "full-cell");
        var cmd = new Command("cycles", "Per-cycle summary of a cycler file: charge/discharge capacity (mAh, mAh/g), coulombic efficiency, retention, average voltages, energies.")
        {
            file, mass, json, csv, mode, convention,
        };
        cmd.SetAction(r =>
        {
            var path = r.GetValue(file)!.FullName;
            var cm = r.GetValue(mode) switch { "chg" => CycleMode.ChargeFirst, "dchg" => CycleMode.DischargeFirst, "vendor" => CycleMode.Vendor, _ => CycleMode.Auto };
            var conv = r.GetValue(convention) == "full-cell" ? CellConvention.FullCell : CellConvention.AnodeHalfCell;
            CycleSummary summary;
            try
            {
                if (r.GetValue(mass) is { } m && !(m > 0)) return CliOutput.Fail("--mass-mg must be positive");
                summary = CycleSummary.Compute(CyclerFile.Read(path, cm), r.GetValue(mass), conv);
            }
            catch (Exception e) when (e is DataFormatException or NotSupportedException or IOException or UnauthorizedAccessException)
            {
                return CliOutput.Fail(e.Message);
            }
            static double? N(double v) => double.IsNaN(v) || double.IsInfinity(v) ? null : v;
            if (r.GetValue(json))
            {
                CliOutput.WriteJson(new Dictionary<string, object?>
                {
                    ["file"] = path,
                    ["active_mass_mg"] = summary.ActiveMassMilligrams,
                    ["convention"] = r.GetValue(convention),
                    ["cycle_mode"] = r.GetValue(mode),
                    ["initial_coulombic_efficiency"] = N(summary.InitialCoulombicEfficiency),
                    ["cycles"] = summary.Rows.Select(c => new Dictionary<string, object?>
                    {
                        ["cycle"] = c.Cycle,
                        ["charge_capacity_mah"] = c.ChargeCapacityMilliampHours,
                        ["discharge_capacity_mah"] = c.DischargeCapacityMilliampHours,
                        ["charge_capacity_mah_g"] = N(c.ChargeCapacityMilliampHoursPerGram),
                        ["discharge_capacity_mah_g"] = N(c.DischargeCapacityMilliampHoursPerGram),
                        ["coulombic_efficiency"] = N(c.CoulombicEfficiency),
                        ["retention_vs_first"] = N(c.RetentionVsFirst),
                        ["retention_vs_max"] = N(c.RetentionVsMaximum),
                        ["average_charge_voltage_v"] = N(c.AverageChargeVoltage),
                        ["average_discharge_voltage_v"] = N(c.AverageDischargeVoltage),
                        ["charge_energy_mwh"] = c.ChargeEnergyMilliwattHours,
                        ["discharge_energy_mwh"] = c.DischargeEnergyMilliwattHours,
                    }).ToList(),
                });
            }
            else if (r.GetValue(csv))
            {
                Console.Out.Write(summary.ToTable().ToCsv());
            }
            else
            {
                var ic = CultureInfo.InvariantCulture;
                Console.WriteLine(string.Create(ic, $"{Path.GetFileName(path)}: {summary.Rows.Count} cycles, ICE {summary.InitialCoulombicEfficiency:0.####}, active mass {(summary.ActiveMassMilligrams is { } mg ? mg.ToString("0.####", ic) + " mg" : "unknown")}"));
                Console.WriteLine("cycle  Qchg(mAh)  Qdis(mAh)  Qchg(mAh/g)  Qdis(mAh/g)      CE  retention  Vchg(V)  Vdis(V)");
                foreach (var c in summary.Rows)
                    Console.WriteLine(string.Create(ic, $"{c.Cycle,5}  {c.ChargeCapacityMilliampHours,9:0.####}  {c.DischargeCapacityMilliampHours,9:0.####}  {c.ChargeCapacityMilliampHoursPerGram,11:0.##}  {c.DischargeCapacityMilliampHoursPerGram,11:0.##}  {c.CoulombicEfficiency,6:0.####}  {c.RetentionVsFirst,9:0.####}  {c.AverageChargeVoltage,7:0.####}  {c.AverageDischargeVoltage,7:0.####}"));
            }
            return 0;
        });
        return cmd;
    }
}
