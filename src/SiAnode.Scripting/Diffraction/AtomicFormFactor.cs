using System.Collections.Frozen;

namespace SiAnode.Scripting.Diffraction;

/// <summary>
/// X-ray atomic scattering factors in the Cromer–Mann form f(s) = Σᵢ₌₁⁴ aᵢ·exp(−bᵢ s²) + c, s = sinθ/λ (Å⁻¹), valid to
/// s = 2 Å⁻¹. Coefficients from International Tables for Crystallography Vol. C (2006), Table 6.1.1.4 (neutral atoms).
/// </summary>
/// <param name="Element">Element symbol.</param>
/// <param name="A">a₁…a₄.</param>
/// <param name="B">b₁…b₄ (Å²).</param>
/// <param name="C">c.</param>
public sealed record AtomicFormFactor(string Element, double[] A, double[] B, double C)
{
    private static readonly FrozenDictionary<string, AtomicFormFactor> Table = new AtomicFormFactor[]
    {
        // ITC Vol. C Table 6.1.1.4
        new("Li", [1.1282, 0.7508, 0.6175, 0.4653], [3.9546, 1.0524, 85.3905, 168.261], 0.0377),
        new("C", [2.3100, 1.0200, 1.5886, 0.8650], [20.8439, 10.2075, 0.5687, 51.6512], 0.2156),
        new("O", [3.0485, 2.2868, 1.5463, 0.8670], [13.2771, 5.7011, 0.3239, 32.9089], 0.2508),
        new("Si", [6.2915, 3.0353, 1.9891, 1.5410], [2.4386, 32.3337, 0.6785, 81.6937], 1.1407),
    }.ToFrozenDictionary(f => f.Element, StringComparer.OrdinalIgnoreCase);

    /// <summary>The elements tabulated here: Li, C, O, Si.</summary>
    public static IReadOnlyCollection<string> Elements => Table.Keys;

    /// <summary>The coefficients of an element; throws naming the elements available.</summary>
    /// <param name="element">Symbol, e.g. "Si".</param>
    public static AtomicFormFactor Of(string element) => Table.TryGetValue(element, out var f) ? f
        : throw new KeyNotFoundException($"no Cromer–Mann coefficients for '{element}'; available: {string.Join(", ", Table.Keys)}");

    /// <summary>f at s = sinθ/λ (Å⁻¹), in electrons.</summary>
    /// <param name="sinThetaOverLambda">s (Å⁻¹).</param>
    public double Evaluate(double sinThetaOverLambda)
    {
        double s2 = sinThetaOverLambda * sinThetaOverLambda, f = C;
        for (int i = 0; i < 4; i++) f += A[i] * Math.Exp(-B[i] * s2);
        return f;
    }
}
