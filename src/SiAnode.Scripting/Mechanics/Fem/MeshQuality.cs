namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>Summary of a <see cref="TriangleMesh"/>'s element quality (see <see cref="TriangleMesh.Quality"/>).</summary>
/// <param name="Nodes">Number of nodes.</param>
/// <param name="Elements">Number of 6-node triangles.</param>
/// <param name="MinimumShape">Smallest q = 4√3·A/Σℓ² (1 = equilateral).</param>
/// <param name="MeanShape">Mean q.</param>
/// <param name="PoorElements">Elements with q &lt; 0.3.</param>
/// <param name="MinimumJacobianRatio">Smallest det J at a quadrature point over the straight triangle's det J (1 for straight sides; must be &gt; 0).</param>
public sealed record MeshQuality(int Nodes, int Elements, double MinimumShape, double MeanShape, int PoorElements, double MinimumJacobianRatio);
