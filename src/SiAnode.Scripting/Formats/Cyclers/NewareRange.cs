namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>
/// The current-range code of legacy NEWARE records and the factor that turns raw integer current (and capacity/energy
/// counters) into mA (mAs, mWs). Table from NewareNDA (d-cogswell/NewareNDA, NewareNDA/dicts.py <c>multiplier_dict</c>).
/// </summary>
internal static class NewareRange
{
    public static bool TryMultiplier(int range, out double m)
    {
        m = range switch
        {
            -100000000 => 10,
            -200000 or -100000 or -60000 or -50000 or -40000 or -30000 or -20000 or -12000 or -10000 or -6000 or -5000 or -3000
                or -2000 or -1000 => 1e-2,
            -500 or -100 => 1e-3,
            -50 or -25 or -20 or -10 => 1e-4,
            -5 or -2 or -1 => 1e-5,
            0 => 0,
            1 or 2 or 5 => 1e-4,
            10 or 20 or 25 or 50 => 1e-3,
            100 or 200 or 250 or 500 => 1e-2,
            1000 or 6000 or 10000 or 12000 or 20000 or 30000 or 40000 or 50000 or 60000 or 100000 or 200000 => 1e-1,
            _ => double.NaN,
        };
        return !double.IsNaN(m);
    }
}
