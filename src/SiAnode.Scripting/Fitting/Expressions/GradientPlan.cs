namespace SiAnode.Scripting.Fitting.Expressions;

/// <summary>
/// A faster evaluation of ∇f for sums of terms (the usual peaks + background model): the expression is split at its
/// top-level + and −; a term that is a line-shape call on plain parameters/variables/numbers gets its whole gradient
/// from one call of the shape's gradient routine (instead of one derivative tree per parameter), other terms use their
/// own symbolic derivative trees. Results are identical to differentiating the whole tree.
/// </summary>
internal sealed class GradientPlan
{
    private readonly List<(double Sign, FunctionDefinition F, Node[] Args)> _calls = [];
    private readonly List<(int Parameter, Node Derivative)> _trees = [];
    private readonly int _count;

    public GradientPlan(Node root, int parameterCount)
    {
        _count = parameterCount;
        var terms = new List<(double, Node)>();
        Flatten(root, 1, terms);
        foreach (var (sign, term) in terms)
        {
            if (term is Call { Function.Gradient: not null } call && call.Args.All(a => a is Par or Var or Num))
            {
                _calls.Add((sign, call.Function, call.Args));
                continue;
            }
            for (int k = 0; k < parameterCount; k++)
            {
                var d = term.Derive(k);
                if (!d.IsZero) _trees.Add((k, sign > 0 ? d : Node.Negate(d)));
            }
        }
    }

    private static void Flatten(Node n, double sign, List<(double, Node)> terms)
    {
        switch (n)
        {
            case Add a:
                Flatten(a.Left, sign, terms);
                Flatten(a.Right, sign, terms);
                break;
            case Sub s:
                Flatten(s.Left, sign, terms);
                Flatten(s.Right, -sign, terms);
                break;
            default:
                terms.Add((sign, n));
                break;
        }
    }

    public void Evaluate(ReadOnlySpan<double> x, ReadOnlySpan<double> p, Span<double> gradient)
    {
        gradient[.._count].Clear();
        Span<double> args = stackalloc double[8];
        Span<double> g = stackalloc double[8];
        foreach (var (sign, f, nodes) in _calls)
        {
            for (int i = 0; i < nodes.Length; i++) args[i] = nodes[i].Eval(x, p);
            f.Gradient!(args[..nodes.Length], g[..nodes.Length]);
            for (int i = 0; i < nodes.Length; i++)
                if (nodes[i] is Par par) gradient[par.Index] += sign * g[i];
        }
        foreach (var (k, d) in _trees) gradient[k] += d.Eval(x, p);
    }
}
