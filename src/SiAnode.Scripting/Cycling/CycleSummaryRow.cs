namespace SiAnode.Scripting.Cycling;

/// <summary>One cycle of a <see cref="CycleSummary"/>. Specific values are NaN when no active mass is known.</summary>
/// <param name="Cycle">Cycle number as in the record.</param>
/// <param name="ChargeCapacityMilliampHours">Charge passed in the cycle's charge steps (mAh).</param>
/// <param name="DischargeCapacityMilliampHours">Charge passed in the cycle's discharge steps (mAh).</param>
/// <param name="ChargeCapacityMilliampHoursPerGram">Charge capacity per gram of active material (mAh/g).</param>
/// <param name="DischargeCapacityMilliampHoursPerGram">Discharge capacity per gram of active material (mAh/g).</param>
/// <param name="CoulombicEfficiency">Reversible / inserted capacity of the cycle (see <see cref="CellConvention"/>); NaN when the inserted capacity is zero.</param>
/// <param name="RetentionVsFirst">Reversible capacity / that of the first cycle with one.</param>
/// <param name="RetentionVsMaximum">Reversible capacity / the largest reversible capacity of all cycles.</param>
/// <param name="AverageChargeVoltage">∫V dQ / ∫dQ over the charge steps (V); NaN without charge.</param>
/// <param name="AverageDischargeVoltage">∫V dQ / ∫dQ over the discharge steps (V); NaN without discharge.</param>
/// <param name="ChargeEnergyMilliwattHours">Energy of the charge steps (mWh): the cycler's counters where it logs them, else ∫V dQ.</param>
/// <param name="DischargeEnergyMilliwattHours">Energy of the discharge steps (mWh).</param>
/// <param name="StartTestTimeSeconds">Test time of the cycle's first point (s).</param>
/// <param name="EndTestTimeSeconds">Test time of the cycle's last point (s).</param>
public sealed record CycleSummaryRow(
    int Cycle,
    double ChargeCapacityMilliampHours,
    double DischargeCapacityMilliampHours,
    double ChargeCapacityMilliampHoursPerGram,
    double DischargeCapacityMilliampHoursPerGram,
    double CoulombicEfficiency,
    double RetentionVsFirst,
    double RetentionVsMaximum,
    double AverageChargeVoltage,
    double AverageDischargeVoltage,
    double ChargeEnergyMilliwattHours,
    double DischargeEnergyMilliwattHours,
    double StartTestTimeSeconds,
    double EndTestTimeSeconds);
