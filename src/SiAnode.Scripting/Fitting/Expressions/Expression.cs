namespace SiAnode.Scripting.Fitting.Expressions;

/// <summary>
/// A parsed arithmetic expression in named parameters and variables, e.g. <c>b1*(1-exp(-b2*x))</c> or
/// <c>pseudovoigt(x, a1, c1, w1, eta1) + bg0 + bg1*x</c>, with symbolic partial derivatives.
/// Operators + − * / and ^ or ** (right-associative), unary minus, parentheses or square brackets,
/// invariant-culture numbers (1e-3, .5), the constant <c>pi</c>, functions exp log ln log10 sqrt sin cos tan
/// atan arctan erf erfc abs, and the area-normalised line shapes of <see cref="LineShapes"/>:
/// gaussian(x, area, center, fwhm), lorentzian(x, area, center, fwhm), pseudovoigt(x, area, center, fwhm, eta),
/// voigt(x, area, center, sigma, gamma), pearson7(x, area, center, fwhm, m),
/// splitgaussian/splitlorentzian(x, area, center, fwhmLeft, fwhmRight), doniach(x, amplitude, center, fwhm, alpha),
/// step(x, height, center, width).
/// </summary>
public sealed class Expression
{
    private static readonly IReadOnlyDictionary<string, double> DefaultConstants = new Dictionary<string, double> { ["pi"] = Math.PI };
    private Node[]? _gradient;

    private Expression(string text, Node root, IReadOnlyList<string> variables, IReadOnlyList<string> parameters)
    {
        Text = text;
        Root = root;
        Variables = variables;
        Parameters = parameters;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>The variable names (columns of an observation), in the order expected by <see cref="Evaluate(ReadOnlySpan{double}, ReadOnlySpan{double})"/>.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The parameter names in order of first appearance.</summary>
    public IReadOnlyList<string> Parameters { get; }

    internal Node Root { get; }

    /// <summary>Parses <paramref name="text"/>. Throws <see cref="ExpressionException"/> naming the character position.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="variables">Names of the independent variables; <c>["x"]</c> when null. Use an empty list for tie expressions.</param>
    /// <param name="constants">Named constants substituted at parse time; <c>pi</c> when null.</param>
    public static Expression Parse(string text, IReadOnlyList<string>? variables = null, IReadOnlyDictionary<string, double>? constants = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        variables ??= ["x"];
        var consts = DefaultConstants;
        if (constants is not null)
        {
            var merged = new Dictionary<string, double>(DefaultConstants);
            foreach (var kv in constants) merged[kv.Key] = kv.Value;
            consts = merged;
        }
        var (root, parameters) = ExpressionParser.Parse(text, variables, consts);
        return new Expression(text, root, variables, parameters);
    }

    /// <summary>Value at one observation.</summary>
    /// <param name="variables">Values of <see cref="Variables"/>.</param>
    /// <param name="parameters">Values of <see cref="Parameters"/>.</param>
    public double Evaluate(ReadOnlySpan<double> variables, ReadOnlySpan<double> parameters) => Root.Eval(variables, parameters);

    /// <summary>Value with every variable and parameter looked up by name (missing names throw).</summary>
    /// <param name="values">Name → value.</param>
    public double Evaluate(IReadOnlyDictionary<string, double> values)
    {
        var v = Variables.Select(n => Lookup(values, n)).ToArray();
        var p = Parameters.Select(n => Lookup(values, n)).ToArray();
        return Evaluate(v, p);
    }

    private static double Lookup(IReadOnlyDictionary<string, double> values, string name)
        => values.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"no value for '{name}'");

    /// <summary>The symbolic partial derivative with respect to a parameter (same variable and parameter lists).</summary>
    /// <param name="parameter">Parameter name.</param>
    public Expression Derivative(string parameter)
    {
        int i = IndexOfParameter(parameter);
        var d = i < 0 ? new Num(0) : GradientNodes[i];
        return new Expression(d.ToString(), d, Variables, Parameters);
    }

    /// <summary>Writes ∂f/∂(each parameter) at one observation into <paramref name="gradient"/>.</summary>
    /// <param name="variables">Values of <see cref="Variables"/>.</param>
    /// <param name="parameters">Values of <see cref="Parameters"/>.</param>
    /// <param name="gradient">Receives one partial per parameter.</param>
    public void Gradient(ReadOnlySpan<double> variables, ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        var g = GradientNodes;
        for (int i = 0; i < g.Length; i++) gradient[i] = g[i].Eval(variables, parameters);
    }

    internal Node[] GradientNodes => _gradient ??= Enumerable.Range(0, Parameters.Count).Select(Root.Derive).ToArray();

    internal int IndexOfParameter(string name)
    {
        for (int i = 0; i < Parameters.Count; i++) if (Parameters[i] == name) return i;
        return -1;
    }

    /// <summary>The expression re-printed from its tree (fully parenthesised where needed).</summary>
    public override string ToString() => Root.ToString();
}
