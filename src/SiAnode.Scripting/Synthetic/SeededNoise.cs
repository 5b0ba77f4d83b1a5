namespace SiAnode.Scripting.Synthetic;

/// <summary>Gaussian noise from a fixed seed (Box–Muller on System.Random, whose seeded sequence .NET keeps stable).</summary>
/// <param name="seed">The seed, stated in each generated file.</param>
public sealed class SeededNoise(int seed)
{
    private readonly Random random = new(seed);

    /// <summary>The seed.</summary>
    public int Seed { get; } = seed;

    /// <summary>A standard normal deviate.</summary>
    public double Gaussian()
    {
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
