namespace SiAnode.Scripting.Fitting;

/// <summary>
/// A nonlinear least-squares problem min ‖r(p)‖² for <see cref="LevenbergMarquardt"/>: residuals r(p) ∈ ℝⁿ of the
/// parameters p ∈ ℝᵐ and, optionally, their Jacobian.
/// </summary>
public interface ILeastSquaresProblem
{
    /// <summary>n, the number of residuals.</summary>
    int ResidualCount { get; }

    /// <summary>m, the number of parameters.</summary>
    int ParameterCount { get; }

    /// <summary>Writes r(p) into <paramref name="residuals"/> (length n).</summary>
    /// <param name="parameters">p.</param>
    /// <param name="residuals">Receives r.</param>
    void Residuals(ReadOnlySpan<double> parameters, Span<double> residuals);

    /// <summary>
    /// Writes the Jacobian column-wise, <c>columns[j][i] = ∂r_i/∂p_j</c>. Returns false when no analytic Jacobian is
    /// available; the solver then uses finite differences.
    /// </summary>
    /// <param name="parameters">p.</param>
    /// <param name="columns">m arrays of length n.</param>
    bool Jacobian(ReadOnlySpan<double> parameters, double[][] columns);
}
