using System.Numerics;

namespace SiAnode.Scripting.Impedance.Circuits;

/// <summary>
/// An equivalent-circuit element type: its prefix in a circuit string (R, C, CPE, Wo, ...), its parameters, its impedance
/// Z(ω, p) and, where written, the analytic derivatives ∂Z/∂pₖ (otherwise central differences are used).
/// </summary>
/// <param name="Prefix">Letters that start the element's name in a circuit string, e.g. "CPE" in "CPE1".</param>
/// <param name="ParameterUnits">One unit per parameter, e.g. ["Ohm s^-a", ""] for a CPE.</param>
/// <param name="Impedance">Z(ω, p).</param>
/// <param name="Gradient">Writes ∂Z/∂pₖ into the span; null for numerical derivatives.</param>
/// <param name="Description">Formula and meaning, for listings and errors.</param>
public sealed record CircuitElementDefinition(
    string Prefix,
    IReadOnlyList<string> ParameterUnits,
    Func<double, ReadOnlySpan<double>, Complex> Impedance,
    GradientFunction? Gradient,
    string Description)
{
    /// <summary>Number of parameters.</summary>
    public int ParameterCount => ParameterUnits.Count;
}

/// <summary>Writes ∂Z/∂pₖ at angular frequency ω.</summary>
/// <param name="omega">ω (rad/s).</param>
/// <param name="parameters">p.</param>
/// <param name="gradient">Receives one complex derivative per parameter.</param>
public delegate void GradientFunction(double omega, ReadOnlySpan<double> parameters, Span<Complex> gradient);
