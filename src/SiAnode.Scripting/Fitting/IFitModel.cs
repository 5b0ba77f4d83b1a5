namespace SiAnode.Scripting.Fitting;

/// <summary>
/// A model function f(x; p) with named parameters, evaluated one observation at a time. x holds the
/// <see cref="VariableCount"/> independent variables of the observation (one for a spectrum).
/// </summary>
public interface IFitModel
{
    /// <summary>The parameter names, in the order of the parameter vector.</summary>
    IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The number of independent variables per observation.</summary>
    int VariableCount { get; }

    /// <summary>f(x; p).</summary>
    /// <param name="x">The observation's variables.</param>
    /// <param name="parameters">Parameter values in <see cref="ParameterNames"/> order.</param>
    double Evaluate(ReadOnlySpan<double> x, ReadOnlySpan<double> parameters);

    /// <summary>Writes ∂f/∂p_k; returns false when the model has no analytic derivatives (finite differences are used).</summary>
    /// <param name="x">The observation's variables.</param>
    /// <param name="parameters">Parameter values.</param>
    /// <param name="gradient">Receives one partial per parameter.</param>
    bool TryGradient(ReadOnlySpan<double> x, ReadOnlySpan<double> parameters, Span<double> gradient);
}
