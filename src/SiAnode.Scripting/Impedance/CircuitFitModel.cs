using System.Numerics;
using SiAnode.Scripting.Fitting;
using SiAnode.Scripting.Impedance.Circuits;

namespace SiAnode.Scripting.Impedance;

/// <summary>
/// A circuit as a real-valued fit model for the fitting engine: variable 0 is ω (rad/s), variable 1 selects the part
/// (0 = Z′, 1 = Z″). Stacking both parts of every point turns complex nonlinear least squares into ordinary least squares,
/// with the circuit's analytic ∂Z/∂p as the Jacobian.
/// </summary>
/// <param name="circuit">The circuit.</param>
public sealed class CircuitFitModel(Circuit circuit) : IFitModel
{
    /// <summary>The circuit.</summary>
    public Circuit Circuit { get; } = circuit;

    /// <inheritdoc />
    public IReadOnlyList<string> ParameterNames => Circuit.ParameterNames;

    /// <inheritdoc />
    public int VariableCount => 2;

    /// <inheritdoc />
    public double Evaluate(ReadOnlySpan<double> x, ReadOnlySpan<double> parameters)
    {
        var z = Circuit.Impedance(x[0], parameters);
        return x[1] == 0 ? z.Real : z.Imaginary;
    }

    /// <inheritdoc />
    public bool TryGradient(ReadOnlySpan<double> x, ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        Span<Complex> g = gradient.Length <= 64 ? stackalloc Complex[gradient.Length] : new Complex[gradient.Length];
        Circuit.ImpedanceAndGradient(x[0], parameters, g);
        bool real = x[1] == 0;
        for (int k = 0; k < gradient.Length; k++) gradient[k] = real ? g[k].Real : g[k].Imaginary;
        return true;
    }
}
