namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// Finite-volume solver for ∂c̃/∂τ = x⁻²∂/∂x(x²∂c̃/∂x) in the unit sphere with ∂c̃/∂x = Γ at x = 1 (galvanostatic
/// lithiation, analysis.md §C item 1) and symmetry at x = 0, or a second flux on a pore wall (hollow sphere). N equal shells; the flux through the face at x_f is
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
        => Solve(gamma, 0.0, 0.0, outputTaus, cellCount, maximumTimeStep, initialConcentration);

    /// <summary>The profile at one τ (see the list overload).</summary>
    public static SphereConcentrationProfile Galvanostatic(double gamma, double tau, int cellCount = 400, double maximumTimeStep = 1e-5, double initialConcentration = 0.0)
        => Galvanostatic(gamma, [tau], cellCount, maximumTimeStep, initialConcentration)[0];

    /// <summary>
    /// A hollow sphere x_in ≤ x ≤ 1 (a particle with a central pore) lithiated through both walls: ∂c̃/∂x = Γ at x = 1 and
    /// ∂c̃/∂x = −Γ_in at x = x_in (Γ_in = f_pore·Γ for a pore wall with access fraction f_pore, analysis.md §C item 1;
    /// 0 for a sealed pore). Γ_in is scaled like Γ, by the outer radius R.
    /// </summary>
    /// <param name="gamma">Γ on the outer surface.</param>
    /// <param name="innerGamma">Γ_in, the inward flux on the pore wall in units of Dc_max/R.</param>
    /// <param name="innerRadiusFraction">x_in = a/R, 0 &lt; x_in &lt; 1.</param>
    /// <param name="outputTaus">Increasing τ values &gt; 0.</param>
    /// <param name="cellCount">Number of shells across the wall.</param>
    /// <param name="maximumTimeStep">Largest Δτ.</param>
    /// <param name="initialConcentration">Uniform c̃ at τ = 0.</param>
    public static IReadOnlyList<SphereConcentrationProfile> GalvanostaticHollow(double gamma, double innerGamma, double innerRadiusFraction,
        IReadOnlyList<double> outputTaus, int cellCount = 400, double maximumTimeStep = 1e-5, double initialConcentration = 0.0)
    {
        if (!(innerRadiusFraction > 0.0 && innerRadiusFraction < 1.0))
            throw new ArgumentOutOfRangeException(nameof(innerRadiusFraction), innerRadiusFraction, "x_in = a/R must lie in (0, 1)");
        return Solve(gamma, innerGamma, innerRadiusFraction, outputTaus, cellCount, maximumTimeStep, initialConcentration);
    }

    private static IReadOnlyList<SphereConcentrationProfile> Solve(double gamma, double innerGamma, double x0, IReadOnlyList<double> outputTaus,
        int cellCount, double maximumTimeStep, double initialConcentration)
    {
        if (!double.IsFinite(gamma)) throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "must be finite");
        if (!double.IsFinite(innerGamma)) throw new ArgumentOutOfRangeException(nameof(innerGamma), innerGamma, "must be finite");
        ArgumentNullException.ThrowIfNull(outputTaus);
        ArgumentOutOfRangeException.ThrowIfLessThan(cellCount, 4);
        if (!(maximumTimeStep > 0)) throw new ArgumentOutOfRangeException(nameof(maximumTimeStep), maximumTimeStep, "must be > 0");
        if (!double.IsFinite(initialConcentration)) throw new ArgumentOutOfRangeException(nameof(initialConcentration), initialConcentration, "must be finite");
        for (int k = 0; k < outputTaus.Count; k++)
            if (!(outputTaus[k] > (k == 0 ? 0.0 : outputTaus[k - 1])) || !double.IsFinite(outputTaus[k]))
                throw new ArgumentException("output times must be finite, > 0 and strictly increasing", nameof(outputTaus));

        int n = cellCount;
        double h = (1.0 - x0) / n;
        var volume = new double[n];
        var face = new double[n + 1]; // conductance x_f²/Δx of face f; the end faces carry the prescribed fluxes instead
        var centres = new double[n];
        for (int i = 0; i < n; i++)
        {
            double lo = x0 + i * h, hi = i == n - 1 ? 1.0 : x0 + (i + 1) * h;
            volume[i] = (hi * hi * hi - lo * lo * lo) / 3.0;
            centres[i] = lo + 0.5 * h;
        }
        for (int f = 1; f < n; f++)
        {
            double xf = x0 + f * h;
            face[f] = xf * xf / h;
        }
        double innerSource = innerGamma * x0 * x0; // flux Γ_in through the pore wall of area x_in² (per 4π)
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
                for (int k = 0; k < 4; k++) Step(c, volume, face, gamma, innerSource, first / 2.0, 1.0);
                tau += 2.0 * first;
                span = target - tau;
                started = true;
            }
            int steps = (int)Math.Ceiling(span / maximumTimeStep - 1e-9);
            double dt = steps > 0 ? span / steps : 0.0;
            for (int k = 0; k < steps; k++) Step(c, volume, face, gamma, innerSource, dt, 0.5);
            tau = target;
            results.Add(new SphereConcentrationProfile(tau, gamma, centres, [.. c], WallValue(c[^1], c[^2], -gamma, h))
            {
                InnerRadiusFraction = x0,
                InnerGamma = innerGamma,
                InnerSurfaceConcentration = x0 > 0.0 ? WallValue(c[0], c[1], -innerGamma, h) : double.NaN,
            });
        }
        return results;
    }

    // One θ-step: (V/Δτ − θL)cⁿ⁺¹ = (V/Δτ + (1 − θ)L)cⁿ + Γ e_N, solved by the Thomas algorithm.
    private static void Step(double[] c, double[] volume, double[] face, double gamma, double innerSource, double dt, double theta)
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
            rhs[i] = volume[i] / dt * c[i] + (1.0 - theta) * lc + (i == n - 1 ? gamma : 0.0) + (i == 0 ? innerSource : 0.0);
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

    // The wall value c_w from the two cells next to a wall and the gradient g = ∂c̃/∂d along d, the distance into the solid
    // (g = −Γ at x = 1, −Γ_in at the pore wall): c(d) = c_w + g d + k d², through d = h/2 and 3h/2 (second order).
    private static double WallValue(double first, double second, double g, double h)
    {
        double k = ((second - first) - g * h) / (2.0 * h * h);
        return first - g * h / 2.0 - k * h * h / 4.0;
    }
}
