using System.CommandLine;
using System.Globalization;
using SiAnode.Scripting.Energy;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary><c>sianode energy-density</c>: Eq. 2 (Obrovac stack model) from the command line.</summary>
internal static class EnergyDensityCommand
{
    public static Command Create()
    {
        var capacity = new Option<double?>("--capacity-mah-g") { Description = "anode reversible gravimetric capacity Q_g (mAh/g); needs --density-g-cm3" };
        var density = new Option<double?>("--density-g-cm3") { Description = "density of the unlithiated anode material (g/cm3), e.g. 2.33 for Si" };
        var qv = new Option<double?>("--q-ah-l") { Description = "anode volumetric capacity Q- (Ah/L), instead of --capacity-mah-g/--density-g-cm3" };
        var vavg = new Option<double>("--vavg") { Description = "anode average delithiation voltage (V vs Li/Li+)", Required = true };
        var convention = new Option<string>("--convention") { Description = "unlithiated (Q_g*rho) or lithiated (Obrovac: volume of the lithiated material)", DefaultValueFactory = _ => "unlithiated" };
        convention.AcceptOnlyFromAmong("unlithiated", "lithiated");
        var liVolume = new Option<double>("--li-molar-volume-cm3-mol") { Description = "partial molar volume of Li for the lithiated convention", DefaultValueFactory = _ => VolumetricCapacity.DefaultLithiumMolarVolumeCm3PerMol };
        var porosity = new Option<double>("--porosity") { Description = "volume fraction of pores/binder/carbon for the lithiated convention", DefaultValueFactory = _ => 0.0 };
        var d = StackCellDesign.Obrovac2007LiCoO2;
        var cathodeQ = new Option<double>("--cathode-q-ah-l") { Description = "cathode volumetric capacity Q+ (Ah/L)", DefaultValueFactory = _ => d.CathodeVolumetricCapacityAhPerL };
        var cathodeL = new Option<double>("--cathode-um") { Description = "cathode coating thickness L+ (um)", DefaultValueFactory = _ => d.CathodeThicknessMicrometres };
        var inactive = new Option<double>("--inactive-um") { Description = "collectors + separator per repeat unit (um)", DefaultValueFactory = _ => d.InactiveThicknessMicrometres };
        var np = new Option<double>("--np") { Description = "N/P capacity ratio", DefaultValueFactory = _ => d.NegativeToPositiveRatio };
        var cathodeV = new Option<double>("--cathode-v") { Description = "cathode average voltage V+ (V)", DefaultValueFactory = _ => d.CathodeAverageVoltage };
        var json = new Option<bool>("--json") { Description = "print JSON" };

        var cmd = new Command("energy-density", "Stack energy density U_R (Wh/L) by Eq. 2 of Liu et al. 2025 (Obrovac's stack model; LiCoO2 design by default).")
        {
            capacity, density, qv, vavg, convention, liVolume, porosity, cathodeQ, cathodeL, inactive, np, cathodeV, json,
        };
        cmd.SetAction(r =>
        {
            var design = new StackCellDesign(r.GetValue(cathodeQ), r.GetValue(cathodeL), r.GetValue(inactive), r.GetValue(np), r.GetValue(cathodeV));
            var conv = r.GetValue(convention) == "lithiated" ? CapacityConvention.Lithiated : CapacityConvention.Unlithiated;
            double q;
            try
            {
                if (r.GetValue(qv) is { } given)
                {
                    if (r.GetValue(capacity) is not null || r.GetValue(density) is not null)
                        return CliOutput.Fail("give either --q-ah-l or --capacity-mah-g with --density-g-cm3, not both");
                    q = given;
                }
                else if (r.GetValue(capacity) is { } qg && r.GetValue(density) is { } rho)
                    q = VolumetricCapacity.From(conv, qg, rho, r.GetValue(liVolume), r.GetValue(porosity));
                else
                    return CliOutput.Fail("give --q-ah-l, or --capacity-mah-g together with --density-g-cm3");
                var result = StackEnergyDensity.Compute(q, r.GetValue(vavg), design);
                if (r.GetValue(json))
                {
                    CliOutput.WriteJson(new
                    {
                        inputs = new
                        {
                            capacityMilliampHoursPerGram = r.GetValue(capacity),
                            densityGramsPerCm3 = r.GetValue(density),
                            convention = r.GetValue(qv) is null ? r.GetValue(convention) : "given",
                            anodeVolumetricCapacityAhPerL = q,
                            anodeAverageDelithiationVoltage = r.GetValue(vavg),
                            cathodeVolumetricCapacityAhPerL = design.CathodeVolumetricCapacityAhPerL,
                            cathodeThicknessMicrometres = design.CathodeThicknessMicrometres,
                            inactiveThicknessMicrometres = design.InactiveThicknessMicrometres,
                            negativeToPositiveRatio = design.NegativeToPositiveRatio,
                            cathodeAverageVoltage = design.CathodeAverageVoltage,
                        },
                        anodeThicknessMicrometres = result.AnodeThicknessMicrometres,
                        stackThicknessMicrometres = result.StackThicknessMicrometres,
                        energyDensityWhPerL = result.EnergyDensityWhPerL,
                    });
                }
                else
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"Q- = {q:0.###} Ah/L, V- = {r.GetValue(vavg):0.####} V, L- = {result.AnodeThicknessMicrometres:0.###} um -> U_R = {result.EnergyDensityWhPerL:0.###} Wh/L"));
                }
                return 0;
            }
            catch (ArgumentOutOfRangeException e)
            {
                return CliOutput.Fail(e.Message);
            }
        });
        return cmd;
    }
}
