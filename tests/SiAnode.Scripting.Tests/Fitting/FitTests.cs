using SiAnode.Scripting.Fitting;

namespace SiAnode.Scripting.Tests.Fitting;

/// <summary>Levenberg–Marquardt on closed-form and synthetic problems (self-contained).</summary>
public class FitTests
{
    private static readonly double[] LineX = [1, 2, 3, 4, 5, 6, 7, 8];
    private static readonly double[] LineY = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1];

    // Straight line: LM must reproduce ordinary least squares in closed form: b = Sxy/Sxx, a = ȳ − b·x̄,
    // se(b) = s/√Sxx, se(a) = s·√(1/n + x̄²/Sxx), s² = RSS/(n−2) (any regression textbook, e.g. Draper & Smith
    // 1998, §1.4). Tolerance 1e-10 relative.
    [Fact]
    public void LineMatchesClosedFormOrdinaryLeastSquares()
    {
        int n = LineX.Length;
        double xm = LineX.Average(), ym = LineY.Average();
        double sxx = LineX.Sum(x => (x - xm) * (x - xm));
        double sxy = LineX.Zip(LineY).Sum(t => (t.First - xm) * (t.Second - ym));
        double b = sxy / sxx, a = ym - b * xm;
        double rss = LineX.Zip(LineY).Sum(t => Math.Pow(t.Second - a - b * t.First, 2));
        double s = Math.Sqrt(rss / (n - 2));

        var r = Fit.Curve(LineX, LineY, "a + b*x", ("a", 0), ("b", 0));
        Assert.True(r.Converged);
        Assert.Equal(a, r["a"].Value, 1e-10 * Math.Abs(a));
        Assert.Equal(b, r["b"].Value, 1e-10 * Math.Abs(b));
        Assert.Equal(s / Math.Sqrt(sxx), r["b"].StandardError, 1e-10);
        Assert.Equal(s * Math.Sqrt(1.0 / n + xm * xm / sxx), r["a"].StandardError, 1e-10);
        Assert.Equal(rss, r.SumOfSquares, 1e-10 * rss);
        Assert.Equal(1 - rss / LineY.Sum(y => (y - ym) * (y - ym)), r.RSquared, 12);
        Assert.Equal(n * Math.Log(rss / n) + 4, r.Aic, 10);
        Assert.Equal(n * Math.Log(rss / n) + Math.Log(n) * 2, r.Bic, 10);
        // Correlation of intercept and slope: −x̄/√(x̄² + Sxx/n).
        Assert.Equal(-xm / Math.Sqrt(xm * xm + sxx / n), r.Correlation[0, 1], 10);

        // Delta method on a linear function is exact: the fitted mean at x0 has se s·√(1/n + (x0−x̄)²/Sxx).
        double x0 = 10;
        var mean = r.Derive($"a + b*{x0}");
        Assert.Equal(a + b * x0, mean.Value, 10);
        Assert.Equal(s * Math.Sqrt(1.0 / n + (x0 - xm) * (x0 - xm) / sxx), mean.StandardError, 10);
        var viaDelegate = r.Derive(v => v["a"] + v["b"] * x0);
        Assert.Equal(mean.StandardError, viaDelegate.StandardError, 8);
    }

    private static (double[] X, double[] Y) TwoPeaks(int seed, double noise)
    {
        var rng = new Random(seed);
        var x = Enumerable.Range(0, 400).Select(i => 100 + i * 0.25).ToArray();
        var y = x.Select(v => LineShapes.PseudoVoigt(v, 120, 140, 6, 0.3) + LineShapes.PseudoVoigt(v, 60, 152, 6, 0.3)
                               + 2 + 0.01 * v + noise * Gauss(rng)).ToArray();
        return (x, y);
    }

    private static double Gauss(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    // Noise-free synthetic spectrum: composite model recovers the generating parameters (tolerance 1e-8 relative).
    [Fact]
    public void CompositeModelRecoversNoiseFreePeaks()
    {
        var (x, y) = TwoPeaks(1, 0);
        var model = Models.PseudoVoigt("p1_") + Models.PseudoVoigt("p2_") + Models.Linear("bg_");
        var pars = new ParameterSet()
            .Add("p1_area", 100, 0).Add("p1_center", 139).Add("p1_fwhm", 5, 0.1, 50).Add("p1_eta", 0.5, 0, 1)
            .Add("p2_area", 50, 0).Add("p2_center", 153).Add("p2_fwhm", 5, 0.1, 50).Add("p2_eta", 0.5, 0, 1)
            .Add("bg_intercept", 0).Add("bg_slope", 0);
        var r = Fit.Model(model, pars, x, y);
        Assert.True(r.Converged, r.StopReason.ToString());
        Assert.Equal(120, r["p1_area"].Value, 1e-6);
        Assert.Equal(152, r["p2_center"].Value, 1e-8);
        Assert.Equal(0.3, r["p2_eta"].Value, 1e-8);
        Assert.Equal(0.01, r["bg_slope"].Value, 1e-10);
    }

    // Ties and fixed values: p2_center = p1_center + 12 and p2_fwhm = p1_fwhm by expression, eta fixed at its true
    // value. The tied parameter's standard error follows by the delta method (equal to that of p1_center).
    [Fact]
    public void TiesAndFixedParameters()
    {
        var (x, y) = TwoPeaks(2, 0.05);
        var model = new ExpressionModel("pseudovoigt(x, a1, c1, w1, eta) + pseudovoigt(x, a2, c2, w2, eta) + b0 + b1*x");
        var pars = new ParameterSet()
            .Add("a1", 100, 0).Add("c1", 138).Add("w1", 4, 0.5)
            .Add("a2", 40, expression: "0.5*a1")
            .Add("eta", 0.3, vary: false)
            .Add("b0", 0).Add("b1", 0)
            .Tie("c2 = c1 + 12").Tie("w2", "w1");
        var r = Fit.Model(model, pars, x, y);
        Assert.True(r.Converged);
        Assert.Equal(["a1", "c1", "w1", "b0", "b1"], r.VariedNames);
        Assert.Equal(r["c1"].Value + 12, r["c2"].Value, 12);
        Assert.Equal(0.5 * r["a1"].Value, r["a2"].Value, 12);
        Assert.Equal(r["c1"].StandardError, r["c2"].StandardError, 12);
        Assert.Equal(0.5 * r["a1"].StandardError, r["a2"].StandardError, 12);
        Assert.Equal(0.3, r["eta"].Value);
        Assert.Equal(0, r["eta"].StandardError);
        Assert.Equal(120, r["a1"].Value, 1.0); // 0.05 noise on 400 points: area within ±1 (≈ 10 σ)
        Assert.Equal(140, r["c1"].Value, 0.05);
    }

    // Bounds: an upper bound below the unconstrained optimum is active at the solution.
    [Fact]
    public void BoundIsRespectedAndActive()
    {
        var x = Enumerable.Range(0, 50).Select(i => i * 0.2).ToArray();
        var y = x.Select(v => 3 * Math.Exp(-0.7 * v)).ToArray();
        var pars = new ParameterSet().Add("a", 1, 0, 2.5).Add("k", 0.1, 0, 5);
        var r = Fit.Curve(x, y, "a*exp(-k*x)", pars);
        Assert.Equal(2.5, r["a"].Value);
        Assert.True(r["a"].AtBound);
        Assert.InRange(r["k"].Value, 0, 5);
        // Unbounded: exact recovery (tolerance 1e-10).
        var free = Fit.Curve(x, y, "a*exp(-k*x)", ("a", 1), ("k", 0.1));
        Assert.Equal(3, free["a"].Value, 10);
        Assert.Equal(0.7, free["k"].Value, 10);
    }

    // Finite differences are used for models without derivatives; results agree with the analytic fit (1e-6).
    [Fact]
    public void FiniteDifferenceJacobianWhenModelHasNoGradient()
    {
        var x = Enumerable.Range(0, 60).Select(i => i * 0.1).ToArray();
        var y = x.Select(v => 2 * Math.Sin(1.3 * v) + 0.05 * Math.Cos(7 * v)).ToArray();
        var r = Fit.Model(new NoGradient(), new ParameterSet().Add("a", 1.5).Add("w", 1.2), x, y);
        var a = Fit.Curve(x, y, "a*sin(w*x)", ("a", 1.5), ("w", 1.2));
        Assert.Equal(a["a"].Value, r["a"].Value, 1e-6);
        Assert.Equal(a["w"].Value, r["w"].Value, 1e-6);
        Assert.Equal(a["w"].StandardError, r["w"].StandardError, 1e-6);
    }

    private sealed class NoGradient : IFitModel
    {
        public IReadOnlyList<string> ParameterNames => ["a", "w"];
        public int VariableCount => 1;
        public double Evaluate(ReadOnlySpan<double> x, ReadOnlySpan<double> p) => p[0] * Math.Sin(p[1] * x[0]);
        public bool TryGradient(ReadOnlySpan<double> x, ReadOnlySpan<double> p, Span<double> g) => false;
    }

    // The vectorised path used for expression models (term by term over all points) and the per-point path used
    // for any other IFitModel give the same fit, with weights and ties (tolerance 1e-7 relative: the two paths sum
    // terms in a different order, so the iterations stop at points that differ within the solver tolerance).
    [Fact]
    public void VectorisedAndPerPointPathsAgree()
    {
        var (x, y) = TwoPeaks(5, 0.05);
        var w = x.Select(v => 1 / (0.05 + 0.001 * v)).ToArray();
        var em = new ExpressionModel("pseudovoigt(x, a1, c1, f1, e1) + lorentzian(x, a2, c2, f1) + b0 + b1*x + b2*exp(-x/40)");
        ParameterSet Pars() => new ParameterSet().Add("a1", 100, 0).Add("c1", 139).Add("f1", 5, 0.1).Add("e1", 0.5, 0, 1)
            .Add("a2", 50, 0).Add("c2", 0, expression: "c1 + 12").Add("b0", 0).Add("b1", 0).Add("b2", 1);
        var fast = Fit.Model(em, Pars(), x, y, w);
        var slow = Fit.Model(new PerPoint(em), Pars(), x, y, w);
        foreach (var p in fast.Parameters)
        {
            Assert.Equal(slow[p.Name].Value, p.Value, 1e-7 * Math.Max(1, Math.Abs(p.Value)));
            Assert.Equal(slow[p.Name].StandardError, p.StandardError, 1e-6 * Math.Max(1e-3, p.StandardError));
        }
    }

    private sealed class PerPoint(IFitModel inner) : IFitModel
    {
        public IReadOnlyList<string> ParameterNames => inner.ParameterNames;
        public int VariableCount => inner.VariableCount;
        public double Evaluate(ReadOnlySpan<double> x, ReadOnlySpan<double> p) => inner.Evaluate(x, p);
        public bool TryGradient(ReadOnlySpan<double> x, ReadOnlySpan<double> p, Span<double> g) => inner.TryGradient(x, p, g);
    }

    [Fact]
    public void MissingStartValueIsAClearError()
    {
        var e = Assert.Throws<ArgumentException>(() => Fit.Curve(LineX, LineY, "a + b*x", ("a", 0)));
        Assert.Contains("b", e.Message);
    }

    [Fact]
    public void CircularTiesAreRejected()
    {
        var pars = new ParameterSet().Add("a", 1).Add("b", 1).Tie("a", "b + 1").Tie("b", "a - 1");
        var e = Assert.Throws<ArgumentException>(() => Fit.Curve(LineX, LineY, "a + b*x", pars));
        Assert.Contains("circular", e.Message);
    }

    [Fact]
    public void ParameterSpecificationsParse()
    {
        var p = ParameterSet.ParseSpecification("c1=1.5e2:100:");
        Assert.Equal(150, p.Value);
        Assert.Equal(100, p.Min);
        Assert.Equal(double.PositiveInfinity, p.Max);
        Assert.False(ParameterSet.ParseSpecification("eta=0.3:0:1:fixed").Vary);
        Assert.Equal("c1 + 0.61", ParameterSet.ParseSpecification("c2=@c1 + 0.61").Expression);
        Assert.Throws<SiAnode.Scripting.Formats.DataFormatException>(() => ParameterSet.ParseSpecification("w=1,5"));
    }
}

/// <summary>Peak height/area/FWHM with delta-method uncertainties.</summary>
public class PeakMetricsTests
{
    // Gaussian height h = A·√(4 ln2/π)/w; its delta-method variance written out by hand,
    // k²(σ²_A/w² + A²σ²_w/w⁴ − 2A·cov(A,w)/w³), must equal PeakMetrics.Height (tolerance 1e-10 relative).
    [Fact]
    public void GaussianHeightUncertaintyMatchesHandPropagation()
    {
        var rng = new Random(3);
        var x = Enumerable.Range(0, 300).Select(i => i * 0.1).ToArray();
        var y = x.Select(v => LineShapes.Gaussian(v, 50, 15, 3) + 0.2 * (rng.NextDouble() - 0.5)).ToArray();
        var r = Fit.Model(Models.Gaussian("g_"), new ParameterSet().Add("g_area", 40).Add("g_center", 14).Add("g_fwhm", 2.5), x, y);
        double a = r["g_area"].Value, w = r["g_fwhm"].Value, k = Math.Sqrt(4 * Math.Log(2) / Math.PI);
        int ia = r.VariedNames.ToList().IndexOf("g_area"), iw = r.VariedNames.ToList().IndexOf("g_fwhm");
        double var = k * k * (r.Covariance[ia, ia] / (w * w) + a * a * r.Covariance[iw, iw] / Math.Pow(w, 4) - 2 * a * r.Covariance[ia, iw] / Math.Pow(w, 3));
        var h = PeakMetrics.Height(r, "gaussian", "g_");
        Assert.Equal(k * a / w, h.Value, 1e-10 * h.Value);
        Assert.Equal(Math.Sqrt(var), h.StandardError, 1e-10 * Math.Sqrt(var));
        Assert.Equal(r["g_fwhm"].StandardError, PeakMetrics.Fwhm(r, "gaussian", "g_").StandardError);
        Assert.Equal(r["g_area"].Value, PeakMetrics.Area(r, "g_").Value);
    }

    // Noise-free Voigt fit recovers σ and γ (1e-7); FWHM follows Olivero–Longbothum and the height is the profile
    // at the centre (1e-6).
    [Fact]
    public void VoigtFwhmLimits()
    {
        var x = Enumerable.Range(0, 400).Select(i => i * 0.05).ToArray();
        var y = x.Select(v => LineShapes.Voigt(v, 10, 10, 0.8, 0.3)).ToArray();
        var pars = new ParameterSet().Add("area", 9).Add("center", 9.8).Add("sigma", 0.7, 0.01).Add("gamma", 0.2, 0);
        var r = Fit.Model(Models.Voigt(), pars, x, y);
        Assert.Equal(0.8, r["sigma"].Value, 1e-7);
        Assert.Equal(0.3, r["gamma"].Value, 1e-7);
        var f = PeakMetrics.Fwhm(r, "voigt");
        double fl = 0.6, fg = LineShapes.GaussianFwhmPerSigma * 0.8;
        Assert.Equal(0.5346 * fl + Math.Sqrt(0.2166 * fl * fl + fg * fg), f.Value, 1e-6);
        Assert.Equal(LineShapes.Voigt(10, 10, 10, 0.8, 0.3), PeakMetrics.Height(r, "voigt").Value, 1e-6);
    }
}

/// <summary>Notebook display of a fit.</summary>
public class FitResultDisplayTests
{
    [Fact]
    public void HtmlListsParametersTiesAndStatistics()
    {
        var x = Enumerable.Range(0, 20).Select(i => (double)i).ToArray();
        var y = x.Select(v => 1 + 2 * v).ToArray();
        var pars = new ParameterSet().Add("a", 0).Add("b", 1).Add("c", 0, expression: "2*a");
        var html = Fit.Curve(x, y, "a + b*x + 0*c", pars).ToHtml();
        Assert.Contains("<td class=\"t\">b</td>", html);
        Assert.Contains("= 2*a", html);
        Assert.Contains("converged", html);
    }
}

/// <summary>The raw least-squares interface (no model layer).</summary>
public class LevenbergMarquardtTests
{
    // Rosenbrock as least squares, r = (10(x₂ − x₁²), 1 − x₁), from the classical start (−1.2, 1); the minimum is
    // (1, 1) with zero residual (Moré, Garbow & Hillstrom 1981, problem 1). Tolerance 1e-10.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RosenbrockFromTheClassicalStart(bool geodesic)
    {
        var s = LevenbergMarquardt.Minimize(new Rosenbrock(), [-1.2, 1], options: LevenbergMarquardtOptions.Default with { GeodesicAcceleration = geodesic });
        Assert.True(s.Converged, s.StopReason.ToString());
        Assert.Equal(1, s.Parameters[0], 1e-10);
        Assert.Equal(1, s.Parameters[1], 1e-10);
        Assert.True(s.SumOfSquares < 1e-20);
    }

    // With the box x₁ ≤ 0.5 the constrained minimum of the Rosenbrock sum of squares lies on the bound at
    // x₁ = 0.5, x₂ = 0.25 (then r₁ = 0 and r₂ = 0.5 is the least possible). Tolerance 1e-8.
    [Fact]
    public void RosenbrockWithAnActiveBound()
    {
        var s = LevenbergMarquardt.Minimize(new Rosenbrock(), [-1.2, 1], [double.NegativeInfinity, double.NegativeInfinity], [0.5, double.PositiveInfinity]);
        Assert.Equal(0.5, s.Parameters[0], 1e-12);
        Assert.Equal(0.25, s.Parameters[1], 1e-8);
        Assert.Equal(0.25, s.SumOfSquares, 1e-8);
    }

    private sealed class Rosenbrock : ILeastSquaresProblem
    {
        public int ResidualCount => 2;
        public int ParameterCount => 2;

        public void Residuals(ReadOnlySpan<double> p, Span<double> r)
        {
            r[0] = 10 * (p[1] - p[0] * p[0]);
            r[1] = 1 - p[0];
        }

        public bool Jacobian(ReadOnlySpan<double> p, double[][] c)
        {
            c[0][0] = -20 * p[0]; c[1][0] = 10;
            c[0][1] = -1; c[1][1] = 0;
            return true;
        }
    }
}

/// <summary>The ready-made components of <see cref="Models"/> on exact synthetic data.</summary>
public class ModelsTests
{
    // Exact data from each component is fitted back to its generating parameters (tolerance 1e-8 relative).
    [Fact]
    public void ComponentsRecoverTheirParameters()
    {
        var x = Enumerable.Range(0, 200).Select(i => -5 + i * 0.05).ToArray();
        void Check(ExpressionModel m, ParameterSet start, Dictionary<string, double> truth)
        {
            var p = m.ParameterNames.Select(n => truth[n]).ToArray();
            var y = x.Select(v => m.Evaluate([v], p)).ToArray();
            var r = Fit.Model(m, start, x, y, options: LevenbergMarquardtOptions.Default with { GeodesicAcceleration = true });
            foreach (var (name, value) in truth)
                Assert.True(Math.Abs(r[name].Value - value) <= 1e-8 * Math.Max(1, Math.Abs(value)), $"{m}: {name} = {r[name].Value}, expected {value}");
        }
        Check(Models.Polynomial(3), new ParameterSet().Add("c0", 0).Add("c1", 0).Add("c2", 0).Add("c3", 0),
            new() { ["c0"] = 1, ["c1"] = -2, ["c2"] = 0.5, ["c3"] = 0.1 });
        Check(Models.Exponential("e_"), new ParameterSet().Add("e_amplitude", 1).Add("e_decay", 1, 0.01),
            new() { ["e_amplitude"] = 3, ["e_decay"] = 2.5 });
        Check(Models.ErfStep(), new ParameterSet().Add("height", 1).Add("center", 0.5).Add("width", 0.5, 0.01),
            new() { ["height"] = 2, ["center"] = 0.2, ["width"] = 0.8 });
        Check(Models.PearsonVII(), new ParameterSet().Add("area", 1).Add("center", 0.3).Add("fwhm", 1, 0.01).Add("m", 2, 0.6, 50),
            new() { ["area"] = 2, ["center"] = 0.1, ["fwhm"] = 1.2, ["m"] = 1.7 });
        Check(Models.SplitLorentzian(), new ParameterSet().Add("area", 1).Add("center", 0.3).Add("fwhm_left", 1, 0.01).Add("fwhm_right", 1, 0.01),
            new() { ["area"] = 2, ["center"] = 0.1, ["fwhm_left"] = 0.8, ["fwhm_right"] = 1.6 });
        Check(Models.DoniachSunjic(), new ParameterSet().Add("amplitude", 1).Add("center", 0.3).Add("fwhm", 1, 0.01).Add("alpha", 0.1, 0, 0.9),
            new() { ["amplitude"] = 2, ["center"] = 0.1, ["fwhm"] = 0.8, ["alpha"] = 0.2 });
    }

    [Fact]
    public void ModelTextMayStartWithYEquals()
    {
        var m = new ExpressionModel("y = a*x + b");
        Assert.Equal(["a", "b"], m.ParameterNames);
        Assert.Equal("gaussian(x, p_area, p_center, p_fwhm)", Models.Gaussian("p_").ToString());
    }
}
