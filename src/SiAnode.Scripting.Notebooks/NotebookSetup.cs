using System.Reflection;
using Plotly.NET;
using SiAnode.Scripting.Notebooks.Frames;
using SiAnode.Scripting.Notebooks.Plotting;

namespace SiAnode.Scripting.Notebooks;

/// <summary>
/// Registers HTML formatters for foreign types (Plotly.NET charts, Microsoft.Data.Analysis DataFrame, Deedle frames) with
/// whichever Microsoft.DotNet.Interactive.Formatting the host loaded, found by reflection so no kernel version is bound.
/// The kernel runs it from the package's extension.dib after <c>#r "nuget: SiAnode.Scripting.Notebooks"</c>; calling it again
/// does nothing. The project's own result types need no setup (they carry a formatter-source attribute).
/// </summary>
public static class NotebookSetup
{
    private static readonly object gate = new();
    private static Assembly? registeredWith;

    /// <summary>Registers the formatters; returns false when no formatting library is loaded (outside a notebook).</summary>
    public static bool Setup()
    {
        lock (gate)
        {
            var formatting = AppDomain.CurrentDomain.GetAssemblies()
                .FirstOrDefault(a => a.GetName().Name == "Microsoft.DotNet.Interactive.Formatting");
            if (formatting is null) return false;
            if (formatting == registeredWith) return true;
            var formatter = formatting.GetType("Microsoft.DotNet.Interactive.Formatting.Formatter")
                ?? throw new InvalidOperationException("Microsoft.DotNet.Interactive.Formatting has no Formatter class");
            var register = formatter.GetMethod("Register", BindingFlags.Public | BindingFlags.Static, [typeof(Type), typeof(Action<object, TextWriter>), typeof(string)])
                ?? throw new InvalidOperationException("Formatter.Register(Type, Action<object, TextWriter>, string) not found");
            void Html(Type type, Action<object, TextWriter> write) => register.Invoke(null, [type, write, "text/html"]);

            Html(typeof(GenericChart), (o, w) => w.Write(PlotlyOffline.Fragment((GenericChart)o)));
            Html(typeof(Microsoft.Data.Analysis.DataFrame), (o, w) => w.Write(FrameAdapters.ToColumnTable((Microsoft.Data.Analysis.DataFrame)o).ToHtml()));
            Html(typeof(Deedle.Frame<,>), (o, w) => w.Write(FrameAdapters.DeedleToColumnTable(o).ToHtml()));
            registeredWith = formatting;
            return true;
        }
    }
}
