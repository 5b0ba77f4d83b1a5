namespace SiAnode.Scripting.Fitting;

/// <summary>
/// A quantity computed from fitted parameters with its standard error by the delta method,
/// σ²_g ≈ ∇gᵀ·C·∇g with C the parameter covariance (first-order error propagation; JCGM 100:2008 (GUM) Eq. 13).
/// </summary>
/// <param name="Value">g at the best-fit parameters.</param>
/// <param name="StandardError">√(∇gᵀ C ∇g).</param>
public sealed record DerivedValue(double Value, double StandardError);
