using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.DotNet.Interactive.Formatting;

namespace SiAnode.Scripting.Kernel;

/// <summary>
/// One C# kernel session: cells run as chained Roslyn script submissions (RunAsync, then ContinueWith), C# 14, the kernel's
/// default imports plus <c>using static</c> of <see cref="KernelApi"/>. Package assemblies are loaded into the default
/// AssemblyLoadContext (FSharp.Core must exist once for Plotly.NET).
/// </summary>
internal sealed class ScriptSession
{
    /// <summary>The .NET Interactive C# kernel's default imports.</summary>
    public static readonly string[] DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private readonly string baseDirectory;
    private readonly PackageRestorer restorer;
    private readonly TimeSpan cellTimeout;
    private readonly Dictionary<string, string> packageAssemblies = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> hostAssemblyNames;
    private readonly List<PackageRequest> packages = [];
    private readonly List<string> sources = [];
    private readonly HashSet<string> packagesWithExtensionsRun = new(StringComparer.OrdinalIgnoreCase);
    private ScriptOptions options;
    private ScriptState<object>? state;

    public ScriptSession(string baseDirectory, PackageRestorer restorer, TimeSpan cellTimeout)
    {
        this.baseDirectory = baseDirectory;
        this.restorer = restorer;
        this.cellTimeout = cellTimeout;
        var tpa = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        hostAssemblyNames = new HashSet<string>(tpa.Select(Path.GetFileNameWithoutExtension).OfType<string>(), StringComparer.OrdinalIgnoreCase);
        string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = tpa.Where(p => p.StartsWith(runtimeDir, StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Concat([
                MetadataReference.CreateFromFile(typeof(KernelApi).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Formatter).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly.Location),
            ]);
        options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.CSharp14)
            .WithReferences(references)
            .WithImports(DefaultImports)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory))
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, baseDirectory))
            .WithEmitDebugInformation(true)
            .WithAllowUnsafe(true);
        AssemblyLoadContext.Default.Resolving += ResolveFromPackages;
    }

    private Assembly? ResolveFromPackages(AssemblyLoadContext context, AssemblyName name)
        => name.Name is { } n && packageAssemblies.TryGetValue(n, out var path) ? context.LoadFromAssemblyPath(path) : null;

    public async Task StartAsync()
    {
        state = await CSharpScript.RunAsync<object>($"using static {typeof(KernelApi).FullName};", options).ConfigureAwait(false);
    }

    /// <summary>Runs one cell; returns false when it failed (the error is in <paramref name="outputs"/>).</summary>
    public async Task<bool> ExecuteAsync(string source, CellOutputs outputs)
    {
        var directives = CellDirectives.Parse(source, baseDirectory);
        if (directives.Errors.Count > 0)
        {
            outputs.AddError("UnsupportedMagicCommand", string.Join("\n", directives.Errors), directives.Errors);
            return false;
        }
        if (directives.Packages.Count > 0 || directives.Sources.Count > 0)
        {
            if (!await AddPackagesAsync(directives, outputs).ConfigureAwait(false)) return false;
        }
        if (string.IsNullOrWhiteSpace(directives.Code)) return true;
        return await RunCodeAsync(directives.Code, outputs, showResult: true).ConfigureAwait(false);
    }

    private async Task<bool> RunCodeAsync(string code, CellOutputs outputs, bool showResult)
    {
        var script = state!.Script.ContinueWith(code, options);
        var diagnostics = script.Compile();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            var lines = errors.Select(d => $"({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): error {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ToList();
            outputs.AddError("CompilationError", string.Join("\n", lines), lines);
            return false;
        }
        bool hasValue = HasReturnValue(script);
        var run = script.RunFromAsync(state, _ => true);
        var finished = await Task.WhenAny(run, Task.Delay(cellTimeout)).ConfigureAwait(false);
        if (finished != run)
        {
            outputs.AddError("TimeoutException", $"the cell did not finish within {cellTimeout.TotalSeconds:0} s", []);
            throw new CellTimeoutException();
        }
        var next = await run.ConfigureAwait(false);
        state = next;
        if (next.Exception is { } ex)
        {
            var inner = ex is AggregateException { InnerExceptions.Count: 1 } agg ? agg.InnerException! : ex;
            outputs.AddError(inner.GetType().FullName ?? inner.GetType().Name, inner.Message,
                inner.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Take(40));
            return false;
        }
        if (showResult && hasValue) outputs.AddDisplay(next.ReturnValue, [], isResult: true);
        outputs.FlushStreams();
        return true;
    }

    /// <summary>
    /// Roslyn's rule (Script.HasReturnValue is internal): the last statement of the submission is an expression statement
    /// without a semicolon whose type is not void.
    /// </summary>
    internal static bool HasReturnValue(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        var last = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().LastOrDefault();
        if (last is null || tree.GetCompilationUnitRoot().Members.Last() != last) return false;
        if (last.Statement is not ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement) return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private async Task<bool> AddPackagesAsync(CellDirectives directives, CellOutputs outputs)
    {
        foreach (var s in directives.Sources.Where(s => !sources.Contains(s))) sources.Add(s);
        foreach (var p in directives.Packages)
        {
            packages.RemoveAll(x => string.Equals(x.Name, p.Name, StringComparison.OrdinalIgnoreCase));
            packages.Add(p);
        }
        if (directives.Packages.Count == 0) return true;
        IReadOnlyList<RestoredPackage> restored;
        try
        {
            restored = await Task.Run(() => restorer.Restore(packages, sources)).ConfigureAwait(false);
        }
        catch (PackageRestoreException e)
        {
            outputs.AddError("PackageRestoreException", e.Message, e.Message.Split('\n'));
            return false;
        }
        var newReferences = new List<MetadataReference>();
        foreach (var package in restored)
        {
            foreach (var path in package.RuntimeAssemblies)
            {
                string name = Path.GetFileNameWithoutExtension(path);
                if (hostAssemblyNames.Contains(name) || packageAssemblies.ContainsKey(name)) continue;
                packageAssemblies[name] = path;
                newReferences.Add(MetadataReference.CreateFromFile(path));
                try { AssemblyLoadContext.Default.LoadFromAssemblyPath(path); }
                catch (Exception e) when (e is BadImageFormatException or FileLoadException) { /* reference-only or native: leave to the resolver */ }
            }
        }
        options = options.AddReferences(newReferences);
        var requested = directives.Packages.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        outputs.AddDisplay("Installed Packages: " + string.Join(", ",
            restored.Where(p => requested.Contains(p.Name)).Select(p => $"{p.Name}, {p.Version}")), ["text/plain"], isResult: false);
        foreach (var package in restored)
        {
            string dib = Path.Combine(package.Folder, "interactive-extensions", "dotnet", "extension.dib");
            if (!File.Exists(dib) || !packagesWithExtensionsRun.Add(package.Name)) continue;
            string code = ExtensionScript.CSharpOf(File.ReadAllText(dib));
            if (code.Length > 0 && !await RunCodeAsync(code, outputs, showResult: false).ConfigureAwait(false)) return false;
        }
        return true;
    }
}

/// <summary>A cell ran past its time limit; the session cannot continue.</summary>
internal sealed class CellTimeoutException : Exception;

/// <summary>Reads the C# parts of a .dib file (sections after <c>#!csharp</c> up to the next <c>#!</c> section).</summary>
internal static class ExtensionScript
{
    public static string CSharpOf(string dib)
    {
        var sb = new System.Text.StringBuilder();
        bool inCSharp = false;
        foreach (var raw in dib.Replace("\r\n", "\n").Split('\n'))
        {
            string t = raw.Trim();
            if (t.StartsWith("#!", StringComparison.Ordinal) && !t.StartsWith("#!import", StringComparison.Ordinal))
            {
                inCSharp = t is "#!csharp" or "#!c#" or "#!C#";
                continue;
            }
            if (inCSharp) sb.Append(raw).Append('\n');
        }
        return sb.ToString().Trim();
    }
}
