using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Fitting.Nist;

/// <summary>
/// Runs every NIST StRD nonlinear-regression dataset of a folder and reports the digits of agreement with the certified values:
/// the log relative error LRE = −log₁₀(|estimate − certified| / |certified|), capped at 15 (McCullough, Am. Stat. 53, 149, 1999).
/// </summary>
public static class NistValidation
{
    /// <summary>LRE of one estimate (15 when exact).</summary>
    public static double LogRelativeError(double estimate, double certified)
    {
        double rel = certified == 0 ? Math.Abs(estimate) : Math.Abs(estimate - certified) / Math.Abs(certified);
        return rel == 0 ? 15 : Math.Min(15, -Math.Log10(rel));
    }

    /// <summary>Fits every *.dat of <paramref name="directory"/> from start 1 or 2 and tabulates the minimum digits.</summary>
    /// <param name="directory">Folder of NIST StRD .dat files.</param>
    /// <param name="start">1 or 2.</param>
    /// <param name="options">Solver options (the defaults when null).</param>
    public static ColumnTable Run(string directory, int start, LevenbergMarquardtOptions? options = null)
    {
        var rows = new List<(string Name, string Difficulty, double P, double Sd, int Iterations, string Stop)>();
        foreach (var file in Directory.GetFiles(directory, "*.dat").Order(StringComparer.Ordinal))
        {
            var data = NistStrdReader.Read(file);
            FitResult fit;
            try
            {
                fit = data.Fit(start, options);
            }
            catch (ArgumentException e)
            {
                rows.Add((data.Name, data.Difficulty, double.NaN, double.NaN, 0, "failed: " + e.Message));
                continue;
            }
            double p = data.CertifiedValues.Select((c, k) => LogRelativeError(fit.Parameters[k].Value, c)).Min();
            double sd = data.CertifiedStandardDeviations.Select((c, k) => LogRelativeError(fit.Parameters[k].StandardError, c)).Min();
            rows.Add((data.Name, data.Difficulty, p, sd, fit.Iterations, fit.StopReason.ToString()));
        }
        return new ColumnTable(
        [
            TableColumn.Of("dataset", rows.Select(r => r.Name).ToList()),
            TableColumn.Of("difficulty", rows.Select(r => r.Difficulty).ToList()),
            TableColumn.Of("min digits, parameters", "", rows.Select(r => r.P).ToList()),
            TableColumn.Of("min digits, std. deviations", "", rows.Select(r => r.Sd).ToList()),
            TableColumn.Of("iterations", "", rows.Select(r => (double)r.Iterations).ToList()),
            TableColumn.Of("stop", rows.Select(r => r.Stop).ToList()),
        ], $"NIST StRD nonlinear regression from start {start}: digits of agreement with the certified values (LRE)") { HtmlRows = rows.Count };
    }
}
