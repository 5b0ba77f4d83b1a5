namespace SiAnode.Scripting.Fitting.Expressions;

internal delegate double SpanFunction(ReadOnlySpan<double> args);

internal delegate void SpanGradient(ReadOnlySpan<double> args, Span<double> gradient);

/// <summary>
/// A built-in function of the expression language: its value, and its partial derivatives either as trees
/// (<see cref="SymbolicPartial"/>, elementary functions) or as numbers (<see cref="Gradient"/>, line shapes; central
/// differences when neither is given).
/// </summary>
internal sealed class FunctionDefinition(string name, int arity, SpanFunction evaluate)
{
    public string Name { get; } = name;
    public int Arity { get; } = arity;
    public SpanFunction Evaluate { get; } = evaluate;
    public Func<Node[], int, Node>? SymbolicPartial { get; init; }
    public SpanGradient? Gradient { get; init; }

    public Node Partial(Node[] args, int i)
        => SymbolicPartial is not null ? SymbolicPartial(args, i) : new PartialCall(this, i, args);

    public double NumericPartial(ReadOnlySpan<double> args, int i)
    {
        if (Gradient is not null)
        {
            Span<double> g = stackalloc double[Arity];
            Gradient(args, g);
            return g[i];
        }
        // Central difference, step ∝ ε^(1/3) for O(h²) truncation balanced against rounding.
        Span<double> a = stackalloc double[Arity];
        args.CopyTo(a);
        double h = 6e-6 * Math.Max(Math.Abs(args[i]), 1e-3);
        a[i] = args[i] + h;
        double fp = Evaluate(a);
        a[i] = args[i] - h;
        double fm = Evaluate(a);
        return (fp - fm) / (2 * h);
    }
}
