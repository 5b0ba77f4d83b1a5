namespace SiAnode.Scripting.Cycling;

/// <summary>Which branch is the reversible (delivered) capacity when coulombic efficiency and retention are computed.</summary>
public enum CellConvention
{
    /// <summary>
    /// A working electrode (e.g. the silicon anode of Liu et al. 2025) against lithium: discharge lithiates, charge delithiates;
    /// the delithiation (charge) capacity is the reversible one, CE = Q_charge / Q_discharge of the same cycle.
    /// </summary>
    AnodeHalfCell,
    /// <summary>A full cell or a cathode half cell: charge stores, discharge delivers; CE = Q_discharge / Q_charge.</summary>
    FullCell,
}
