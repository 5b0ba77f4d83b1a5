namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// ε*(r) = c₋₁(R/r) + Σ_k c_k (r/R)^k. The pseudo-steady galvanostatic profile of analysis.md §C, c = c̄ + Γ(x²/2 − 3/10),
/// is the case k ≤ 2 (test vector P1: ε* = e₀x²); a particle with a central pore adds the c₋₁R/r term
/// (<see cref="PseudoSteadyProfile"/>), which is allowed only in layers away from r = 0. Moments are integrated term by term in closed form.
/// </summary>
public sealed class PolynomialEigenstrain : RadialEigenstrain
{
    private readonly double[] _c;

    /// <summary>Creates ε*(r) = Σ c_k (r/R)^k.</summary>
    /// <param name="referenceRadiusMicrometres">R (µm), &gt; 0.</param>
    /// <param name="coefficients">c₀, c₁, … (at least one, all finite).</param>
    /// <param name="reciprocalCoefficient">c₋₁ of the c₋₁(R/r) term (0 unless the profile lives in a hollow sphere).</param>
    public PolynomialEigenstrain(double referenceRadiusMicrometres, IReadOnlyList<double> coefficients, double reciprocalCoefficient = 0.0)
    {
        if (!double.IsFinite(reciprocalCoefficient))
            throw new ArgumentOutOfRangeException(nameof(reciprocalCoefficient), reciprocalCoefficient, "must be finite");
        ReciprocalCoefficient = reciprocalCoefficient;
        if (!(referenceRadiusMicrometres > 0) || !double.IsFinite(referenceRadiusMicrometres))
            throw new ArgumentOutOfRangeException(nameof(referenceRadiusMicrometres), referenceRadiusMicrometres, "must be a finite radius greater than zero");
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Count == 0 || coefficients.Any(c => !double.IsFinite(c)))
            throw new ArgumentException("give at least one finite coefficient", nameof(coefficients));
        ReferenceRadiusMicrometres = referenceRadiusMicrometres;
        _c = [.. coefficients];
    }

    /// <summary>R (µm).</summary>
    public double ReferenceRadiusMicrometres { get; }

    /// <summary>c₀, c₁, … of Σ c_k (r/R)^k.</summary>
    public IReadOnlyList<double> Coefficients => _c;

    /// <summary>c₋₁ of the c₋₁(R/r) term.</summary>
    public double ReciprocalCoefficient { get; }

    /// <inheritdoc />
    public override bool IsUniform => ReciprocalCoefficient == 0.0 && _c.Skip(1).All(c => c == 0.0);

    /// <inheritdoc />
    public override double At(double radiusMicrometres)
    {
        double x = radiusMicrometres / ReferenceRadiusMicrometres, sum = 0.0;
        for (int k = _c.Length - 1; k >= 0; k--) sum = sum * x + _c[k];
        return ReciprocalCoefficient == 0.0 ? sum : sum + ReciprocalCoefficient / x;
    }

    /// <inheritdoc />
    public override double SphericalMoment(double fromMicrometres, double toMicrometres) => Moment(fromMicrometres, toMicrometres, 3);

    /// <inheritdoc />
    public override double CylindricalMoment(double fromMicrometres, double toMicrometres) => Moment(fromMicrometres, toMicrometres, 2);

    // ∫ c_k (s/R)^k s^(p−1) ds = c_k R^p [x^(k+p)]/(k+p), x = s/R (k = −1 for the reciprocal term).
    private double Moment(double from, double to, int p)
    {
        double r = ReferenceRadiusMicrometres, x0 = from / r, x1 = to / r, sum = 0.0;
        for (int k = 0; k < _c.Length; k++)
            if (_c[k] != 0.0) sum += _c[k] * (Math.Pow(x1, k + p) - Math.Pow(x0, k + p)) / (k + p);
        if (ReciprocalCoefficient != 0.0) sum += ReciprocalCoefficient * (Math.Pow(x1, p - 1) - Math.Pow(x0, p - 1)) / (p - 1);
        return sum * Math.Pow(r, p);
    }
}
