using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>
/// The cells of the first worksheet of a BIFF8 workbook stream (Excel 97–2003, [MS-XLS] §2.4): NUMBER, RK, MULRK, LABELSST (with the
/// SST and its CONTINUE records), LABEL, and the cached numeric results of FORMULA. Values are doubles or strings.
/// </summary>
internal sealed class Biff8Sheet
{
    private readonly Dictionary<(int Row, int Col), object> _cells = [];

    public int RowCount { get; private set; }
    public int ColumnCount { get; private set; }

    public object? this[int row, int col] => _cells.GetValueOrDefault((row, col));

    public string Text(int row, int col) => this[row, col] switch
    {
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => "",
    };

    public IEnumerable<(int Row, int Col, string Text)> Strings() => _cells.Where(kv => kv.Value is string).Select(kv => (kv.Key.Row, kv.Key.Col, (string)kv.Value));

    public Biff8Sheet(byte[] wb, string source)
    {
        var sst = new List<string>();
        var sheetOffsets = new List<long>();
        int pos = 0;
        // Workbook globals: up to the first EOF.
        while (true)
        {
            var (type, data, next) = Record(wb, pos, source);
            if (type == 0x0085 && data.Length >= 4) sheetOffsets.Add(BinaryPrimitives.ReadUInt32LittleEndian(data));
            else if (type == 0x00FC)
            {
                var segments = new List<byte[]> { data };
                int p = next;
                while (p + 4 <= wb.Length && BinaryPrimitives.ReadUInt16LittleEndian(wb.AsSpan(p)) == 0x003C)
                {
                    var (_, cont, n2) = Record(wb, p, source);
                    segments.Add(cont);
                    p = n2;
                }
                sst = ReadSst(segments, source);
                next = p;
            }
            else if (type == 0x000A) break;
            pos = next;
        }
        if (sheetOffsets.Count == 0) throw new DataFormatException(source, "workbook globals", "a BOUNDSHEET record naming a worksheet", "none");
        pos = (int)sheetOffsets[0];
        string? pendingFormulaString = null;
        (int, int) pendingCell = default;
        while (pos < wb.Length)
        {
            var (type, d, next) = Record(wb, pos, source);
            switch (type)
            {
                case 0x0203 when d.Length >= 14: Set(d, BinaryPrimitives.ReadDoubleLittleEndian(d.AsSpan(6))); break;
                case 0x027E when d.Length >= 10: Set(d, Rk(BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(6)))); break;
                case 0x00BD when d.Length >= 6:
                {
                    int row = U16(d, 0), first = U16(d, 2), count = (d.Length - 6) / 6;
                    for (int i = 0; i < count; i++) Put(row, first + i, Rk(BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(4 + 6 * i + 2))));
                    break;
                }
                case 0x00FD when d.Length >= 10:
                {
                    int idx = (int)BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(6));
                    if (idx >= sst.Count) throw new DataFormatException(source, $"byte offset {pos}", $"a shared-string index below {sst.Count}", idx.ToString(CultureInfo.InvariantCulture));
                    Put(U16(d, 0), U16(d, 2), sst[idx]);
                    break;
                }
                case 0x0204 when d.Length >= 9:
                {
                    int len = U16(d, 6); bool wide = (d[8] & 1) != 0;
                    Put(U16(d, 0), U16(d, 2), wide ? Encoding.Unicode.GetString(d, 9, Math.Min(2 * len, d.Length - 9)) : Encoding.Latin1.GetString(d, 9, Math.Min(len, d.Length - 9)));
                    break;
                }
                case 0x0006 when d.Length >= 20:
                    if (U16(d, 12) != 0xFFFF) Set(d, BinaryPrimitives.ReadDoubleLittleEndian(d.AsSpan(6)));
                    else if (d[6] == 0) { pendingCell = (U16(d, 0), U16(d, 2)); pendingFormulaString = ""; }
                    break;
                case 0x0207 when pendingFormulaString is not null && d.Length >= 3:
                {
                    int len = U16(d, 0); bool wide = (d[2] & 1) != 0;
                    Put(pendingCell.Item1, pendingCell.Item2, wide ? Encoding.Unicode.GetString(d, 3, Math.Min(2 * len, d.Length - 3)) : Encoding.Latin1.GetString(d, 3, Math.Min(len, d.Length - 3)));
                    pendingFormulaString = null;
                    break;
                }
                case 0x000A: return;
            }
            pos = next;
        }
        throw new DataFormatException(source, $"byte offset {pos}", "the worksheet's EOF record", "end of the Workbook stream (truncated)");
    }

    private void Set(byte[] d, double v) => Put(U16(d, 0), U16(d, 2), v);

    private void Put(int row, int col, object value)
    {
        _cells[(row, col)] = value;
        RowCount = Math.Max(RowCount, row + 1);
        ColumnCount = Math.Max(ColumnCount, col + 1);
    }

    private static int U16(byte[] d, int o) => BinaryPrimitives.ReadUInt16LittleEndian(d.AsSpan(o));

    private static double Rk(uint rk)
    {
        double v = (rk & 2) != 0 ? (int)rk >> 2 : BitConverter.Int64BitsToDouble((long)(rk & 0xFFFFFFFC) << 32);
        return (rk & 1) != 0 ? v / 100.0 : v;
    }

    private static (int Type, byte[] Data, int Next) Record(byte[] wb, int pos, string source)
    {
        if (pos + 4 > wb.Length) throw new DataFormatException(source, $"Workbook byte offset {pos}", "a BIFF record header", "end of stream (truncated)");
        int type = BinaryPrimitives.ReadUInt16LittleEndian(wb.AsSpan(pos)), len = BinaryPrimitives.ReadUInt16LittleEndian(wb.AsSpan(pos + 2));
        if (pos + 4 + len > wb.Length) throw new DataFormatException(source, $"Workbook byte offset {pos}", $"a record of {len} bytes", $"{wb.Length - pos - 4} bytes left (truncated)");
        return (type, wb.AsSpan(pos + 4, len).ToArray(), pos + 4 + len);
    }

    /// <summary>The shared string table; character data may continue in a CONTINUE record, which then starts with a fresh option byte.</summary>
    private static List<string> ReadSst(List<byte[]> segments, string source)
    {
        int seg = 0, off = 0;
        byte Byte()
        {
            while (seg < segments.Count && off >= segments[seg].Length) { seg++; off = 0; }
            if (seg >= segments.Count) throw new DataFormatException(source, "SST record", "more shared-string bytes", "end of the SST and its CONTINUE records");
            return segments[seg][off++];
        }
        int U16b() => Byte() | (Byte() << 8);
        uint U32b() => (uint)(U16b() | (U16b() << 16));
        U32b();
        uint unique = U32b();
        var list = new List<string>((int)Math.Min(unique, 100000));
        var sb = new StringBuilder();
        for (uint s = 0; s < unique; s++)
        {
            int cch = U16b(); byte flags = Byte();
            bool wide = (flags & 1) != 0;
            int runs = (flags & 8) != 0 ? U16b() : 0;
            uint ext = (flags & 4) != 0 ? U32b() : 0;
            sb.Clear();
            for (int c = 0; c < cch; c++)
            {
                if (off >= segments[seg].Length && seg + 1 < segments.Count) { seg++; off = 0; wide = (Byte() & 1) != 0; }
                sb.Append(wide ? (char)U16b() : (char)Byte());
            }
            for (long k = 0; k < 4L * runs + ext; k++) Byte();
            list.Add(sb.ToString());
        }
        return list;
    }
}
