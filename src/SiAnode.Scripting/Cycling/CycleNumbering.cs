namespace SiAnode.Scripting.Cycling;

/// <summary>How cycles are numbered when a loader regenerates them.</summary>
public enum CycleMode
{
    /// <summary>Keep the vendor's cycle numbers.</summary>
    Vendor,
    /// <summary>A new cycle starts at a charge step that follows a discharge (NewareNDA <c>cycle_mode='chg'</c>, its default; BTSDA "charge first").</summary>
    ChargeFirst,
    /// <summary>A new cycle starts at a discharge step that follows a charge (NewareNDA <c>cycle_mode='dchg'</c>).</summary>
    DischargeFirst,
    /// <summary>The first non-rest step decides between <see cref="ChargeFirst"/> and <see cref="DischargeFirst"/> (NewareNDA <c>'auto'</c>).</summary>
    Auto,
}

/// <summary>
/// Software cycle numbering, the rule NewareNDA documents for <c>_generate_cycle_number</c> (d-cogswell/NewareNDA, NewareNDA/utils.py):
/// the cycle increments at the first row of a run of CC, CCCV or CP steps of the incrementing direction when a step of the other
/// direction (or a simulation step) has been seen since the last increment.
/// </summary>
public static class CycleNumbering
{
    /// <summary>Writes 1-based cycle numbers for <paramref name="types"/> into <paramref name="cycle"/>; <see cref="CycleMode.Vendor"/> leaves it unchanged.</summary>
    public static void Apply(ReadOnlySpan<StepType> types, Span<int> cycle, CycleMode mode)
    {
        if (mode == CycleMode.Vendor) return;
        if (mode == CycleMode.Auto)
        {
            mode = CycleMode.ChargeFirst;
            foreach (var t in types)
            {
                if (t == StepType.Rest) continue;
                if (t.IsDischarge()) mode = CycleMode.DischargeFirst;
                break;
            }
        }
        bool chargeFirst = mode == CycleMode.ChargeFirst;
        int cyc = 1;
        bool flag = false;
        bool prevInc = false;
        for (int n = 0; n < types.Length; n++)
        {
            var t = types[n];
            bool isInc = chargeFirst
                ? t is StepType.CccvCharge or StepType.CcCharge or StepType.CpCharge
                : t is StepType.CccvDischarge or StepType.CcDischarge or StepType.CpDischarge;
            bool start = n == 0 || (isInc && !prevInc);
            prevInc = isInc;
            bool directional = t.IsCharge() || t.IsDischarge();
            if (!directional)
            {
                if (t == StepType.Simulation) flag = true;
            }
            else if (start && flag)
            {
                cyc++;
                flag = false;
            }
            else if (chargeFirst ? t.IsDischarge() : t.IsCharge())
            {
                flag = true;
            }
            cycle[n] = cyc;
        }
    }
}
