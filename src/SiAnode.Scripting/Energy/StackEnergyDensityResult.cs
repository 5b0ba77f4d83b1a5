using SiAnode.Scripting.Display;

namespace SiAnode.Scripting.Energy;

/// <summary>The stack energy density of one anode in one cell design, with the quantities that produce it.</summary>
/// <param name="Design">The cell design (Q⁺, L⁺, L_inact, N/P, V⁺).</param>
/// <param name="AnodeVolumetricCapacityAhPerL">Q⁻ (Ah/L).</param>
/// <param name="AnodeAverageDelithiationVoltage">V̄⁻ (V vs Li/Li⁺).</param>
/// <param name="AnodeThicknessMicrometres">L⁻ = N/P·Q⁺L⁺/Q⁻ (µm).</param>
/// <param name="StackThicknessMicrometres">L_inact + L⁺ + L⁻ (µm).</param>
/// <param name="CellVoltage">V⁺ − V̄⁻ (V).</param>
/// <param name="EnergyDensityWhPerL">U_R (Wh/L).</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record StackEnergyDensityResult(
    StackCellDesign Design,
    double AnodeVolumetricCapacityAhPerL,
    double AnodeAverageDelithiationVoltage,
    double AnodeThicknessMicrometres,
    double StackThicknessMicrometres,
    double CellVoltage,
    double EnergyDensityWhPerL) : IHtmlRenderable
{
    /// <inheritdoc />
    public string ToHtml() => HtmlTable.KeyValue("Stack energy density (Obrovac stack model, Eq. 2)",
    [
        ("Q⁺ cathode volumetric capacity", Design.CathodeVolumetricCapacityAhPerL, "Ah/L"),
        ("L⁺ cathode coating", Design.CathodeThicknessMicrometres, "µm"),
        ("L_inact collectors + separator", Design.InactiveThicknessMicrometres, "µm"),
        ("N/P", Design.NegativeToPositiveRatio, ""),
        ("V⁺ cathode voltage", Design.CathodeAverageVoltage, "V"),
        ("Q⁻ anode volumetric capacity", AnodeVolumetricCapacityAhPerL, "Ah/L"),
        ("V̄⁻ anode delithiation voltage", AnodeAverageDelithiationVoltage, "V"),
        ("L⁻ anode coating", AnodeThicknessMicrometres, "µm"),
        ("stack repeat unit", StackThicknessMicrometres, "µm"),
        ("U_R stack energy density", EnergyDensityWhPerL, "Wh/L"),
    ]);
}
