namespace SiAnode.Scripting.Fitting.Backgrounds;

/// <summary>
/// Rubber-band baseline: the lower convex hull of the points (Andrew's monotone-chain algorithm, Andrew 1979,
/// Inf. Process. Lett. 9, 216), linearly interpolated at every x.
/// </summary>
public static class RubberBandBaseline
{
    /// <summary>The baseline at every point.</summary>
    /// <param name="x">Abscissae, strictly increasing.</param>
    /// <param name="y">Intensities.</param>
    public static double[] Compute(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = y.Length;
        if (x.Length != n || n < 2) throw new ArgumentException("x and y need the same length ≥ 2");
        var hull = new List<int>();
        for (int i = 0; i < n; i++)
        {
            while (hull.Count >= 2)
            {
                int a = hull[^2], b = hull[^1];
                double cross = (x[b] - x[a]) * (y[i] - y[a]) - (y[b] - y[a]) * (x[i] - x[a]);
                if (cross <= 0) hull.RemoveAt(hull.Count - 1);
                else break;
            }
            hull.Add(i);
        }
        var result = new double[n];
        for (int h = 0; h + 1 < hull.Count; h++)
        {
            int a = hull[h], b = hull[h + 1];
            for (int i = a; i <= b; i++)
                result[i] = y[a] + (y[b] - y[a]) * (x[i] - x[a]) / (x[b] - x[a]);
        }
        return result;
    }
}
