using SiAnode.Scripting.Fitting.Expressions;

namespace SiAnode.Scripting.Fitting;

/// <summary>
/// Weighted residuals rᵢ = wᵢ(yᵢ − f(xᵢ; p)) of a model whose parameters come from a <see cref="ParameterSet"/>:
/// the solver varies only the free parameters u; fixed ones keep their values and tied ones are evaluated from
/// their expressions in dependency order, with ∂p/∂u from the symbolic gradients of the tie expressions (chain rule).
/// </summary>
internal sealed class ModelFitProblem : ILeastSquaresProblem
{
    private readonly IFitModel _model;
    private readonly double[][] _vars;
    private readonly double[] _y;
    private readonly double[]? _w;
    private readonly int[] _modelToSet;
    private readonly (int Index, Expression Tie, int[] Args)[] _ties;
    private readonly double[] _set;
    private readonly double[,] _dSet; // ∂set_k/∂u_f
    private double[][]? _modelColumns;

    public ModelFitProblem(IFitModel model, ParameterSet parameters, double[][] variables, double[] y, double[]? weights)
    {
        _model = model;
        _vars = variables;
        _y = y;
        _w = weights;
        Set = parameters.ToList();
        if (variables.Length != model.VariableCount)
            throw new ArgumentException($"the model has {model.VariableCount} variable(s) but {variables.Length} column(s) were given");
        foreach (var c in variables)
            if (c.Length != y.Length) throw new ArgumentException($"a variable column has {c.Length} values but y has {y.Length}");
        if (weights is not null && weights.Length != y.Length) throw new ArgumentException($"{weights.Length} weights for {y.Length} points");

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Set.Count; i++) index[Set[i].Name] = i;
        var missing = model.ParameterNames.Where(n => !index.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"no start value for model parameter(s) {string.Join(", ", missing)}; the model has {string.Join(", ", model.ParameterNames)}");
        _modelToSet = model.ParameterNames.Select(n => index[n]).ToArray();

        // Ties: parse, resolve names, order by dependencies (depth-first; cycles are errors).
        var parsed = new Dictionary<int, (Expression, int[])>();
        for (int i = 0; i < Set.Count; i++)
        {
            if (Set[i].Expression is not { } text) continue;
            var e = Expression.Parse(text, []);
            var args = e.Parameters.Select(n => index.TryGetValue(n, out var k) ? k
                : throw new ArgumentException($"the tie of '{Set[i].Name}' = {text} names unknown parameter '{n}'")).ToArray();
            parsed[i] = (e, args);
        }
        var order = new List<int>();
        var state = new int[Set.Count];
        void Visit(int i, string path)
        {
            if (state[i] == 2 || !parsed.ContainsKey(i)) return;
            if (state[i] == 1) throw new ArgumentException($"circular parameter ties: {path}");
            state[i] = 1;
            foreach (var a in parsed[i].Item2) Visit(a, path + " -> " + Set[a].Name);
            state[i] = 2;
            order.Add(i);
        }
        foreach (var i in parsed.Keys) Visit(i, Set[i].Name);
        _ties = order.Select(i => (i, parsed[i].Item1, parsed[i].Item2)).ToArray();

        // Free parameters: varying, untied and actually influencing the model (directly or through a tie).
        var used = new bool[Set.Count];
        foreach (var k in _modelToSet) used[k] = true;
        for (int t = _ties.Length - 1; t >= 0; t--)
            if (used[_ties[t].Index]) foreach (var a in _ties[t].Args) used[a] = true;
        Free = Enumerable.Range(0, Set.Count).Where(i => Set[i].IsFree && used[i]).ToArray();
        _set = Set.Select(p => p.Value).ToArray();
        _dSet = new double[Set.Count, Free.Length];
        ParameterCount = Free.Length;
        ResidualCount = y.Length;
    }

    public IReadOnlyList<Parameter> Set { get; }

    /// <summary>Indices (into <see cref="Set"/>) of the varied parameters.</summary>
    public int[] Free { get; }

    public int ResidualCount { get; }

    public int ParameterCount { get; }

    public double[] Lower => Free.Select(i => Set[i].Min).ToArray();

    public double[] Upper => Free.Select(i => Set[i].Max).ToArray();

    public double[] Start => Free.Select(i => Set[i].Value).ToArray();

    /// <summary>Sets all parameter values from the free vector u (ties evaluated).</summary>
    public double[] SetValues(ReadOnlySpan<double> u)
    {
        for (int f = 0; f < Free.Length; f++) _set[Free[f]] = u[f];
        Span<double> a = stackalloc double[16];
        foreach (var (i, tie, args) in _ties)
        {
            var buf = args.Length <= 16 ? a[..args.Length] : new double[args.Length];
            for (int k = 0; k < args.Length; k++) buf[k] = _set[args[k]];
            _set[i] = tie.Evaluate([], buf);
        }
        return _set;
    }

    /// <summary>∂(set parameters)/∂u at the current values (identity for free, 0 for fixed, chain rule for ties).</summary>
    public double[,] Sensitivity()
    {
        Array.Clear(_dSet);
        for (int f = 0; f < Free.Length; f++) _dSet[Free[f], f] = 1;
        foreach (var (i, tie, args) in _ties)
        {
            var vals = args.Select(k => _set[k]).ToArray();
            var g = new double[args.Length];
            tie.Gradient([], vals, g);
            for (int k = 0; k < args.Length; k++)
                for (int f = 0; f < Free.Length; f++)
                    _dSet[i, f] += g[k] * _dSet[args[k], f];
        }
        return _dSet;
    }

    private double[] ModelParameters()
    {
        var p = new double[_modelToSet.Length];
        for (int k = 0; k < p.Length; k++) p[k] = _set[_modelToSet[k]];
        return p;
    }

    public void Evaluate(ReadOnlySpan<double> u, Span<double> output)
    {
        SetValues(u);
        var p = ModelParameters();
        if (_model is ExpressionModel em)
        {
            em.EvaluateMany(_vars, p, output[.._y.Length]);
            return;
        }
        int nv = _vars.Length;
        Span<double> x = stackalloc double[Math.Max(nv, 1)];
        for (int i = 0; i < _y.Length; i++)
        {
            for (int v = 0; v < nv; v++) x[v] = _vars[v][i];
            output[i] = _model.Evaluate(x[..nv], p);
        }
    }

    public void Residuals(ReadOnlySpan<double> parameters, Span<double> residuals)
    {
        Evaluate(parameters, residuals);
        for (int i = 0; i < _y.Length; i++)
            residuals[i] = (_w is null ? 1 : _w[i]) * (_y[i] - residuals[i]);
    }

    public bool Jacobian(ReadOnlySpan<double> parameters, double[][] columns)
    {
        SetValues(parameters);
        var sens = Sensitivity();
        var p = ModelParameters();
        int km = p.Length, nf = Free.Length, nv = _vars.Length;
        // Direct map when no ties: model parameter k → free column (or −1).
        var direct = new int[km];
        bool simple = _ties.Length == 0;
        for (int k = 0; k < km; k++) direct[k] = Array.IndexOf(Free, _modelToSet[k]);
        if (_model is ExpressionModel em)
        {
            int n = _y.Length;
            if (_modelColumns is null)
            {
                _modelColumns = new double[km][];
                for (int k = 0; k < km; k++) _modelColumns[k] = new double[n];
            }
            em.GradientMany(_vars, p, _modelColumns, n);
            for (int f = 0; f < nf; f++) Array.Clear(columns[f], 0, n);
            for (int k = 0; k < km; k++)
            {
                var mc = _modelColumns[k];
                for (int f = 0; f < nf; f++)
                {
                    double s = simple ? (direct[k] == f ? 1 : 0) : sens[_modelToSet[k], f];
                    if (s == 0) continue;
                    var c = columns[f];
                    if (_w is null) for (int i = 0; i < n; i++) c[i] -= s * mc[i];
                    else for (int i = 0; i < n; i++) c[i] -= s * _w[i] * mc[i];
                }
            }
            return true;
        }
        Span<double> x = stackalloc double[Math.Max(nv, 1)];
        Span<double> g = stackalloc double[km];
        for (int i = 0; i < _y.Length; i++)
        {
            for (int v = 0; v < nv; v++) x[v] = _vars[v][i];
            if (!_model.TryGradient(x[..nv], p, g)) return false;
            double w = -(_w is null ? 1 : _w[i]);
            if (simple)
            {
                for (int f = 0; f < nf; f++) columns[f][i] = 0;
                for (int k = 0; k < km; k++) if (direct[k] >= 0) columns[direct[k]][i] += w * g[k];
            }
            else
            {
                for (int f = 0; f < nf; f++)
                {
                    double s = 0;
                    for (int k = 0; k < km; k++) s += g[k] * sens[_modelToSet[k], f];
                    columns[f][i] = w * s;
                }
            }
        }
        return true;
    }
}
