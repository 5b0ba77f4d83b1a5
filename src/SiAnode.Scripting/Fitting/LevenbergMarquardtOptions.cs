namespace SiAnode.Scripting.Fitting;

/// <summary>Tolerances and limits of <see cref="LevenbergMarquardt"/>.</summary>
/// <param name="FTolerance">Relative reduction of the sum of squares below which the fit has converged.</param>
/// <param name="XTolerance">Relative scaled step size below which the fit has converged.</param>
/// <param name="GTolerance">Largest cosine between residuals and Jacobian columns at convergence.</param>
/// <param name="MaxIterations">Maximum number of Jacobian evaluations (outer iterations).</param>
/// <param name="MaxFunctionEvaluations">Maximum number of residual evaluations (without finite-difference ones).</param>
/// <param name="InitialDamping">τ: the first damping is τ·diag(JᵀJ) (Marquardt scaling).</param>
/// <param name="CentralDifferences">Use central instead of forward differences when the problem has no Jacobian.</param>
/// <param name="GeodesicAcceleration">
/// Add the second-order "geodesic acceleration" correction of Transtrum &amp; Sethna (2012, arXiv:1201.5885): one extra
/// residual evaluation per trial step; helps on long curved valleys.</param>
public sealed record LevenbergMarquardtOptions(
    double FTolerance = 1e-15,
    double XTolerance = 1e-13,
    double GTolerance = 1e-13,
    int MaxIterations = 5000,
    int MaxFunctionEvaluations = 20000,
    double InitialDamping = 1e-3,
    bool CentralDifferences = false,
    bool GeodesicAcceleration = false)
{
    /// <summary>The defaults: tight tolerances (the NIST StRD sets need them for 6+ digits).</summary>
    public static LevenbergMarquardtOptions Default { get; } = new();

    /// <summary>MINPACK/lmfit defaults (ftol = xtol = 1e-8, gtol = 0): faster for spectra where 6 digits are not meaningful.</summary>
    public static LevenbergMarquardtOptions Loose { get; } = new(1e-8, 1e-8, 1e-10);
}
