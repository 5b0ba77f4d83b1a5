using System.Numerics;
using System.Text;
using SiAnode.Scripting.Display;
using SiAnode.Scripting.Fitting;
using SiAnode.Scripting.Impedance.Circuits;

namespace SiAnode.Scripting.Impedance;

/// <summary>An equivalent-circuit fit of an impedance spectrum.</summary>
/// <param name="Circuit">The circuit.</param>
/// <param name="Spectrum">The fitted spectrum.</param>
/// <param name="Weighting">The weighting used.</param>
/// <param name="Fit">Parameters with standard errors, covariance and fit statistics (χ², AIC/BIC).</param>
/// <param name="Model">The circuit's impedance at the measured frequencies.</param>
/// <param name="Starts">How many starting points were tried (1 without multi-start).</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record EisFitResult(Circuit Circuit, ImpedanceSpectrum Spectrum, EisWeighting Weighting, FitResult Fit, IReadOnlyList<Complex> Model, int Starts)
    : IHtmlRenderable
{
    /// <summary>The fitted value of a parameter (e.g. "R1", "CPE1_0").</summary>
    public double this[string name] => Parameter(name).Value;

    /// <summary>A fitted parameter with its standard error.</summary>
    public FittedParameter Parameter(string name) => Fit.Parameters.FirstOrDefault(p => p.Name == name)
        ?? throw new KeyNotFoundException($"circuit {Circuit} has no parameter '{name}'; it has {string.Join(", ", Circuit.ParameterNames)}");

    /// <summary>Relative residuals (Z − Ẑ)/|Z| of the real and imaginary parts.</summary>
    public (double[] Real, double[] Imaginary) RelativeResiduals()
    {
        var re = new double[Spectrum.Count];
        var im = new double[Spectrum.Count];
        for (int i = 0; i < Spectrum.Count; i++)
        {
            var z = Spectrum[i];
            re[i] = (z.Real - Model[i].Real) / z.Magnitude;
            im[i] = (z.Imaginary - Model[i].Imaginary) / z.Magnitude;
        }
        return (re, im);
    }

    /// <summary>
    /// The effective capacitance of an R‖CPE arc, C_eff = (Q·R)^(1/α)/R (Brug et al., J. Electroanal. Chem. 176, 275, 1984,
    /// for a parallel R–CPE), and its apex frequency f = 1/(2π (R Q)^(1/α)).
    /// </summary>
    /// <param name="resistor">Name of the resistor, e.g. "R1".</param>
    /// <param name="cpe">Name of the CPE element, e.g. "CPE1".</param>
    public (double CapacitanceFarads, double ApexFrequencyHertz) EffectiveCapacitance(string resistor, string cpe)
    {
        double r = this[resistor], q = this[cpe + "_0"], a = this[cpe + "_1"];
        double tau = Math.Pow(r * q, 1 / a);
        return (tau / r, 1 / (2 * Math.PI * tau));
    }

    /// <summary>
    /// R‖CPE arcs ordered from high to low apex frequency. Two such arcs in series are interchangeable in the circuit (a fit
    /// may return them either way round), so a physical assignment needs an order: in a Li-ion electrode the SEI arc lies at
    /// higher frequency than the charge-transfer arc (e.g. Liu et al. 2025, Fig. 4e: R_SEI then R_ct).
    /// </summary>
    /// <param name="arcs">The (resistor, CPE) name pairs, e.g. ("R1", "CPE1"), ("R2", "CPE2").</param>
    public IReadOnlyList<RqArc> ArcsByFrequency(params (string Resistor, string Cpe)[] arcs)
        => arcs.Select(a =>
        {
            var (c, f) = EffectiveCapacitance(a.Resistor, a.Cpe);
            return new RqArc(a.Resistor, a.Cpe, this[a.Resistor], Parameter(a.Resistor).StandardError, c, f);
        }).OrderByDescending(a => a.ApexFrequencyHertz).ToList();

    /// <inheritdoc />
    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<div><b>").Append(Html.Escape(Circuit.Text)).Append("</b> fitted to ").Append(Html.Escape(Path.GetFileName(Spectrum.Source)))
          .Append(" (").Append(Spectrum.Count).Append(" points, ").Append(Weighting.ToString().ToLowerInvariant()).Append(" weighting")
          .Append(Starts > 1 ? $", best of {Starts} starts" : "").Append(")</div>");
        sb.Append(Fit.ToHtml());
        return sb.ToString();
    }
}
