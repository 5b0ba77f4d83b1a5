using SiAnode.Scripting.Fitting.Expressions;

namespace SiAnode.Scripting.Tests.Fitting;

/// <summary>The model-expression parser and its symbolic derivatives (self-contained).</summary>
public class ExpressionTests
{
    private static double Eval(string text, double x = 0, params (string, double)[] p)
    {
        var e = Expression.Parse(text);
        var values = new Dictionary<string, double> { ["x"] = x };
        foreach (var (n, v) in p) values[n] = v;
        return e.Evaluate(values);
    }

    // Closed-form arithmetic; exact to rounding (tolerance 1e-15 relative).
    [Theory]
    [InlineData("1 + 2*3", 7)]
    [InlineData("2^3^2", 512)]          // right-associative: 2^(3^2)
    [InlineData("2**3**2", 512)]
    [InlineData("-2^2", -4)]            // unary minus binds looser than ^
    [InlineData("2^-1", 0.5)]
    [InlineData("(1+2)*3", 9)]
    [InlineData("[1+2]*3", 9)]
    [InlineData("8/4/2", 1)]            // left-associative
    [InlineData("1e-3*1E3", 1)]
    [InlineData(".5 + 1.25e+1", 13)]
    [InlineData("exp(ln(2))", 2)]
    [InlineData("sqrt(16) + abs(-3)", 7)]
    [InlineData("atan(1)*4 - pi", 0)]
    [InlineData("arctan(1) - atan(1)", 0)]
    [InlineData("log10(1000)", 3)]
    public void Arithmetic(string text, double expected)
        => Assert.Equal(expected, Eval(text), 1e-15 * Math.Max(1, Math.Abs(expected)));

    [Fact]
    public void ParametersInOrderOfFirstAppearance()
    {
        var e = Expression.Parse("b2*x + b1*exp(-b2*x) + c");
        Assert.Equal(["b2", "b1", "c"], e.Parameters);
        Assert.Equal(["x"], e.Variables);
    }

    // Errors name the 1-based character position.
    [Theory]
    [InlineData("a*(x+1", 7)]
    [InlineData("a + * b", 5)]
    [InlineData("foo(x)", 1)]
    [InlineData("a b", 3)]
    [InlineData("gaussian(x, a, c)", 1)]
    [InlineData("", 1)]
    [InlineData("exp + 1", 5)]
    public void ErrorsGiveCharacterPosition(string text, int character)
    {
        var ex = Assert.Throws<ExpressionException>(() => Expression.Parse(text));
        Assert.Equal(character, ex.Character);
        Assert.Equal($"character {character}", ex.Position);
    }

    // Symbolic derivatives agree with central differences (tolerance 1e-7 relative, the accuracy of a central
    // difference with h ≈ 1e-5).
    [Theory]
    [InlineData("b1*(x**2+x*b2) / (x**2+x*b3+b4)")]
    [InlineData("b1 * (b2+x)**(-1/b3)")]
    [InlineData("b1 / ((1+exp[b2-b3*x])**(1/b4))")]
    [InlineData("b1 - b2*x - arctan[b3/(x-b4)]/pi")]
    [InlineData("b1*sin(b2*x) + cos(b3*x)*tan(b4) + sqrt(b1*b2) + erf(b3*x) + abs(b4-x) + b1^b2")]
    [InlineData("gaussian(x, b1, b2, b3) + lorentzian(x, b2, b3, b4) + pseudovoigt(x, b1, b2, b3, 0.3*b4)")]
    [InlineData("voigt(x, b1, b2, b3, b4) + step(x, b1, b2, b3)")]
    [InlineData("pearson7(x, b1, b2, b3, 1.5+b4) + splitgaussian(x, b1, b2, b3, b4) + splitlorentzian(x, b1, b2, b4, b3) + doniach(x, b1, b2, b3, 0.1*b4)")]
    public void DerivativesMatchFiniteDifferences(string text)
    {
        var e = Expression.Parse(text);
        double[] p = [1.3, 0.7, 0.9, 1.1];
        var pv = e.Parameters.Select(n => p[int.Parse(n[1..]) - 1]).ToArray();
        foreach (double x in new[] { 0.35, 1.7, 2.4 })
        {
            var g = new double[pv.Length];
            e.Gradient([x], pv, g);
            for (int k = 0; k < pv.Length; k++)
            {
                var up = (double[])pv.Clone();
                var dn = (double[])pv.Clone();
                double h = 1e-5 * Math.Max(1, Math.Abs(pv[k]));
                up[k] += h;
                dn[k] -= h;
                double fd = (e.Evaluate([x], up) - e.Evaluate([x], dn)) / (2 * h);
                Assert.True(Math.Abs(g[k] - fd) <= 1e-7 * Math.Max(1, Math.Abs(fd)), $"{text}: d/d{e.Parameters[k]} at x={x}: {g[k]} vs {fd}");
            }
        }
    }

    [Fact]
    public void DerivativeIsPrintable()
    {
        var d = Expression.Parse("a*x^2 + b").Derivative("a");
        Assert.Equal("x^2", d.ToString());
        Assert.Equal(9, d.Evaluate([3.0], [1.0, 1.0]));
    }

    [Fact]
    public void MultipleVariables()
    {
        var e = Expression.Parse("b1 - b2*x1 * exp[-b3*x2]", ["x1", "x2"]);
        Assert.Equal(["b1", "b2", "b3"], e.Parameters);
        Assert.Equal(1 - 2 * 3 * Math.Exp(-4 * 5.0), e.Evaluate([3, 5], [1, 2, 4]), 15);
    }

    // The model's fast gradient path (one line-shape gradient call per peak) equals the symbolic tree gradient
    // (tolerance 1e-13 relative: same formulas, different summation order).
    [Fact]
    public void ModelGradientPlanMatchesSymbolicGradient()
    {
        var m = new SiAnode.Scripting.Fitting.ExpressionModel("pseudovoigt(x, a1, c1, w1, e1) - voigt(x, a2, c2, s2, g2) + gaussian(x - c1, a1, 0, w1) + b0 + b1*x^2");
        double[] p = [10, 3, 1.5, 0.3, 4, 5, 0.7, 0.4, 2, 0.1];
        var g1 = new double[p.Length];
        var g2 = new double[p.Length];
        foreach (double x in new[] { 1.0, 3.2, 4.9 })
        {
            m.TryGradient([x], p, g1);
            m.Expression.Gradient([x], p, g2);
            for (int k = 0; k < p.Length; k++) Assert.Equal(g2[k], g1[k], 1e-13 * Math.Max(1, Math.Abs(g2[k])));
        }
    }
}
