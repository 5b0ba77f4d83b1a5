using System.Diagnostics;
using System.Globalization;
using SiAnode.Scripting.Mechanics;
using SiAnode.Scripting.Mechanics.Fem;

namespace SiAnode.Scripting.Benchmarks;

/// <summary>
/// Axisymmetric FEM (6-node triangles, IC(0)-preconditioned CG) on the S1 coated sphere (analysis.md §C), refining h until
/// the unknowns reach a cap (default 10⁶): mesh, assembly, IC(0) set-up and CG times, iterations, and the error of the
/// shell hoop stress against the closed form, for the IC(0) and the smoothed-aggregation multigrid preconditioners.
/// Args: [max-unknowns] [tolerance] [ic0|sa|both].
/// </summary>
public sealed class FemBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "fem";

    /// <inheritdoc />
    public string Description => "axisymmetric FEM sphere: assembly and IC(0)-PCG solve time vs unknowns (S1 coated sphere)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        int cap = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        double tol = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1e-8;
        string which = args.Length > 2 ? args[2] : "both";
        PreconditionerKind[] kinds = which switch
        {
            "ic0" => [PreconditionerKind.IncompleteCholesky],
            "sa" => [PreconditionerKind.SmoothedAggregation],
            _ => [PreconditionerKind.IncompleteCholesky, PreconditionerKind.SmoothedAggregation],
        };
        ElasticLayer[] layers = [new(0.0, 2.5, 170.0, 0.28, 0.01), new(2.5, 2.7, 50.0, 0.25, 0.0)];
        var exact = MultilayerSphere.Solve(layers);
        double hoop = exact.At(2.5, 1).HoopStressGigapascals;
        Console.WriteLine($"# FEM benchmark, {Environment.ProcessorCount} cores, CG tolerance {tol:G2}; times in s");
        Console.WriteLine("preconditioner\th_um\tunknowns\tnonzeros\tmesh_s\tassembly_s\tsetup_s\tcg_s\titerations\tsolve_s\thoop_rel_err");
        // Warm-up (JIT) on a tiny mesh.
        FemSphere.Solve(layers, new SphereMeshOptions(0.5));
        for (double h = 0.2; ; h /= Math.Sqrt(2.0))
        {
            var clock = Stopwatch.StartNew();
            var mesh = SphereSectionMesher.Build([0.0, 2.5, 2.7], new SphereMeshOptions(h));
            if (mesh.DegreesOfFreedom > cap) break;
            double meshSeconds = clock.Elapsed.TotalSeconds;
            foreach (var kind in kinds)
            {
                var fem = AxisymmetricElasticity.Solve(mesh, [.. layers.Select(AxisymmetricMaterial.FromLayer)], relativeTolerance: tol, preconditioner: kind);
                var s = fem.Statistics;
                double err = Math.Abs(FemSphere.At(fem, layers, 2.5, 1).HoopStressGigapascals - hoop) / hoop;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(kind == PreconditionerKind.IncompleteCholesky ? "ic0" : "sa")}\t{h:F4}\t{s.Unknowns}\t{s.NonZeros}\t{meshSeconds:F3}\t{fem.AssemblySeconds:F3}\t{s.SetupSeconds:F3}\t{s.IterationSeconds:F3}\t{s.Iterations}\t{s.SetupSeconds + s.IterationSeconds:F3}\t{err:E2}"));
            }
        }
        return 0;
    }
}
