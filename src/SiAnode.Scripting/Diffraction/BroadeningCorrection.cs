namespace SiAnode.Scripting.Diffraction;

/// <summary>How the instrumental width β_i is removed from the observed width β_o to give the sample width β.</summary>
public enum BroadeningCorrection
{
    /// <summary>No correction: β = β_o.</summary>
    None,

    /// <summary>Gaussian profiles convolve in quadrature: β² = β_o² − β_i² (analysis.md §D).</summary>
    Gaussian,

    /// <summary>Lorentzian profiles convolve linearly: β = β_o − β_i.</summary>
    Lorentzian,
}
