using System.CommandLine;
using System.Globalization;
using SiAnode.Scripting.Fitting;
using SiAnode.Scripting.Fitting.Nist;
using SiAnode.Scripting.Formats;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary>
/// <c>sianode fit FILE... [--model EXPR] [--param name=start[:min:max]]... [--start 1|2] [--threads N] [--geodesic] [--json]</c>:
/// Levenberg–Marquardt fit of an expression model to two-column data or a NIST StRD .dat file.
/// </summary>
internal static class FitCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "two-column x,y text/CSV files (header optional; comma, semicolon, tab or space separated) or NIST StRD .dat files", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string?>("--model") { Description = "model expression in x, e.g. \"pseudovoigt(x,a,c,w,eta) + b0 + b1*x\"; NIST files supply their own" };
        var param = new Option<string[]>("--param") { Description = "parameter: name=start, name=start:min:max (empty = unbounded), name=start:min:max:fixed, or a tie name=@expr; repeatable", AllowMultipleArgumentsPerToken = false };
        var start = new Option<int>("--start") { Description = "NIST StRD starting point 1 or 2", DefaultValueFactory = _ => 1 };
        start.AcceptOnlyFromAmong("1", "2");
        var threads = new Option<int>("--threads") { Description = "files fitted in parallel", DefaultValueFactory = _ => 1 };
        var geodesic = new Option<bool>("--geodesic") { Description = "geodesic acceleration (Transtrum & Sethna 2012): slower per iteration, more robust from poor starts" };
        var json = new Option<bool>("--json") { Description = "print JSON (one object per file; an array for several files)" };
        var cmd = new Command("fit", "Least-squares fit (Levenberg–Marquardt with bounds) of a model expression to x,y data or NIST StRD files.")
        {
            files, model, param, start, threads, geodesic, json,
        };
        cmd.SetAction(r =>
        {
            var inputs = r.GetValue(files)!;
            foreach (var f in inputs)
                if (!f.Exists) return CliOutput.Fail($"no file at '{f.FullName}'");
            if (r.GetValue(threads) < 1) return CliOutput.Fail("--threads must be at least 1");
            List<Parameter> given;
            try
            {
                given = (r.GetValue(param) ?? []).Select(s => ParameterSet.ParseSpecification(s)).ToList();
            }
            catch (DataFormatException e)
            {
                return CliOutput.Fail(e.Message);
            }
            string? expr = r.GetValue(model);
            int startNo = r.GetValue(start);
            var options = LevenbergMarquardtOptions.Default with { GeodesicAcceleration = r.GetValue(geodesic) };
            object[] outputs;
            try
            {
                outputs = BatchFit.Run(inputs, f => FitFile(f, expr, given, startNo, options), r.GetValue(threads));
            }
            catch (AggregateException ae) when (ae.InnerExceptions.All(e => e is DataFormatException or ArgumentException or IOException))
            {
                return CliOutput.Fail(ae.InnerExceptions[0].Message);
            }
            catch (Exception e) when (e is DataFormatException or ArgumentException or IOException)
            {
                return CliOutput.Fail(e.Message);
            }
            if (r.GetValue(json))
                CliOutput.WriteJson(outputs.Length == 1 ? outputs[0] : outputs);
            else
                foreach (Dictionary<string, object?> o in outputs) Console.WriteLine(Text(o));
            return 0;
        });
        return cmd;
    }

    private static Dictionary<string, object?> FitFile(FileInfo file, string? expr, List<Parameter> given, int start, LevenbergMarquardtOptions options)
    {
        string text = File.ReadAllText(file.FullName);
        FitResult result;
        string modelText;
        if (NistStrdReader.LooksLikeNist(text))
        {
            var d = NistStrdReader.Parse(text, file.FullName);
            var pars = d.CreateParameters(start);
            IFitModel m;
            if (expr is null) { m = d.CreateModel(); modelText = d.ModelExpression; }
            else { m = new ExpressionModel(expr, d.VariableNames); modelText = expr; }
            pars = Merge(pars, m, given, file.Name);
            result = Fit.Model(m, pars, d.X, d.Response(), null, options);
        }
        else
        {
            if (expr is null) throw new ArgumentException($"{file.Name}: give --model for two-column data (only NIST StRD files carry their own model)");
            var (x, y) = XyDataReader.Parse(text, file.FullName);
            var m = new ExpressionModel(expr);
            modelText = expr;
            result = Fit.Model(m, Merge(null, m, given, file.Name), x, y, null, options);
        }
        return new Dictionary<string, object?>
        {
            ["file"] = file.FullName,
            ["model"] = modelText,
            ["parameters"] = result.Parameters.ToDictionary(p => p.Name, p => (object)new Dictionary<string, object?>
            {
                ["value"] = Finite(p.Value),
                ["stderr"] = Finite(p.StandardError),
                ["varied"] = p.Varied,
            }),
            ["rss"] = Finite(result.SumOfSquares),
            ["reducedChiSquare"] = Finite(result.ReducedChiSquare),
            ["rSquared"] = Finite(result.RSquared),
            ["aic"] = Finite(result.Aic),
            ["bic"] = Finite(result.Bic),
            ["points"] = result.DataCount,
            ["iterations"] = result.Iterations,
            ["converged"] = result.Converged,
            ["reason"] = result.StopReason.ToString(),
        };
    }

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;

    /// <summary>Parameters: the given --param entries override/extend <paramref name="baseline"/>; every model parameter needs a start.</summary>
    private static ParameterSet Merge(ParameterSet? baseline, IFitModel model, List<Parameter> given, string file)
    {
        var result = new ParameterSet();
        var byName = given.ToDictionary(p => p.Name);
        foreach (var p in baseline ?? [])
            result.Add(byName.TryGetValue(p.Name, out var g) ? g : p);
        foreach (var g in given)
            if (!result.Contains(g.Name)) result.Add(g);
        var missing = model.ParameterNames.Where(n => !result.Contains(n)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"{file}: no start value for {string.Join(", ", missing)}; add --param {missing[0]}=VALUE");
        return result;
    }

    private static string Text(Dictionary<string, object?> o)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{o["file"]}: {o["model"]}");
        foreach (var (name, v) in (Dictionary<string, object>)o["parameters"]!)
        {
            var d = (Dictionary<string, object?>)v;
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-12} = {d["value"],22:R} +/- {d["stderr"]:G6}"));
        }
        sb.Append(CultureInfo.InvariantCulture, $"  RSS = {o["rss"]:R}, R2 = {o["rSquared"]:0.######}, {o["iterations"]} iterations, converged: {o["converged"]} ({o["reason"]})");
        return sb.ToString();
    }
}
