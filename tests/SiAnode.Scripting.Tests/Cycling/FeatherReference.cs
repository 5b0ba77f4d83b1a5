using Apache.Arrow;
using Apache.Arrow.Compression;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

namespace SiAnode.Scripting.Tests.Cycling;

/// <summary>Reads a Feather v2 (Arrow IPC, LZ4) reference of NewareNDA into columns: numbers as double (NaN for null), categories as text, timestamps as epoch seconds.</summary>
internal sealed class FeatherReference
{
    public Dictionary<string, double[]> Numbers { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string?[]> Texts { get; } = new(StringComparer.Ordinal);
    public List<string> Names { get; } = [];
    public int RowCount { get; private set; }
    public Dictionary<string, string> Types { get; } = new(StringComparer.Ordinal);

    public static FeatherReference Read(string path)
    {
        using var fs = File.OpenRead(path);
        using var reader = new ArrowFileReader(fs, new CompressionCodecFactory());
        var result = new FeatherReference();
        var numbers = new Dictionary<string, List<double>>();
        var texts = new Dictionary<string, List<string?>>();
        var schema = reader.Schema;
        foreach (var f in schema.FieldsList) { result.Names.Add(f.Name); result.Types[f.Name] = f.DataType.Name; }
        var lastDictionary = new Dictionary<string, string[]>();
        RecordBatch? batch;
        while ((batch = reader.ReadNextRecordBatch()) is not null)
        {
            using (batch)
            {
                for (int c = 0; c < schema.FieldsList.Count; c++)
                {
                    string name = schema.FieldsList[c].Name;
                    var arr = batch.Column(c);
                    if (arr is DictionaryArray dict)
                    {
                        var list = texts.TryGetValue(name, out var l) ? l : texts[name] = [];
                        // later batches of a file may reuse the dictionary read with the first one
                        string[] values;
                        var sa0 = (StringArray)dict.Dictionary;
                        try { values = Enumerable.Range(0, sa0.Length).Select(k => sa0.GetString(k)).ToArray(); lastDictionary[name] = values; }
                        catch (NullReferenceException) { values = lastDictionary[name]; }
                        for (int i = 0; i < dict.Length; i++)
                        {
                            if (dict.IsNull(i)) { list.Add(null); continue; }
                            long key = dict.Indices switch
                            {
                                Int8Array a => a.GetValue(i)!.Value, Int16Array a => a.GetValue(i)!.Value,
                                Int32Array a => a.GetValue(i)!.Value, Int64Array a => a.GetValue(i)!.Value,
                                _ => throw new NotSupportedException(dict.Indices.GetType().Name),
                            };
                            list.Add(values[(int)key]);
                        }
                        continue;
                    }
                    if (arr is StringArray sa)
                    {
                        var list = texts.TryGetValue(name, out var l) ? l : texts[name] = [];
                        for (int i = 0; i < sa.Length; i++) list.Add(sa.GetString(i));
                        continue;
                    }
                    var nums = numbers.TryGetValue(name, out var nl) ? nl : numbers[name] = [];
                    for (int i = 0; i < arr.Length; i++)
                    {
                        if (arr.IsNull(i)) { nums.Add(double.NaN); continue; }
                        nums.Add(arr switch
                        {
                            FloatArray a => a.GetValue(i)!.Value,
                            DoubleArray a => a.GetValue(i)!.Value,
                            UInt32Array a => a.GetValue(i)!.Value,
                            Int32Array a => a.GetValue(i)!.Value,
                            Int64Array a => a.GetValue(i)!.Value,
                            UInt64Array a => a.GetValue(i)!.Value,
                            UInt8Array a => a.GetValue(i)!.Value,
                            Int16Array a => a.GetValue(i)!.Value,
                            TimestampArray a => Seconds(a, i),
                            _ => throw new NotSupportedException($"{name}: {arr.GetType().Name}"),
                        });
                    }
                }
            }
        }
        foreach (var (k, v) in numbers) result.Numbers[k] = v.ToArray();
        foreach (var (k, v) in texts) result.Texts[k] = v.ToArray();
        result.RowCount = result.Numbers.Values.Select(v => v.Length).Concat(result.Texts.Values.Select(v => v.Length)).FirstOrDefault();
        return result;
    }

    private static double Seconds(TimestampArray a, int i)
    {
        long raw = a.Values[i];
        var unit = ((TimestampType)a.Data.DataType).Unit;
        return unit switch
        {
            TimeUnit.Nanosecond => raw / 1e9,
            TimeUnit.Microsecond => raw / 1e6,
            TimeUnit.Millisecond => raw / 1e3,
            _ => raw,
        };
    }
}
