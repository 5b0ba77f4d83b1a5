using System.Numerics;
using SiAnode.Scripting.Impedance.Circuits;

namespace SiAnode.Scripting.Tests.Impedance;

/// <summary>Circuit strings in impedance.py's convention, checked against closed forms and finite differences.</summary>
public class CircuitTests
{
    [Fact]
    public void Parameters_are_named_as_impedance_py_names_them()
    {
        var c = Circuit.Parse("R0-p(R1,C1)-p(R2-Wo1,C2)");
        Assert.Equal(["R0", "R1", "C1", "R2", "Wo1_0", "Wo1_1", "C2"], c.ParameterNames); // impedance.py's start vector has 7 values
        Assert.Equal(["R0", "R1", "CPE1_0", "CPE1_1", "R2", "CPE2_0", "CPE2_1", "W1"], Circuit.Parse("R0-p(R1,CPE1)-p(R2,CPE2)-W1").ParameterNames);
    }

    [Theory] // analysis.md §D, EIS test vector (printed to 4 decimals)
    [InlineData(1000.0, 18.5961, -20.3186)]
    [InlineData(10.0, 83.0125, -12.5052)]
    [InlineData(0.01, 129.5750, -39.9545)]
    public void The_paper_circuit_matches_the_analysis_vector(double f, double re, double im)
    {
        var c = Circuit.Parse("R0-p(R1,CPE1)-p(R2,CPE2)-W1");
        var z = c.Impedance(2 * Math.PI * f, [3, 54.2, 2e-5, 0.85, 32.5, 5e-4, 0.8, 10]);
        Assert.Equal(re, z.Real, 4);
        Assert.Equal(im, z.Imaginary, 4);
    }

    [Fact]
    public void Apex_frequencies_and_effective_capacitance_follow_the_analysis()
    {
        // analysis.md §D: apexes 489.80 Hz and 27.43 Hz; C_eff = (Q R^(1-n))^(1/n).
        double Apex(double r, double q, double n) => 1 / (2 * Math.PI * Math.Pow(r * q, 1 / n));
        Assert.Equal(489.80, Apex(54.2, 2e-5, 0.85), 2);
        Assert.Equal(27.43, Apex(32.5, 5e-4, 0.8), 2);
        // the same numbers through a fit result (noise-free spectrum of the vector's circuit)
        var c = Circuit.Parse("R0-p(R1,CPE1)-p(R2,CPE2)-W1");
        double[] p = [3, 54.2, 2e-5, 0.85, 32.5, 5e-4, 0.8, 10];
        var f = Enumerable.Range(0, 71).Select(i => Math.Pow(10, 5 - i / 10.0)).ToArray();
        var z = c.Impedance(f, p);
        var s = new SiAnode.Scripting.Impedance.ImpedanceSpectrum(f, z.Select(v => v.Real).ToArray(), z.Select(v => v.Imaginary).ToArray());
        var fit = SiAnode.Scripting.Impedance.EisFit.Fit(s, c.Text, p.Select(v => v * 1.1).ToArray(), SiAnode.Scripting.Impedance.EisWeighting.Modulus, starts: 10);
        var arcs = fit.ArcsByFrequency(("R1", "CPE1"), ("R2", "CPE2"));
        Assert.Equal(489.80, arcs[0].ApexFrequencyHertz, 1);
        Assert.Equal(27.43, arcs[1].ApexFrequencyHertz, 1);
        Assert.Equal(Math.Pow(2e-5 * Math.Pow(54.2, 1 - 0.85), 1 / 0.85), arcs[0].EffectiveCapacitanceFarads, 1e-9);
    }

    [Fact]
    public void A_parallel_RC_is_the_closed_form()
    {
        var c = Circuit.Parse("R0-p(R1,C1)");
        double w = 2 * Math.PI * 50;
        var expected = 10 + 100 / new Complex(1, w * 100 * 1e-5);
        var z = c.Impedance(w, [10, 100, 1e-5]);
        Assert.Equal(expected.Real, z.Real, 10);
        Assert.Equal(expected.Imaginary, z.Imaginary, 10);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(1.0)]
    [InlineData(1e4)]
    public void Elements_reduce_to_their_limits(double w)
    {
        // CPE with α = 1 is a capacitor; La with α = 1 is an inductor; K(R, τ) is p(R, C) with C = τ/R.
        Near(Circuit.Parse("C1").Impedance(w, [2e-3]), Circuit.Parse("CPE1").Impedance(w, [2e-3, 1.0]));
        Near(Circuit.Parse("L1").Impedance(w, [3e-6]), Circuit.Parse("La1").Impedance(w, [3e-6, 1.0]));
        Near(Circuit.Parse("p(R1,C1)").Impedance(w, [5, 0.2 / 5]), Circuit.Parse("K1").Impedance(w, [5, 0.2]));
        // Semi-infinite Warburg: |Z| = A√2/√ω at −45°.
        var zw = Circuit.Parse("W1").Impedance(w, [7]);
        Assert.Equal(7 * Math.Sqrt(2 / w), zw.Magnitude, 10);
        Assert.Equal(-Math.PI / 4, zw.Phase, 12);
    }

    [Fact]
    public void Finite_warburgs_have_their_low_frequency_limits()
    {
        // tanh(s)/s → 1 (short: a resistor Z0); coth(s)/s → 1/s² + 1/3 (open: a capacitor in series with Z0/3).
        double w = 1e-7, z0 = 4, tau = 2;
        Near(new Complex(z0, 0), Circuit.Parse("Ws1").Impedance(w, [z0, tau]), 1e-5);
        Near(z0 / new Complex(0, w * tau) + z0 / 3, Circuit.Parse("Wo1").Impedance(w, [z0, tau]), 1e-5);
        // and both tend to the semi-infinite Warburg at high frequency; coth must not overflow there
        var high = Circuit.Parse("Wo1").Impedance(1e9, [z0, tau]);
        Assert.True(double.IsFinite(high.Real) && double.IsFinite(high.Imaginary));
    }

    [Fact]
    public void Analytic_gradients_agree_with_finite_differences()
    {
        var c = Circuit.Parse("R0-L0-p(R1,CPE1)-p(R2-Wo1,C2)-p(R3,Ws1)-G1-La1-K1-W1");
        double[] p = [0.5, 1e-6, 10, 1e-4, 0.85, 20, 30, 5, 1e-3, 15, 8, 0.3, 4, 0.7, 2e-6, 0.9, 6, 1e-2, 3];
        foreach (double w in new[] { 0.1, 10, 1e3, 1e5 })
        {
            var g = new Complex[p.Length];
            var z = c.ImpedanceAndGradient(w, p, g);
            Near(c.Impedance(w, p), z);
            for (int k = 0; k < p.Length; k++)
            {
                double h = 1e-5 * Math.Abs(p[k]);
                var up = (double[])p.Clone(); up[k] += h;
                var dn = (double[])p.Clone(); dn[k] -= h;
                var fd = (c.Impedance(w, up) - c.Impedance(w, dn)) / (2 * h);
                // central differences: truncation ~ h², cancellation ~ ε|Z|/h
                double tolerance = 1e-6 * fd.Magnitude + 1e-13 * z.Magnitude / h;
                Assert.True((g[k] - fd).Magnitude <= tolerance, $"{c.ParameterNames[k]} at w={w}: analytic {g[k]}, numeric {fd}");
            }
        }
    }

    [Theory]
    [InlineData("R0-p(R1,C1", 10, "',' or ')'")]
    [InlineData("R0-X1", 3, "known element type")]
    [InlineData("R0-R", 4, "a number after 'R'")]
    [InlineData("R0-R0", 3, "used twice")]
    [InlineData("R0-", 3, "an element")]
    [InlineData("p(R1)", 4, "two branches")]
    [InlineData("R0 R1", 3, "'-' or the end")]
    public void Bad_circuits_name_the_character(string text, int position, string expected)
    {
        var e = Assert.Throws<CircuitFormatException>(() => Circuit.Parse(text));
        Assert.Equal(position, e.Position); // 0-based
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void User_defined_elements_can_be_registered()
    {
        CircuitElements.Register(new CircuitElementDefinition("Zt", ["Ohm", ""], (w, p) => p[0] * Complex.Pow(new Complex(1, w), -p[1]), null, "test element"));
        var c = Circuit.Parse("R0-Zt1");
        Assert.Equal(["R0", "Zt1_0", "Zt1_1"], c.ParameterNames);
        var g = new Complex[3];
        c.ImpedanceAndGradient(2.0, [1, 3, 0.5], g);
        Near(Complex.Pow(new Complex(1, 2), -0.5), g[1], 1e-6); // numerical derivative of a user element
        Assert.Throws<ArgumentException>(() => CircuitElements.Register(new CircuitElementDefinition("R", ["Ohm"], (w, p) => p[0], null, "dup")));
    }

    private static void Near(Complex expected, Complex actual, double relative = 1e-10)
    {
        double tol = relative * Math.Max(1e-300, expected.Magnitude);
        Assert.True((expected - actual).Magnitude <= tol, $"expected {expected}, got {actual}");
    }
}
