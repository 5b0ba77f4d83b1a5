using System.Globalization;
using System.Text;
using SiAnode.Scripting.Display;
using SiAnode.Scripting.Fitting.Expressions;

namespace SiAnode.Scripting.Fitting;

/// <summary>
/// The result of a model fit: best-fit parameters with standard errors from the covariance
/// C = s²(JᵀJ)⁻¹, s² = RSS/(n − p) (as lmfit with scale_covar and the NIST StRD certified standard deviations),
/// the correlation matrix, and goodness-of-fit statistics.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record FitResult : IHtmlRenderable
{
    /// <summary>Every parameter of the set, in its order.</summary>
    public required IReadOnlyList<FittedParameter> Parameters { get; init; }

    /// <summary>Names of the varied parameters, the order of <see cref="Covariance"/> and <see cref="Correlation"/>.</summary>
    public required IReadOnlyList<string> VariedNames { get; init; }

    /// <summary>Covariance of the varied parameters (NaN when JᵀJ is singular).</summary>
    public required double[,] Covariance { get; init; }

    /// <summary>Correlation matrix C_ij/√(C_ii C_jj).</summary>
    public required double[,] Correlation { get; init; }

    /// <summary>Residual sum of squares Σ wᵢ²(yᵢ − fᵢ)² (χ² when wᵢ = 1/σᵢ).</summary>
    public required double SumOfSquares { get; init; }

    /// <summary>1 − RSS/TSS with TSS = Σ wᵢ²(yᵢ − ȳ)².</summary>
    public required double RSquared { get; init; }

    /// <summary>RSS/(n − p).</summary>
    public required double ReducedChiSquare { get; init; }

    /// <summary>Akaike information criterion n·ln(RSS/n) + 2p (the lmfit convention).</summary>
    public required double Aic { get; init; }

    /// <summary>Bayesian information criterion n·ln(RSS/n) + ln(n)·p.</summary>
    public required double Bic { get; init; }

    /// <summary>n, the number of observations.</summary>
    public required int DataCount { get; init; }

    /// <summary>Outer iterations of the solver.</summary>
    public required int Iterations { get; init; }

    /// <summary>Model evaluations over the data (excluding finite-difference ones).</summary>
    public required int FunctionEvaluations { get; init; }

    /// <summary>Why the solver stopped.</summary>
    public required FitStopReason StopReason { get; init; }

    /// <summary>The model at the data points with the best-fit parameters.</summary>
    public required double[] BestFit { get; init; }

    /// <summary>Total derivative of every parameter of the set with respect to the varied ones (ties included).</summary>
    internal double[,] ParameterSensitivity { get; init; } = new double[0, 0];

    /// <summary>Whether the solver converged (<see cref="LeastSquaresSolution.Converged"/>).</summary>
    public bool Converged => StopReason is FitStopReason.RelativeReduction or FitStopReason.StepSize or FitStopReason.Gradient or FitStopReason.ZeroResidual;

    /// <summary>The number of varied parameters p.</summary>
    public int VariedCount => VariedNames.Count;

    /// <summary>The fitted parameter of this name.</summary>
    /// <param name="name">Name.</param>
    public FittedParameter this[string name] => Parameters.FirstOrDefault(p => p.Name == name) ?? throw new KeyNotFoundException($"no parameter '{name}'");

    /// <summary>Best-fit values by name.</summary>
    public IReadOnlyDictionary<string, double> Values => Parameters.ToDictionary(p => p.Name, p => p.Value);

    /// <summary>
    /// A derived quantity (e.g. <c>"p1_area/p2_area"</c>, a peak height) with its standard error by the delta method,
    /// using the symbolic gradient of the expression and the covariance (ties followed through).
    /// </summary>
    /// <param name="expression">An expression in parameter names.</param>
    public DerivedValue Derive(string expression)
    {
        var e = Expression.Parse(expression, []);
        var values = e.Parameters.Select(n => this[n].Value).ToArray();
        var g = new double[e.Parameters.Count];
        e.Gradient([], values, g);
        var full = new double[Parameters.Count];
        for (int k = 0; k < e.Parameters.Count; k++) full[IndexOf(e.Parameters[k])] = g[k];
        return new DerivedValue(e.Evaluate([], values), Propagate(full));
    }

    /// <summary>A derived quantity from a function of the parameter values, differentiated by central differences.</summary>
    /// <param name="function">g(values by name).</param>
    public DerivedValue Derive(Func<IReadOnlyDictionary<string, double>, double> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var values = Parameters.ToDictionary(p => p.Name, p => p.Value);
        double g0 = function(values);
        var full = new double[Parameters.Count];
        for (int k = 0; k < Parameters.Count; k++)
        {
            var name = Parameters[k].Name;
            double v = values[name], h = 6e-6 * Math.Max(Math.Abs(v), 1e-8);
            values[name] = v + h;
            double up = function(values);
            values[name] = v - h;
            double dn = function(values);
            values[name] = v;
            full[k] = (up - dn) / (2 * h);
        }
        return new DerivedValue(g0, Propagate(full));
    }

    private int IndexOf(string name)
    {
        for (int i = 0; i < Parameters.Count; i++) if (Parameters[i].Name == name) return i;
        throw new KeyNotFoundException($"no parameter '{name}'");
    }

    private double Propagate(double[] gradientBySetParameter)
    {
        int nf = VariedNames.Count;
        var g = new double[nf];
        for (int f = 0; f < nf; f++)
            for (int k = 0; k < gradientBySetParameter.Length; k++)
                g[f] += gradientBySetParameter[k] * ParameterSensitivity[k, f];
        double v = 0;
        for (int a = 0; a < nf; a++)
            for (int b = 0; b < nf; b++)
                v += g[a] * Covariance[a, b] * g[b];
        return Math.Sqrt(v);
    }

    /// <summary>A parameter table (value, standard error, bounds, tie) and the fit statistics, for notebooks.</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder(Html.TableStyle);
        string caption = string.Create(CultureInfo.InvariantCulture,
            $"Fit: {(Converged ? "converged" : "NOT converged")} ({StopReason}) after {Iterations} iterations; n = {DataCount}, p = {VariedCount}, RSS = {Html.Number(SumOfSquares)}, reduced χ² = {Html.Number(ReducedChiSquare)}, R² = {RSquared:0.######}, AIC = {Html.Number(Aic)}, BIC = {Html.Number(Bic)}");
        sb.Append("<table class=\"sianode\"><caption>").Append(Html.Escape(caption)).Append("</caption>");
        sb.Append("<tr><th class=\"t\">parameter</th><th>value</th><th>std. error</th><th>min</th><th>max</th><th class=\"t\">note</th></tr>");
        foreach (var p in Parameters)
        {
            sb.Append("<tr>");
            Html.AppendCell(sb, "td", p.Name, left: true);
            Html.AppendCell(sb, "td", Html.Number(p.Value), left: false);
            Html.AppendCell(sb, "td", Html.Number(p.StandardError), left: false);
            Html.AppendCell(sb, "td", double.IsInfinity(p.Min) ? "" : Html.Number(p.Min), left: false);
            Html.AppendCell(sb, "td", double.IsInfinity(p.Max) ? "" : Html.Number(p.Max), left: false);
            string note = p.Expression is not null ? "= " + p.Expression : !p.Varied ? "fixed" : p.AtBound ? "at bound" : "";
            Html.AppendCell(sb, "td", note, left: true);
            sb.Append("</tr>");
        }
        return sb.Append("</table>").ToString();
    }
}
