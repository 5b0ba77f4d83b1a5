namespace SiAnode.Scripting.Porosity;

/// <summary>The branch of an isotherm a point belongs to.</summary>
public enum IsothermBranch
{
    /// <summary>Measured with increasing pressure.</summary>
    Adsorption,

    /// <summary>Measured with decreasing pressure after the highest point.</summary>
    Desorption,
}
