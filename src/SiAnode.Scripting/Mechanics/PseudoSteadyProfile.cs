namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// The pseudo-steady (long-time) galvanostatic concentration in a Si sphere, solid or with a central pore
/// (analysis.md §C item 2, "c = c̄(t) + Γφ with ∇²φ = const"): c̃(x) = c̄ + φ(x), φ = s x²/6 + C/x + K, with
/// s = dc̄/dτ = 3(Γ + Γ_in x_in²)/(1 − x_in³), C = s/3 − Γ (so ∂c̃/∂x = Γ at x = 1 and −Γ_in at x_in) and K giving φ zero
/// volume mean. Solid sphere: φ = Γ(x²/2 − 3/10). "Full lithiation" is the moment max c̃ = 1 (analysis.md §C item 2).
/// </summary>
/// <param name="Gamma">Γ = JR/(Dc_max) on the outer surface.</param>
/// <param name="InnerRadiusFraction">x_in = a/R (0 for a solid sphere).</param>
/// <param name="InnerGamma">Γ_in on the pore wall (f_pore·Γ; 0 for a sealed pore).</param>
public sealed record PseudoSteadyProfile(double Gamma, double InnerRadiusFraction = 0.0, double InnerGamma = 0.0)
{
    private double X0 => InnerRadiusFraction;

    /// <summary>s = dc̄/dτ = 3(Γ + Γ_in x_in²)/(1 − x_in³) = ∇²φ.</summary>
    public double Source => 3.0 * (Gamma + InnerGamma * X0 * X0) / (1.0 - X0 * X0 * X0);

    /// <summary>C = s/3 − Γ, the coefficient of 1/x (exactly 0 in a solid sphere).</summary>
    public double ReciprocalCoefficient => X0 == 0.0 ? 0.0 : Source / 3.0 - Gamma;

    /// <summary>K, from ∫_{x_in}^1 φ 3x² dx = s(1 − x_in⁵)/10 + 3C(1 − x_in²)/2 + K(1 − x_in³) = 0.</summary>
    public double Constant
        => -(Source * (1.0 - Math.Pow(X0, 5)) / 10.0 + 1.5 * ReciprocalCoefficient * (1.0 - X0 * X0)) / (1.0 - X0 * X0 * X0);

    /// <summary>φ(x) = c̃(x) − c̄.</summary>
    public double Shape(double x)
    {
        Validate();
        if (!(x >= X0 && x <= 1.0)) throw new ArgumentOutOfRangeException(nameof(x), x, "x must lie in [x_in, 1]");
        double c = ReciprocalCoefficient;
        return Source * x * x / 6.0 + (c == 0.0 ? 0.0 : c / x) + Constant;
    }

    /// <summary>c̃(x) = c̄ + φ(x).</summary>
    public double Concentration(double x, double meanConcentration) => meanConcentration + Shape(x);

    /// <summary>max φ over [x_in, 1]: at a wall, or at the stationary point x³ = 3C/s when that is a maximum inside.</summary>
    public double MaximumShape
    {
        get
        {
            double max = Math.Max(Shape(1.0), Shape(Math.Max(X0, 0.0)));
            double s = Source, c = ReciprocalCoefficient;
            if (s != 0.0 && c / s > 0.0)
            {
                double xs = Math.Cbrt(3.0 * c / s);
                if (xs > X0 && xs < 1.0) max = Math.Max(max, Shape(xs));
            }
            return max;
        }
    }

    /// <summary>c̄ at "full lithiation", when max c̃ = 1: 1 − max φ (0.7538 for the solid sphere at Γ = 1.231).</summary>
    public double FullLithiationMean => 1.0 - MaximumShape;

    /// <summary>The eigenstrain ε* = β(c̄ + φ) in µm for a layer, as an exact <see cref="PolynomialEigenstrain"/> with a 1/r term.</summary>
    /// <param name="radiusMicrometres">R, the outer radius of the Si (µm).</param>
    /// <param name="strainPerNormalizedConcentration">β = Ωc_max/3.</param>
    /// <param name="meanConcentration">c̄; <see cref="FullLithiationMean"/> for the paper's "full lithiation state".</param>
    public PolynomialEigenstrain ToEigenstrain(double radiusMicrometres, double strainPerNormalizedConcentration, double meanConcentration)
    {
        Validate();
        double b = strainPerNormalizedConcentration;
        return new PolynomialEigenstrain(radiusMicrometres, [b * (meanConcentration + Constant), 0.0, b * Source / 6.0], b * ReciprocalCoefficient);
    }

    private void Validate()
    {
        if (!(X0 >= 0.0 && X0 < 1.0)) throw new ArgumentOutOfRangeException(nameof(InnerRadiusFraction), X0, "x_in must lie in [0, 1)");
        if (!double.IsFinite(Gamma) || !double.IsFinite(InnerGamma)) throw new ArgumentException("Γ and Γ_in must be finite");
    }
}
