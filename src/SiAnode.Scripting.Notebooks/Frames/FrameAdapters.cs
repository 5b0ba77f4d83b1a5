using System.Globalization;
using Microsoft.Data.Analysis;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Notebooks.Frames;

/// <summary>
/// Thin adapters between the project's <see cref="ColumnTable"/> and the two data-frame libraries researchers use in .NET:
/// Microsoft.Data.Analysis <see cref="DataFrame"/> and Deedle <c>Frame&lt;int, string&gt;</c>. Units go into the column
/// names ("Voltage (V)"), since neither library has a place for them. Rendering goes the other way, through ColumnTable's
/// bounded HTML table.
/// </summary>
public static class FrameAdapters
{
    /// <summary>A DataFrame with one double or string column per table column, named "name (unit)".</summary>
    public static DataFrame ToDataFrame(this ColumnTable table)
    {
        var columns = table.Columns.Select(c => c.Numbers is { } v
            ? (DataFrameColumn)new DoubleDataFrameColumn(c.Header, v)
            : new StringDataFrameColumn(c.Header, c.Texts!));
        return new DataFrame(columns);
    }

    /// <summary>A Deedle frame with integer row keys and column keys "name (unit)".</summary>
    public static Deedle.Frame<int, string> ToDeedleFrame(this ColumnTable table)
    {
        var rows = Enumerable.Range(0, table.RowCount).ToArray();
        var frame = Deedle.Frame.CreateEmpty<int, string>();
        foreach (var c in table.Columns)
        {
            if (c.Numbers is { } v) frame.AddColumn(c.Header, new Deedle.Series<int, double>(rows, v.ToArray()));
            else frame.AddColumn(c.Header, new Deedle.Series<int, string>(rows, c.Texts!.ToArray()));
        }
        return frame;
    }

    /// <summary>A DataFrame as a ColumnTable (numeric columns as doubles, everything else as text; nulls as NaN or "").</summary>
    public static ColumnTable ToColumnTable(DataFrame frame)
    {
        var columns = new List<TableColumn>();
        foreach (var c in frame.Columns)
        {
            if (c.IsNumericColumn())
            {
                var values = new double[c.Length];
                for (long i = 0; i < c.Length; i++) values[i] = c[i] is { } o ? Convert.ToDouble(o, CultureInfo.InvariantCulture) : double.NaN;
                columns.Add(TableColumn.Of(c.Name, "", values));
            }
            else
            {
                var texts = new string[c.Length];
                for (long i = 0; i < c.Length; i++) texts[i] = Convert.ToString(c[i], CultureInfo.InvariantCulture) ?? "";
                columns.Add(TableColumn.Of(c.Name, texts));
            }
        }
        return new ColumnTable(columns);
    }

    /// <summary>Any Deedle <c>Frame&lt;R, C&gt;</c> as a ColumnTable with a first text column of row keys.</summary>
    public static ColumnTable DeedleToColumnTable(object frame)
    {
        var type = frame.GetType();
        while (type is not null && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Deedle.Frame<,>))) type = type.BaseType;
        if (type is null) throw new ArgumentException($"not a Deedle frame: {frame.GetType()}", nameof(frame));
        var method = typeof(FrameAdapters).GetMethod(nameof(DeedleGeneric), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type.GetGenericArguments());
        return (ColumnTable)method.Invoke(null, [frame])!;
    }

    private static ColumnTable DeedleGeneric<TRow, TColumn>(Deedle.Frame<TRow, TColumn> frame)
    {
        var rowKeys = frame.RowKeys.ToList();
        var columns = new List<TableColumn> { TableColumn.Of("", rowKeys.Select(k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? "").ToList()) };
        foreach (var key in frame.ColumnKeys)
        {
            var series = frame.GetColumn<object>(key);
            var values = rowKeys.Select(r => series.TryGet(r)).Select(o => o.HasValue ? o.Value : null).ToList();
            string name = Convert.ToString(key, CultureInfo.InvariantCulture) ?? "";
            if (values.All(v => v is null or double or float or int or long or decimal or short))
                columns.Add(TableColumn.Of(name, "", values.Select(v => v is null ? double.NaN : Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToList()));
            else
                columns.Add(TableColumn.Of(name, values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList()));
        }
        return new ColumnTable(columns);
    }
}
