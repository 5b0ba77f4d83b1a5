namespace SiAnode.Scripting.Kinetics;

/// <summary>One current pulse of a GITT run and its relaxation, as found in the raw data.</summary>
/// <param name="Index">0-based pulse number.</param>
/// <param name="Lithiation">True for a lithiating (negative current, discharge of a half cell) pulse.</param>
/// <param name="StartSeconds">Time the current switched on (s).</param>
/// <param name="PulseSeconds">τ (s).</param>
/// <param name="CurrentAmps">Mean current during the pulse (A).</param>
/// <param name="RelaxedBeforeVolts">E_s before the pulse (end of the previous relaxation).</param>
/// <param name="RelaxedAfterVolts">E_s after the pulse (end of its relaxation).</param>
/// <param name="IrDropVolts">Voltage jump when the current switched on (V), excluded from ΔE_τ.</param>
/// <param name="TransientChangeVolts">ΔE_τ: from just after the IR drop to the end of the pulse (V).</param>
/// <param name="SqrtTimeLinearityR2">R² of E against √t during the pulse (Weppner–Huggins assumes linearity).</param>
/// <param name="DiffusionCoefficientCm2PerSecond">D from <see cref="WeppnerHuggins"/>.</param>
public sealed record GittPulse(int Index, bool Lithiation, double StartSeconds, double PulseSeconds, double CurrentAmps,
    double RelaxedBeforeVolts, double RelaxedAfterVolts, double IrDropVolts, double TransientChangeVolts,
    double SqrtTimeLinearityR2, double DiffusionCoefficientCm2PerSecond)
{
    /// <summary>ΔE_s = |E_s,after − E_s,before| (V).</summary>
    public double SteadyStateChangeVolts => Math.Abs(RelaxedAfterVolts - RelaxedBeforeVolts);
}
