namespace SiAnode.Scripting.Fitting;

/// <summary>
/// Ready-made components (lmfit-style, with a name prefix so several can be summed): each returns an
/// <see cref="ExpressionModel"/> whose parameters are <c>{prefix}area</c>, <c>{prefix}center</c>, … .
/// </summary>
public static class Models
{
    /// <summary>Gaussian peak: parameters area, center, fwhm (<see cref="LineShapes.Gaussian"/>).</summary>
    /// <param name="prefix">Parameter name prefix, e.g. "p1_".</param>
    public static ExpressionModel Gaussian(string prefix = "") => Peak("gaussian", prefix, "area", "center", "fwhm");

    /// <summary>Lorentzian peak: parameters area, center, fwhm (<see cref="LineShapes.Lorentzian"/>).</summary>
    /// <param name="prefix">Parameter name prefix.</param>
    public static ExpressionModel Lorentzian(string prefix = "") => Peak("lorentzian", prefix, "area", "center", "fwhm");

    /// <summary>Pseudo-Voigt peak: parameters area, center, fwhm, eta (<see cref="LineShapes.PseudoVoigt"/>).</summary>
    /// <param name="prefix">Parameter name prefix.</param>
    public static ExpressionModel PseudoVoigt(string prefix = "") => Peak("pseudovoigt", prefix, "area", "center", "fwhm", "eta");

    /// <summary>Voigt peak: parameters area, center, sigma, gamma (<see cref="LineShapes.Voigt"/>).</summary>
    /// <param name="prefix">Parameter name prefix.</param>
    public static ExpressionModel Voigt(string prefix = "") => Peak("voigt", prefix, "area", "center", "sigma", "gamma");

    /// <summary>Pearson VII peak: parameters area, center, fwhm, m (<see cref="LineShapes.PearsonVII"/>).</summary>
    /// <param name="prefix">Parameter name prefix.</param>
    public static ExpressionModel PearsonVII(string prefix = "") => Peak("pearson7", prefix, "area", "center", "fwhm", "m");

    /// <summary>Split Gaussian: parameters area, center, fwhm_left, fwhm_right (<see cref="LineShapes.SplitGaussian"/>).</summary>
    /// <param name="prefix">Parameter name prefix.</param>
    public static ExpressionModel SplitGaussian(string prefix = "") => Peak("splitgaussian", prefix, "area", "center", "fwhm_left", "fwhm_right");

    /// <summary>Split Lorentzian: parameters area, center, fwhm_left, fwhm_right (<see cref="LineShapes.SplitLorentzian"/>).</summary>
    /// <param name="prefix">Parameter name prefix.</param>
    public static ExpressionModel SplitLorentzian(string prefix = "") => Peak("splitlorentzian", prefix, "area", "center", "fwhm_left", "fwhm_right");

    /// <summary>Doniach–Šunjić: parameters amplitude, center, fwhm, alpha (<see cref="LineShapes.DoniachSunjic"/>).</summary>
    /// <param name="prefix">Parameter name prefix.</param>
    public static ExpressionModel DoniachSunjic(string prefix = "") => Peak("doniach", prefix, "amplitude", "center", "fwhm", "alpha");

    /// <summary>Error-function step: parameters height, center, width (<see cref="LineShapes.ErfStep"/>).</summary>
    /// <param name="prefix">Parameter name prefix.</param>
    public static ExpressionModel ErfStep(string prefix = "") => Peak("step", prefix, "height", "center", "width");

    /// <summary>Exponential amplitude·exp(−x/decay).</summary>
    /// <param name="prefix">Parameter name prefix.</param>
    public static ExpressionModel Exponential(string prefix = "") => new($"{prefix}amplitude*exp(-x/{prefix}decay)");

    /// <summary>Straight line intercept + slope·x.</summary>
    /// <param name="prefix">Parameter name prefix.</param>
    public static ExpressionModel Linear(string prefix = "") => new($"{prefix}intercept + {prefix}slope*x");

    /// <summary>Polynomial c0 + c1·x + … + c_degree·x^degree.</summary>
    /// <param name="degree">Degree ≥ 0.</param>
    /// <param name="prefix">Parameter name prefix.</param>
    public static ExpressionModel Polynomial(int degree, string prefix = "")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        var terms = Enumerable.Range(0, degree + 1).Select(k => k switch
        {
            0 => $"{prefix}c0",
            1 => $"{prefix}c1*x",
            _ => $"{prefix}c{k}*x^{k}",
        });
        return new ExpressionModel(string.Join(" + ", terms));
    }

    private static ExpressionModel Peak(string function, string prefix, params string[] names)
        => new($"{function}(x, {string.Join(", ", names.Select(n => prefix + n))})");
}
