namespace SiAnode.Scripting.Fitting;

/// <summary>
/// Fits many independent problems (e.g. a map or operando series of spectra) in parallel with a fixed number of
/// threads, reporting the number of finished fits through <see cref="IProgress{T}"/>.
/// </summary>
public static class BatchFit
{
    /// <summary>Runs <paramref name="fit"/> on every item; results are in input order.</summary>
    /// <typeparam name="T">The item type (a spectrum, a file name …).</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="items">The inputs.</param>
    /// <param name="fit">Fits one item; must be thread-safe (the fitting API is when models are not shared mutable state).</param>
    /// <param name="threads">Maximum degree of parallelism (≥ 1).</param>
    /// <param name="progress">Receives the count of completed fits after each one.</param>
    /// <param name="cancellationToken">Stops scheduling new fits.</param>
    public static TResult[] Run<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> fit, int threads = 1,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var results = new TResult[items.Count];
        int done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, items.Count, options, i =>
        {
            results[i] = fit(items[i]);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return results;
    }

    /// <summary>Fits the same model and starting parameters to many spectra sharing one x axis.</summary>
    /// <param name="model">The model.</param>
    /// <param name="parameters">Starting parameters (read-only during the batch).</param>
    /// <param name="x">The shared abscissae.</param>
    /// <param name="spectra">One y array per spectrum.</param>
    /// <param name="threads">Maximum degree of parallelism.</param>
    /// <param name="progress">Receives the number of completed fits.</param>
    /// <param name="options">Solver options.</param>
    public static FitResult[] Spectra(IFitModel model, ParameterSet parameters, double[] x, IReadOnlyList<double[]> spectra,
        int threads = 1, IProgress<int>? progress = null, LevenbergMarquardtOptions? options = null)
        => Run(spectra, y => Fit.Model(model, parameters, x, y, null, options), threads, progress);
}
