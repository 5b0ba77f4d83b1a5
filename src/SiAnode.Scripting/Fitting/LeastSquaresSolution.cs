namespace SiAnode.Scripting.Fitting;

/// <summary>The outcome of <see cref="LevenbergMarquardt.Minimize"/>.</summary>
/// <param name="Parameters">p at the minimum.</param>
/// <param name="Residuals">r(p).</param>
/// <param name="SumOfSquares">‖r(p)‖².</param>
/// <param name="JacobianColumns">∂r/∂p at p, column-wise (analytic or finite differences).</param>
/// <param name="Iterations">Outer iterations (Jacobian evaluations).</param>
/// <param name="FunctionEvaluations">Residual evaluations, excluding those for finite differences.</param>
/// <param name="StopReason">Why the iteration stopped.</param>
public sealed record LeastSquaresSolution(
    double[] Parameters,
    double[] Residuals,
    double SumOfSquares,
    double[][] JacobianColumns,
    int Iterations,
    int FunctionEvaluations,
    FitStopReason StopReason)
{
    /// <summary>True for the convergence reasons (relative reduction, step size, gradient, zero residual).</summary>
    public bool Converged => StopReason is FitStopReason.RelativeReduction or FitStopReason.StepSize or FitStopReason.Gradient or FitStopReason.ZeroResidual;
}
