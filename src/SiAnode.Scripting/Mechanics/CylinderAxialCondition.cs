namespace SiAnode.Scripting.Mechanics;

/// <summary>The axial kinematics of a long layered cylinder (analysis.md §C, "Cylinder").</summary>
public enum CylinderAxialCondition
{
    /// <summary>Plane strain: ε_zz = e₀ = 0 (the COMSOL 2-D default). A uniform free eigenstrain then leaves σ_zz = −Eε*.</summary>
    PlaneStrain,

    /// <summary>Generalised plane strain: ε_zz = e₀, uniform over the section, chosen so that the axial force ∫σ_zz dA = 0.</summary>
    GeneralizedPlaneStrain,
}
