namespace SiAnode.Scripting.Mechanics;

/// <summary>The four particle designs of Liu et al. (2025) Fig. 1c–g (numbered as in the paper).</summary>
public enum ParticleConfiguration
{
    /// <summary>I: pure Si (mSi).</summary>
    PureSilicon = 1,

    /// <summary>II: carbon-coated Si (mSi@C).</summary>
    CarbonCoated = 2,

    /// <summary>III: porous Si with an outer SiOx/C layer; the pore surface is uncoated.</summary>
    OuterCoatedPorous = 3,

    /// <summary>IV: porous Si with inner (pore) and outer SiOx/C layers (p-mSi@SiOx/C).</summary>
    DualCoatedPorous = 4,
}
