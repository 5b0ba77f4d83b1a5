using SiAnode.Scripting.Mechanics.Fem;

namespace SiAnode.Scripting.Tests.Mechanics.Fem;

/// <summary>The quarter-section mesher: valid, conforming, curved elements whose layer volumes are those of spherical shells.</summary>
public class SphereSectionMesherTests
{
    [Theory]
    [InlineData(0.0, 0.25)]
    [InlineData(0.2, 0.25)]
    [InlineData(0.0, 0.2)]
    public void LayerVolumes_AreSphericalShells(double pore, double h)
    {
        // Oracle: V = (2π/3)(b³ − a³) per layer (half sphere). Isoparametric arcs: relative error ≤ 1e-5.
        double[] b = [pore, pore == 0.0 ? 2.5 : 0.3, 2.5, 2.7];
        if (pore == 0.0) b = [0.0, 2.5, 2.7];
        var mesh = SphereSectionMesher.Build(b, new SphereMeshOptions(h));
        var fem = AxisymmetricElasticity.Solve(mesh, [.. Enumerable.Repeat(new AxisymmetricMaterial(100.0, 0.3, 0.0), b.Length - 1)]);
        for (int i = 0; i + 1 < b.Length; i++)
        {
            double exact = 2.0 * Math.PI / 3.0 * (Math.Pow(b[i + 1], 3) - Math.Pow(b[i], 3));
            double v = fem.Integrate(_ => 1.0, i).VolumeCubicMicrometres;
            Assert.True(Math.Abs(v - exact) <= 1e-5 * exact, FormattableString.Invariant($"layer {i}: {v} vs {exact}"));
        }
    }

    [Fact]
    public void Quality_IsAcceptable()
    {
        // Bounds observed with margin: min shape ≥ 0.3 (0.31–0.36 at the O-grid corner), curved det J ratio ≥ 0.6, no node off r ≥ 0.
        foreach (double[] b in new[] { new[] { 0.0, 2.5, 2.7 }, new[] { 0.2, 0.3, 2.5, 2.7 } })
        {
            var q = SphereSectionMesher.Build(b, new SphereMeshOptions(0.2)).Quality();
            Assert.True(q.MinimumShape >= 0.3, q.ToString());
            Assert.True(q.MinimumJacobianRatio >= 0.6, q.ToString());
            Assert.Equal(0, q.PoorElements);
        }
    }

    [Fact]
    public void InterfaceRefinement_AddsRadialLevels()
    {
        var coarse = SphereSectionMesher.Build([0.0, 2.5, 2.7], new SphereMeshOptions(0.2));
        var fine = SphereSectionMesher.Build([0.0, 2.5, 2.7], new SphereMeshOptions(0.2, 0.05));
        Assert.True(fine.NodeCount > coarse.NodeCount);
        Assert.True(fine.Quality().MinimumJacobianRatio > 0.0);
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => SphereSectionMesher.Build([0.0], new SphereMeshOptions(0.1)));
        Assert.Throws<ArgumentException>(() => SphereSectionMesher.Build([1.0, 0.5], new SphereMeshOptions(0.1)));
        Assert.Throws<ArgumentException>(() => SphereSectionMesher.Build([0.0, 1.0], new SphereMeshOptions(0.0)));
    }
}
