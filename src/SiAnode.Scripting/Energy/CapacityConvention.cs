namespace SiAnode.Scripting.Energy;

/// <summary>How a gravimetric anode capacity is turned into the volumetric capacity Q⁻ of Eq. 2.</summary>
public enum CapacityConvention
{
    /// <summary>Q⁻ = Q_g·ρ with the density of the unlithiated material (most likely what Liu et al. used; analysis.md §B).</summary>
    Unlithiated,

    /// <summary>Obrovac &amp; Chevrier's convention: the volume of the fully lithiated, expanded material (<see cref="VolumetricCapacity.Lithiated"/>).</summary>
    Lithiated,
}
