using SiAnode.Scripting.Fitting.Expressions;

namespace SiAnode.Scripting.Fitting;

/// <summary>
/// Entry points for curve fitting by <see cref="LevenbergMarquardt"/> (in the spirit of MathNet's <c>Fit.Line</c>):
/// <code>
/// var r = Fit.Curve(x, y, "b1*(1-exp(-b2*x))", ("b1", 500), ("b2", 1e-4));
/// var area = r["b1"].Value; var ratio = r.Derive("b1/b2");
/// </code>
/// </summary>
public static class Fit
{
    /// <summary>Fits an expression model (unbounded, all parameters varied) from the given start values.</summary>
    /// <param name="x">Abscissae.</param>
    /// <param name="y">Observations.</param>
    /// <param name="model">Model expression in x, e.g. <c>a*exp(-b*x) + c</c>.</param>
    /// <param name="start">Start value of each parameter.</param>
    public static FitResult Curve(double[] x, double[] y, string model, params (string Name, double Start)[] start)
    {
        var set = new ParameterSet();
        foreach (var (name, value) in start) set.Add(name, value);
        return Curve(x, y, model, set);
    }

    /// <summary>Fits an expression model with a parameter set (bounds, fixed values, ties).</summary>
    /// <param name="x">Abscissae.</param>
    /// <param name="y">Observations.</param>
    /// <param name="model">Model expression in x.</param>
    /// <param name="parameters">Parameters.</param>
    /// <param name="weights">Optional weights wᵢ = 1/σᵢ multiplying the residuals.</param>
    /// <param name="options">Solver options.</param>
    public static FitResult Curve(double[] x, double[] y, string model, ParameterSet parameters,
        double[]? weights = null, LevenbergMarquardtOptions? options = null)
        => Model(new ExpressionModel(model), parameters, [x], y, weights, options);

    /// <summary>Fits any <see cref="IFitModel"/> of one variable.</summary>
    /// <param name="model">The model.</param>
    /// <param name="parameters">Parameters.</param>
    /// <param name="x">Abscissae.</param>
    /// <param name="y">Observations.</param>
    /// <param name="weights">Optional weights wᵢ = 1/σᵢ.</param>
    /// <param name="options">Solver options.</param>
    public static FitResult Model(IFitModel model, ParameterSet parameters, double[] x, double[] y,
        double[]? weights = null, LevenbergMarquardtOptions? options = null)
        => Model(model, parameters, [x], y, weights, options);

    /// <summary>Fits a model of several variables (columns[v][i] is variable v of observation i).</summary>
    /// <param name="model">The model.</param>
    /// <param name="parameters">Parameters.</param>
    /// <param name="variables">One column per model variable.</param>
    /// <param name="y">Observations.</param>
    /// <param name="weights">Optional weights wᵢ = 1/σᵢ.</param>
    /// <param name="options">Solver options.</param>
    public static FitResult Model(IFitModel model, ParameterSet parameters, double[][] variables, double[] y,
        double[]? weights = null, LevenbergMarquardtOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(y);
        var problem = new ModelFitProblem(model, parameters, variables, y, weights);
        var solution = LevenbergMarquardt.Minimize(problem, problem.Start, problem.Lower, problem.Upper, options);
        return BuildResult(problem, solution, y, weights);
    }

    private static FitResult BuildResult(ModelFitProblem problem, LeastSquaresSolution s, double[] y, double[]? w)
    {
        int n = y.Length, p = problem.Free.Length;
        var values = (double[])problem.SetValues(s.Parameters).Clone();
        var sens = (double[,])problem.Sensitivity().Clone();
        var bestFit = new double[n];
        problem.Evaluate(s.Parameters, bestFit);

        double rss = s.SumOfSquares;
        double dof = n - p;
        double redchi = dof > 0 ? rss / dof : double.NaN;
        var cov = new double[p, p];
        var inv = p > 0 ? DenseQr.InverseNormalMatrix(s.JacobianColumns, n) : new double[0, 0];
        for (int a = 0; a < p; a++)
            for (int b = 0; b < p; b++)
                cov[a, b] = inv is null ? double.NaN : inv[a, b] * redchi;
        var corr = new double[p, p];
        for (int a = 0; a < p; a++)
            for (int b = 0; b < p; b++)
                corr[a, b] = cov[a, b] / Math.Sqrt(cov[a, a] * cov[b, b]);

        var set = problem.Set;
        var fitted = new FittedParameter[set.Count];
        for (int k = 0; k < set.Count; k++)
        {
            int f = Array.IndexOf(problem.Free, k);
            double se;
            if (f >= 0) se = Math.Sqrt(cov[f, f]);
            else
            {
                double v = 0;
                bool any = false;
                for (int a = 0; a < p; a++)
                    for (int b = 0; b < p; b++)
                        if (sens[k, a] != 0 && sens[k, b] != 0) { v += sens[k, a] * cov[a, b] * sens[k, b]; any = true; }
                se = any ? Math.Sqrt(v) : 0;
            }
            fitted[k] = new FittedParameter(set[k].Name, values[k], se, set[k].Value, set[k].Min, set[k].Max, f >= 0, set[k].Expression);
        }

        double mean = 0, wsum = 0;
        for (int i = 0; i < n; i++) { double wi = w is null ? 1 : w[i] * w[i]; mean += wi * y[i]; wsum += wi; }
        mean /= wsum;
        double tss = 0;
        for (int i = 0; i < n; i++) { double wi = w is null ? 1 : w[i] * w[i]; tss += wi * (y[i] - mean) * (y[i] - mean); }
        double logTerm = n * Math.Log(Math.Max(rss, double.Epsilon) / n);
        return new FitResult
        {
            Parameters = fitted,
            VariedNames = problem.Free.Select(k => set[k].Name).ToArray(),
            Covariance = cov,
            Correlation = corr,
            SumOfSquares = rss,
            RSquared = 1 - rss / tss,
            ReducedChiSquare = redchi,
            Aic = logTerm + 2 * p,
            Bic = logTerm + Math.Log(n) * p,
            DataCount = n,
            Iterations = s.Iterations,
            FunctionEvaluations = s.FunctionEvaluations,
            StopReason = s.StopReason,
            BestFit = bestFit,
            ParameterSensitivity = sens,
        };
    }
}
