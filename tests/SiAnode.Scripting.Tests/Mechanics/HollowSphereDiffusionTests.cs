using SiAnode.Scripting.Mechanics;

namespace SiAnode.Scripting.Tests.Mechanics;

/// <summary>
/// A Si particle with a central pore (analysis.md §C, models III/IV in 1-D: R = 2.5 µm, pore 0.2 µm ⇒ x_in = 0.08),
/// lithiated through the outer surface (Γ) and the pore wall (Γ_in = f_pore·Γ).
/// </summary>
public class HollowSphereDiffusionTests
{
    private const double XIn = 0.08;

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void FiniteVolume_ConservesCharge(double fPore)
    {
        // Σ Vᵢc̃ᵢ / V = 3τ(Γ + Γ_in x_in²)/(1 − x_in³) exactly (flux balance), to 1e-12.
        double gamma = 1.0, gin = fPore * gamma;
        var profiles = SphericalDiffusionFiniteVolume.GalvanostaticHollow(gamma, gin, XIn, [0.02, 0.1], 200);
        foreach (var p in profiles)
            Digits.Within(3 * p.Tau * (gamma + gin * XIn * XIn) / (1 - Math.Pow(XIn, 3)), p.MeanConcentration, 1e-12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(3.0)]
    public void FiniteVolume_ApproachesPseudoSteadyProfile(double fPore)
    {
        // analysis.md §C item 2: at long times c̃ → c̄ + φ(x), ∇²φ = const (DiffusionInducedStress.PseudoSteadyConcentration).
        // At τ = 1 the transient is ~e^(−20) and the O(h²) FV error (N = 400) is ≲ 1e-5 (the pore-wall boundary layer is the
        // steepest part), so cells, the outer and the pore-wall values agree within 2e-5.
        double gamma = 1.0, gin = fPore * gamma;
        var p = SphericalDiffusionFiniteVolume.GalvanostaticHollow(gamma, gin, XIn, [1.0], 400, 1e-4)[0];
        double mean = p.MeanConcentration;
        for (int i = 0; i < p.CellCentres.Count; i += 5)
            Digits.Within(DiffusionInducedStress.PseudoSteadyConcentration(p.CellCentres[i], mean, gamma, XIn, gin), p.CellConcentrations[i], 2e-5);
        Digits.Within(DiffusionInducedStress.PseudoSteadyConcentration(1.0, mean, gamma, XIn, gin), p.SurfaceConcentration, 2e-5);
        Digits.Within(DiffusionInducedStress.PseudoSteadyConcentration(XIn, mean, gamma, XIn, gin), p.InnerSurfaceConcentration, 2e-5);
    }

    [Fact]
    public void PseudoSteady_SolidLimitIsTheParabola()
    {
        // x_in = 0 must give c̄ + Γ(x² / 2 − 3/10) (analysis.md §C item 2). Tolerance 1e-15.
        foreach (double x in new[] { 0.0, 0.4, 1.0 })
            Digits.Within(0.7 + 1.231 * (x * x / 2 - 0.3), DiffusionInducedStress.PseudoSteadyConcentration(x, 0.7, 1.231), 1e-15);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void HollowDIS_MatchesTimoshenkoWithPseudoSteadyProfile(double fPore)
    {
        // The exact layered solver on the FV profile (τ = 1, N = 400, piecewise-linear ε*) against Timoshenko & Goodier §151
        // for a free hollow sphere with ε* = βc̃_ps(x), whose I(r) is integrated in closed form:
        // ∫(c̄ + K + s x²/6 + C/x)x² dx = (c̄ + K)(x³ − x_in³)/3 + s(x⁵ − x_in⁵)/30 + C(x² − x_in²)/2.
        // Si E = 170 GPa, ν = 0.28, β = 0.933, R = 2.5 µm, Γ = 1. Tolerance 5e-3 GPa (≈ 236·0.933·2e-5).
        double gamma = 1.0, gin = fPore, e = 170, nu = 0.28, beta = 0.933, r0 = 2.5;
        var p = SphericalDiffusionFiniteVolume.GalvanostaticHollow(gamma, gin, XIn, [1.0], 400, 1e-4)[0];
        var fv = DiffusionInducedStress.FromProfile(p, r0, e, nu, beta);
        double mean = p.MeanConcentration, v = 1 - Math.Pow(XIn, 3), s = 3 * (gamma + gin * XIn * XIn) / v, c = s / 3 - gamma;
        double k = -(s * (1 - Math.Pow(XIn, 5)) / 10 + 1.5 * c * (1 - XIn * XIn)) / v;
        double I(double x) => beta * Math.Pow(r0, 3) * ((mean + k) * (x * x * x - Math.Pow(XIn, 3)) / 3 + s * (Math.Pow(x, 5) - Math.Pow(XIn, 5)) / 30 + c * (x * x - XIn * XIn) / 2);
        double a3 = Math.Pow(XIn * r0, 3), d = Math.Pow(r0, 3) - a3, ib = I(1.0), kk = e / (1 - nu);
        foreach (double x in new[] { XIn, 0.1, 0.3, 0.6, 0.9, 1.0 })
        {
            double r = x * r0, r3 = r * r * r, eps = beta * DiffusionInducedStress.PseudoSteadyConcentration(x, mean, gamma, XIn, gin);
            var st = fv.At(r);
            Digits.Within(2 * kk * ((r3 - a3) / (d * r3) * ib - I(x) / r3), st.RadialStressGigapascals, 5e-3);
            Digits.Within(kk * ((2 * r3 + a3) / (d * r3) * ib + I(x) / r3 - eps), st.HoopStressGigapascals, 5e-3);
        }
    }

    [Fact]
    public void ModelIVStack_PoreCoatingAndOuterCoating_AreTractionFreeAndBalanced()
    {
        // Model IV in 1-D: pore coating 0.1–0.2 µm, Si 0.2–2.5 µm (FV profile, f_pore = 1, τ = 0.05), coating 2.5–2.7 µm
        // (E 20 GPa, ν 0.25, ε_c = 0.3). Both free surfaces traction-free (1e-12 GPa) and ⟨σ_h⟩ = 0 over the solid (1e-9 GPa).
        var p = SphericalDiffusionFiniteVolume.GalvanostaticHollow(1.0, 1.0, XIn, [0.05], 200)[0];
        var s = DiffusionInducedStress.FromProfile(p, 2.5, coatings: [new ElasticLayer(2.5, 2.7, 20, 0.25, 0.3)],
            poreCoatings: [new ElasticLayer(0.1, 0.2, 20, 0.25, 0.3)]);
        Assert.Equal(3, s.Layers.Count);
        Digits.Within(0.0, s.At(0.1).RadialStressGigapascals, 1e-12);
        Digits.Within(0.0, s.At(2.7).RadialStressGigapascals, 1e-12);
        Digits.Within(0.0, s.Average().HydrostaticGigapascals, 1e-9);
        Assert.Throws<ArgumentException>(() => DiffusionInducedStress.FromProfile(SphericalDiffusionFiniteVolume.Galvanostatic(1.0, 0.05, 50), 2.5,
            poreCoatings: [new ElasticLayer(0.1, 0.2, 20, 0.25, 0.3)]));
    }
}
