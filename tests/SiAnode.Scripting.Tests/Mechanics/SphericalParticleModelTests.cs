using SiAnode.Scripting.Mechanics;

namespace SiAnode.Scripting.Tests.Mechanics;

/// <summary>The 1-D reading of the paper's models I–IV against analysis.md §C "Results" and closed forms.</summary>
public class SphericalParticleModelTests
{
    [Fact]
    public void ResultsRow_OneDimensionalSphere_MatchesAnalysis()
    {
        // analysis.md §C Results, row "1-D sphere DIS, Γ = 1.231 (calibrated on I), single central pore" (GPa, printed digits):
        // I 32.54 (surface 54.2), II 29.58, III 29.46 (pore wall 74.8), IV 27.77 (pore wall 26.8).
        // Defaults: β = 0.933, Si 170/0.28, coatings E 20, ν 0.25, ε_c = 0; f_pore = 0 in III, coated pore wall takes Γ in IV.
        var r = new SphericalParticleModel().SolveAll();
        Digits.Equal(32.54, r[0].MeanVonMisesGigapascals, 2);
        Digits.Equal(54.2, r[0].SurfaceVonMisesGigapascals, 1);
        Digits.Equal(29.58, r[1].MeanVonMisesGigapascals, 2);
        Digits.Equal(29.46, r[2].MeanVonMisesGigapascals, 2);
        Digits.Equal(74.8, r[2].PoreWallVonMisesGigapascals, 1);
        Digits.Equal(27.77, r[3].MeanVonMisesGigapascals, 2);
        Digits.Equal(26.8, r[3].PoreWallVonMisesGigapascals, 1);
        Assert.True(double.IsNaN(r[0].PoreWallVonMisesGigapascals));
    }

    [Fact]
    public void ModelI_IsTheParabolicClosedForm()
    {
        // Solid sphere: c̄ at full lithiation = 1 − Γ/5 (max φ = Γ(1/2 − 3/10)); mean von Mises 3EβΓ/25(1−ν), surface EβΓ/5(1−ν)
        // (P1 with e₀ = βΓ/2). Tolerance 1e-10.
        var i = new SphericalParticleModel().Solve(ParticleConfiguration.PureSilicon);
        Digits.Within(1 - 1.231 / 5, i.MeanConcentration, 1e-14);
        Digits.Within(DiffusionInducedStress.PseudoSteadyMeanVonMisesGigapascals(1.231), i.MeanVonMisesGigapascals, 1e-10);
        Digits.Within(DiffusionInducedStress.PseudoSteadySurfaceVonMisesGigapascals(1.231), i.SurfaceVonMisesGigapascals, 1e-10);
    }

    [Fact]
    public void CoatingDoesNotChangeSiliconVonMises_OnlyTheMean()
    {
        // analysis.md §C theorem: II differs from I only by the added coating volume; Si-only mean equal to 1e-10 GPa.
        var m = new SphericalParticleModel();
        Digits.Within(m.Solve(ParticleConfiguration.PureSilicon).SiliconMeanVonMisesGigapascals,
            m.Solve(ParticleConfiguration.CarbonCoated).SiliconMeanVonMisesGigapascals, 1e-10);
    }

    [Fact]
    public void PseudoSteadyProfile_HollowEigenstrainIsExact()
    {
        // The polynomial-plus-1/r eigenstrain of a hollow pseudo-steady profile against the profile itself (values to 1e-15)
        // and its sphere moment against Simpson (2000 intervals, 1e-12 µm³).
        var p = new PseudoSteadyProfile(1.231, 0.12, 1.231);
        var eps = p.ToEigenstrain(2.5, 0.933, p.FullLithiationMean);
        foreach (double x in new[] { 0.12, 0.5, 1.0 })
            Digits.Within(0.933 * p.Concentration(x, p.FullLithiationMean), eps.At(2.5 * x), 1e-15);
        double a = 0.3, b = 2.5, h = (b - a) / 2000, sum = 0;
        for (int k = 0; k <= 2000; k++)
        {
            double s = a + k * h, w = k == 0 || k == 2000 ? 1 : k % 2 == 1 ? 4 : 2;
            sum += w * eps.At(s) * s * s;
        }
        Digits.Within(sum * h / 3, eps.SphericalMoment(a, b), 1e-12);
        Digits.Within(1.0, p.FullLithiationMean + p.MaximumShape, 1e-15);
    }

    [Fact]
    public void Result_RendersAsHtmlTable()
    {
        // Notebook display: the result is an IHtmlRenderable key-value table naming the Fig. 1g quantity.
        string html = new SphericalParticleModel().Solve(ParticleConfiguration.DualCoatedPorous).ToHtml();
        Assert.Contains("<table", html);
        Assert.Contains("Fig. 1g", html);
    }
}
