namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// Finite-volume solver for ∂c̃/∂τ = x⁻²∂/∂x(x²∂c̃/∂x) in the unit sphere with ∂c̃/∂x = Γ at x = 1 (galvanostatic
/// lithiation, analysis.md §C item 1) and symmetry at x = 0. N equal shells; the flux through the face at x_f is
/// x_f²(c̃ᵢ₊₁ − c̃ᵢ)/Δx; the shell volumes are (x₊³ − x₋³)/3, so Σ Vᵢc̃ᵢ grows by exactly Γ per unit τ.
/// Time stepping is Crank–Nicolson after four implicit-Euler half steps (Rannacher start-up, which damps the
/// oscillation CN would keep from the switched-on flux). Used to cross-check <see cref="GalvanostaticSphere"/> (vector G1)
/// and for profiles the series does not cover (e.g. a varying current, later).
/// </summary>
public static class SphericalDiffusionFiniteVolume
{
    /// <summary>Solves from c̃ = <paramref name="initialConcentration"/> at τ = 0 and returns the profile at each requested τ.</summary>
    /// <param name="gamma">Γ = JR/(Dc_max) (positive for lithiation).</param>
    /// <param name="outputTaus">Increasing τ values &gt; 0 at which to report the profile.</param>
    /// <param name="cellCount">Number of shells N (≥ 4); 400 matches the series within 3×10⁻⁵ at the surface for τ ≥ 0.01.</param>
    /// <param name="maximumTimeStep">Largest Δτ; each output interval is cut into equal steps no larger.</param>
    /// <param name="initialConcentration">Uniform c̃ at τ = 0.</param>
    public static IReadOnlyList<SphereConcentrationProfile> Galvanostatic(double gamma, IReadOnlyList<double> outputTaus,
        int cellCount = 400, double maximumTimeStep = 1e-5, double initialConcentration = 0.0)
    {
        if (!double.IsFinite(gamma)) throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "must be finite");
        ArgumentNullException.ThrowIfNull(outputTaus);
        ArgumentOutOfRangeException.ThrowIfLessThan(cellCount, 4);
        if (!(maximumTimeStep > 0)) throw new ArgumentOutOfRangeException(nameof(maximumTimeStep), maximumTimeStep, "must be > 0");
        for (int k = 0; k < outputTaus.Count; k++)
            if (!(outputTaus[k] > (k == 0 ? 0.0 : outputTaus[k - 1])) || !double.IsFinite(outputTaus[k]))
                throw new ArgumentException("output times must be finite, > 0 and strictly increasing", nameof(outputTaus));

        int n = cellCount;
        double h = 1.0 / n;
        var volume = new double[n];
        var face = new double[n + 1]; // conductance x_f²/Δx of face f (face 0 at the centre is closed)
        var centres = new double[n];
        for (int i = 0; i < n; i++)
        {
            volume[i] = (Math.Pow((i + 1) * h, 3) - Math.Pow(i * h, 3)) / 3.0;
            centres[i] = (i + 0.5) * h;
        }
        for (int f = 1; f < n; f++) face[f] = f * h * f * h / h;
        var c = Enumerable.Repeat(initialConcentration, n).ToArray();
        var results = new List<SphereConcentrationProfile>();
        double tau = 0.0;
        bool started = false;
        foreach (double target in outputTaus)
        {
            double span = target - tau;
            if (!started)
            {
                // Rannacher start-up: four implicit-Euler steps of half the CN step.
                double first = Math.Min(maximumTimeStep, span / 2.0);
                for (int k = 0; k < 4; k++) Step(c, volume, face, gamma, first / 2.0, 1.0);
                tau += 2.0 * first;
                span = target - tau;
                started = true;
            }
            int steps = (int)Math.Ceiling(span / maximumTimeStep - 1e-9);
            double dt = steps > 0 ? span / steps : 0.0;
            for (int k = 0; k < steps; k++) Step(c, volume, face, gamma, dt, 0.5);
            tau = target;
            double surface = SurfaceValue(c, gamma, h);
            results.Add(new SphereConcentrationProfile(tau, gamma, centres, [.. c], surface));
        }
        return results;
    }

    /// <summary>The profile at one τ (see the list overload).</summary>
    public static SphereConcentrationProfile Galvanostatic(double gamma, double tau, int cellCount = 400, double maximumTimeStep = 1e-5, double initialConcentration = 0.0)
        => Galvanostatic(gamma, [tau], cellCount, maximumTimeStep, initialConcentration)[0];

    // One θ-step: (V/Δτ − θL)cⁿ⁺¹ = (V/Δτ + (1 − θ)L)cⁿ + Γ e_N, solved by the Thomas algorithm.
    private static void Step(double[] c, double[] volume, double[] face, double gamma, double dt, double theta)
    {
        int n = c.Length;
        var lower = new double[n];
        var diag = new double[n];
        var upper = new double[n];
        var rhs = new double[n];
        for (int i = 0; i < n; i++)
        {
            double west = face[i], east = i + 1 < n ? face[i + 1] : 0.0;
            double lc = -(west + east) * c[i] + (i > 0 ? west * c[i - 1] : 0.0) + (i + 1 < n ? east * c[i + 1] : 0.0);
            rhs[i] = volume[i] / dt * c[i] + (1.0 - theta) * lc + (i == n - 1 ? gamma : 0.0);
            diag[i] = volume[i] / dt + theta * (west + east);
            lower[i] = -theta * west;
            upper[i] = -theta * east;
        }
        for (int i = 1; i < n; i++)
        {
            double w = lower[i] / diag[i - 1];
            diag[i] -= w * upper[i - 1];
            rhs[i] -= w * rhs[i - 1];
        }
        c[n - 1] = rhs[n - 1] / diag[n - 1];
        for (int i = n - 2; i >= 0; i--) c[i] = (rhs[i] - upper[i] * c[i + 1]) / diag[i];
    }

    // c(x) ≈ c_s − Γ(1 − x) + k(1 − x)² through the last two centres: c_s = c_N + Γh/2 − kh²/4, k = (Γh − (c_N − c_{N−1}))/(2h²).
    private static double SurfaceValue(double[] c, double gamma, double h)
    {
        double cn = c[^1], cm = c[^2];
        double k = (gamma * h - (cn - cm)) / (2.0 * h * h);
        return cn + gamma * h / 2.0 - k * h * h / 4.0;
    }
}
