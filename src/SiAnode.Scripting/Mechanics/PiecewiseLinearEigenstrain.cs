namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// ε*(r) interpolated linearly between nodes (r_j, ε_j) and held constant outside them. Used for concentration
/// profiles from the finite-volume diffusion solver (ε* = Ωc/3); the moments are exact for the interpolant,
/// evaluated from cumulative sums at the nodes (O(log n) per radius).
/// </summary>
public sealed class PiecewiseLinearEigenstrain : RadialEigenstrain
{
    private readonly double[] _r, _e, _cumSphere, _cumCylinder;

    /// <summary>Creates the interpolant through (r_j, ε_j).</summary>
    /// <param name="radiiMicrometres">Strictly increasing node radii (µm), at least one, all ≥ 0.</param>
    /// <param name="strains">ε_j at each node.</param>
    public PiecewiseLinearEigenstrain(IReadOnlyList<double> radiiMicrometres, IReadOnlyList<double> strains)
    {
        ArgumentNullException.ThrowIfNull(radiiMicrometres);
        ArgumentNullException.ThrowIfNull(strains);
        if (radiiMicrometres.Count == 0 || radiiMicrometres.Count != strains.Count)
            throw new ArgumentException("give as many strains as radii, at least one", nameof(strains));
        _r = [.. radiiMicrometres];
        _e = [.. strains];
        for (int j = 0; j < _r.Length; j++)
        {
            if (!double.IsFinite(_r[j]) || _r[j] < 0 || !double.IsFinite(_e[j]))
                throw new ArgumentException(FormattableString.Invariant($"node {j} is not a finite radius ≥ 0 with a finite strain"), nameof(radiiMicrometres));
            if (j > 0 && !(_r[j] > _r[j - 1]))
                throw new ArgumentException("radii must be strictly increasing", nameof(radiiMicrometres));
        }
        _cumSphere = new double[_r.Length];
        _cumCylinder = new double[_r.Length];
        for (int j = 1; j < _r.Length; j++)
        {
            _cumSphere[j] = _cumSphere[j - 1] + SegmentMoment(j - 1, _r[j - 1], _r[j], 3);
            _cumCylinder[j] = _cumCylinder[j - 1] + SegmentMoment(j - 1, _r[j - 1], _r[j], 2);
        }
    }

    /// <summary>The node radii (µm).</summary>
    public IReadOnlyList<double> Radii => _r;

    /// <summary>The node strains.</summary>
    public IReadOnlyList<double> Strains => _e;

    /// <inheritdoc />
    public override IReadOnlyList<double> Breakpoints => _r;

    /// <inheritdoc />
    public override bool IsUniform => _e.All(e => e == _e[0]);

    /// <inheritdoc />
    public override double At(double radiusMicrometres)
    {
        if (radiusMicrometres <= _r[0]) return _e[0];
        if (radiusMicrometres >= _r[^1]) return _e[^1];
        int j = Segment(radiusMicrometres);
        double t = (radiusMicrometres - _r[j]) / (_r[j + 1] - _r[j]);
        return _e[j] + t * (_e[j + 1] - _e[j]);
    }

    /// <inheritdoc />
    public override double SphericalMoment(double fromMicrometres, double toMicrometres)
        => Primitive(toMicrometres, 3) - Primitive(fromMicrometres, 3);

    /// <inheritdoc />
    public override double CylindricalMoment(double fromMicrometres, double toMicrometres)
        => Primitive(toMicrometres, 2) - Primitive(fromMicrometres, 2);

    // P(r) = ∫_{r_0}^{r} ε*(s) s^(p−1) ds (negative below r_0, where ε* = ε_0).
    private double Primitive(double r, int p)
    {
        if (r <= _r[0]) return _e[0] * (Math.Pow(r, p) - Math.Pow(_r[0], p)) / p;
        double[] cum = p == 3 ? _cumSphere : _cumCylinder;
        if (r >= _r[^1]) return cum[^1] + _e[^1] * (Math.Pow(r, p) - Math.Pow(_r[^1], p)) / p;
        int j = Segment(r);
        return cum[j] + SegmentMoment(j, _r[j], r, p);
    }

    // ∫_{s0}^{s1} (α + γ s) s^(p−1) ds on the segment j, whose line is ε = α + γ s.
    private double SegmentMoment(int j, double s0, double s1, int p)
    {
        double slope = (_e[j + 1] - _e[j]) / (_r[j + 1] - _r[j]);
        double intercept = _e[j] - slope * _r[j];
        return intercept * (Math.Pow(s1, p) - Math.Pow(s0, p)) / p + slope * (Math.Pow(s1, p + 1) - Math.Pow(s0, p + 1)) / (p + 1);
    }

    // The j with r_j ≤ r < r_{j+1}, for r_0 < r < r_last.
    private int Segment(double r)
    {
        int i = Array.BinarySearch(_r, r);
        if (i >= 0) return Math.Min(i, _r.Length - 2);
        return ~i - 1;
    }
}
