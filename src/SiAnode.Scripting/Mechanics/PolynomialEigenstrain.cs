namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// ε*(r) = Σ_k c_k (r/R)^k. The pseudo-steady galvanostatic profile of analysis.md §C, c = c̄ + Γ(x²/2 − 3/10),
/// is the case k ≤ 2 (test vector P1: ε* = e₀x²). Moments are integrated term by term in closed form.
/// </summary>
public sealed class PolynomialEigenstrain : RadialEigenstrain
{
    private readonly double[] _c;

    /// <summary>Creates ε*(r) = Σ c_k (r/R)^k.</summary>
    /// <param name="referenceRadiusMicrometres">R (µm), &gt; 0.</param>
    /// <param name="coefficients">c₀, c₁, … (at least one, all finite).</param>
    public PolynomialEigenstrain(double referenceRadiusMicrometres, IReadOnlyList<double> coefficients)
    {
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

    /// <inheritdoc />
    public override bool IsUniform => _c.Skip(1).All(c => c == 0.0);

    /// <inheritdoc />
    public override double At(double radiusMicrometres)
    {
        double x = radiusMicrometres / ReferenceRadiusMicrometres, sum = 0.0;
        for (int k = _c.Length - 1; k >= 0; k--) sum = sum * x + _c[k];
        return sum;
    }

    /// <inheritdoc />
    public override double SphericalMoment(double fromMicrometres, double toMicrometres) => Moment(fromMicrometres, toMicrometres, 3);

    /// <inheritdoc />
    public override double CylindricalMoment(double fromMicrometres, double toMicrometres) => Moment(fromMicrometres, toMicrometres, 2);

    // ∫ c_k (s/R)^k s^(p−1) ds = c_k R^p [x^(k+p)]/(k+p), x = s/R.
    private double Moment(double from, double to, int p)
    {
        double r = ReferenceRadiusMicrometres, x0 = from / r, x1 = to / r, sum = 0.0;
        for (int k = 0; k < _c.Length; k++)
            if (_c[k] != 0.0) sum += _c[k] * (Math.Pow(x1, k + p) - Math.Pow(x0, k + p)) / (k + p);
        return sum * Math.Pow(r, p);
    }
}
