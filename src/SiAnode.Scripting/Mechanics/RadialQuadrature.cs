namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// Composite 5-point Gauss–Legendre quadrature of ∫ f(r) r^m dr over [a, b], split at the eigenstrain breakpoints
/// (exact for polynomials of degree ≤ 9 on each sub-interval). Used for volume averages of the layered solutions.
/// </summary>
internal static class RadialQuadrature
{
    private static readonly double[] Nodes = [-0.9061798459386640, -0.5384693101056831, 0.0, 0.5384693101056831, 0.9061798459386640];
    private static readonly double[] Weights = [0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891];

    /// <summary>∫_a^b f(r) r^m dr, for each of several integrands at once (one evaluation of <paramref name="f"/> per node).</summary>
    public static double[] Integrate(double a, double b, int m, IReadOnlyList<double> breakpoints, int count, Action<double, double[]> f)
    {
        var cuts = new List<double> { a };
        foreach (double c in breakpoints) if (c > a && c < b) cuts.Add(c);
        cuts.Add(b);
        cuts.Sort();
        int pieces = cuts.Count - 1;
        int perPiece = Math.Max(2, 256 / pieces);
        var sum = new double[count];
        var values = new double[count];
        for (int p = 0; p < pieces; p++)
        {
            double h = (cuts[p + 1] - cuts[p]) / perPiece;
            for (int s = 0; s < perPiece; s++)
            {
                double lo = cuts[p] + s * h, mid = lo + 0.5 * h;
                for (int q = 0; q < Nodes.Length; q++)
                {
                    double r = mid + 0.5 * h * Nodes[q];
                    f(r, values);
                    double w = 0.5 * h * Weights[q] * Math.Pow(r, m);
                    for (int k = 0; k < count; k++) sum[k] += w * values[k];
                }
            }
        }
        return sum;
    }
}
