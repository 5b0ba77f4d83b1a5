using System.Collections.Concurrent;
using System.Numerics;

namespace SiAnode.Scripting.Impedance.Circuits;

/// <summary>
/// The element library of circuit strings, in impedance.py's conventions (Murbach et al., J. Open Source Softw. 5, 2349, 2020):
/// R, C, L, CPE (Q, α), W (semi-infinite Warburg, A_W), Wo (finite-space/open Warburg, Z₀, τ), Ws (finite-length/short
/// Warburg, Z₀, τ), G (Gerischer, R_G, t_G), La (modified inductance, L, α), K (RC with time constant, R, τ).
/// <see cref="Register"/> adds user-defined elements.
/// </summary>
public static class CircuitElements
{
    private static readonly ConcurrentDictionary<string, CircuitElementDefinition> registry = new(StringComparer.Ordinal);

    static CircuitElements()
    {
        Add(new("R", ["Ohm"], (w, p) => p[0], (w, p, g) => g[0] = 1, "resistor, Z = R"));
        Add(new("C", ["F"], (w, p) => 1 / new Complex(0, w * p[0]), (w, p, g) => g[0] = -1 / new Complex(0, w * p[0] * p[0]), "capacitor, Z = 1/(jωC)"));
        Add(new("L", ["H"], (w, p) => new Complex(0, w * p[0]), (w, p, g) => g[0] = new Complex(0, w), "inductor, Z = jωL"));
        Add(new("CPE", ["Ohm^-1 s^a", ""], Cpe, CpeGradient, "constant-phase element, Z = 1/(Q (jω)^α)"));
        Add(new("W", ["Ohm s^-1/2"], (w, p) => p[0] * new Complex(1, -1) / Math.Sqrt(w), (w, p, g) => g[0] = new Complex(1, -1) / Math.Sqrt(w),
            "semi-infinite Warburg, Z = A_W (1 − j)/√ω"));
        Add(new("Wo", ["Ohm", "s"], (w, p) => p[0] * Coth(S(w, p[1])) / S(w, p[1]), WoGradient,
            "finite-space (open) Warburg, Z = Z₀ coth(√(jωτ))/√(jωτ)"));
        Add(new("Ws", ["Ohm", "s"], (w, p) => p[0] * Complex.Tanh(S(w, p[1])) / S(w, p[1]), WsGradient,
            "finite-length (short) Warburg, Z = Z₀ tanh(√(jωτ))/√(jωτ)"));
        Add(new("G", ["Ohm", "s"], (w, p) => p[0] / Complex.Sqrt(new Complex(1, w * p[1])), GerischerGradient,
            "Gerischer, Z = R_G/√(1 + jω t_G)"));
        Add(new("La", ["H s^(a-1)", ""], (w, p) => p[0] * Complex.Pow(new Complex(0, w), p[1]), LaGradient,
            "modified inductance, Z = L (jω)^α"));
        Add(new("K", ["Ohm", "s"], (w, p) => p[0] / new Complex(1, w * p[1]),
            (w, p, g) => { var d = new Complex(1, w * p[1]); g[0] = 1 / d; g[1] = -p[0] * new Complex(0, w) / (d * d); },
            "RC element by time constant, Z = R/(1 + jωτ)"));
    }

    /// <summary>All element types, longest prefix first (so "CPE" wins over "C", "Wo" over "W").</summary>
    public static IReadOnlyList<CircuitElementDefinition> All => registry.Values.OrderByDescending(d => d.Prefix.Length).ThenBy(d => d.Prefix, StringComparer.Ordinal).ToList();

    /// <summary>Adds a user-defined element type (its prefix must be letters and new).</summary>
    public static void Register(CircuitElementDefinition definition)
    {
        if (definition.Prefix.Length == 0 || !definition.Prefix.All(char.IsAsciiLetter) || definition.Prefix == "p")
            throw new ArgumentException($"an element prefix must be ASCII letters other than 'p', got '{definition.Prefix}'", nameof(definition));
        if (!registry.TryAdd(definition.Prefix, definition))
            throw new ArgumentException($"an element with prefix '{definition.Prefix}' exists already", nameof(definition));
    }

    /// <summary>The element type of a prefix, or null.</summary>
    public static CircuitElementDefinition? Find(string prefix) => registry.TryGetValue(prefix, out var d) ? d : null;

    private static void Add(CircuitElementDefinition d) => registry[d.Prefix] = d;

    private static Complex S(double w, double tau) => Complex.Sqrt(new Complex(0, w * tau));

    /// <summary>coth z computed as (1 + e^(−2z))/(1 − e^(−2z)), which does not overflow for large Re z.</summary>
    internal static Complex Coth(Complex z)
    {
        var e = Complex.Exp(-2 * z);
        return (1 + e) / (1 - e);
    }

    private static Complex JOmegaPow(double w, double a) => Complex.FromPolarCoordinates(Math.Pow(w, a), a * Math.PI / 2);

    private static Complex Cpe(double w, ReadOnlySpan<double> p) => 1 / (p[0] * JOmegaPow(w, p[1]));

    private static void CpeGradient(double w, ReadOnlySpan<double> p, Span<Complex> g)
    {
        var z = Cpe(w, p);
        g[0] = -z / p[0];
        g[1] = -z * new Complex(Math.Log(w), Math.PI / 2); // ln(jω)
    }

    private static void WoGradient(double w, ReadOnlySpan<double> p, Span<Complex> g)
    {
        var s = S(w, p[1]);
        var coth = Coth(s);
        g[0] = coth / s;
        // d/ds [coth(s)/s] = (coth′(s) s − coth s)/s² with coth′ = 1 − coth² ; ds/dτ = s/(2τ)
        var dds = ((1 - coth * coth) * s - coth) / (s * s);
        g[1] = p[0] * dds * s / (2 * p[1]);
    }

    private static void WsGradient(double w, ReadOnlySpan<double> p, Span<Complex> g)
    {
        var s = S(w, p[1]);
        var tanh = Complex.Tanh(s);
        g[0] = tanh / s;
        var dds = ((1 - tanh * tanh) * s - tanh) / (s * s);
        g[1] = p[0] * dds * s / (2 * p[1]);
    }

    private static void GerischerGradient(double w, ReadOnlySpan<double> p, Span<Complex> g)
    {
        var d = new Complex(1, w * p[1]);
        var root = Complex.Sqrt(d);
        g[0] = 1 / root;
        g[1] = -0.5 * p[0] * new Complex(0, w) / (d * root);
    }

    private static void LaGradient(double w, ReadOnlySpan<double> p, Span<Complex> g)
    {
        var jw = JOmegaPow(w, p[1]);
        g[0] = jw;
        g[1] = p[0] * jw * new Complex(Math.Log(w), Math.PI / 2);
    }
}
