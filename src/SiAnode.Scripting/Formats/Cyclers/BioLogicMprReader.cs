using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>
/// Reads BioLogic EC-Lab binary <c>.mpr</c> files. Layout as reverse-engineered by galvani (echemdata/galvani, galvani/BioLogic.py:
/// <c>MPR_MAGIC</c>, <c>VMPmodule_hdr_v1/v2</c>, <c>MPRfile</c>, <c>VMPdata_colID_dtype_map</c>, <c>VMPdata_colID_flag_map</c>);
/// the implementation is the project's own. The file is a 52-byte magic followed by modules (<c>VMP Set</c> settings,
/// <c>VMP data</c>, <c>VMP LOG</c>, <c>VMP loop</c>); each module is <c>MODULE</c>, a 10-byte short name, a 25-byte long name, then
/// either length/version/date (EC-Lab &lt; 11.50) or 0xFFFFFFFF/length/version/unknown/date (≥ 11.50). The data module holds the point
/// count (u32), the column count (u8) and the column ids (u16 for module versions 2 and 3, rows from byte 405/406; for EC-Lab ≥ 11.50
/// one id byte per 2-byte slot, rows from byte 1007), then fixed-size little-endian rows whose fields the ids define; the flag ids
/// (mode, ox/red, error, control changes, Ns changes, counter inc.) share one byte at the position of the first of them.
/// </summary>
public static class BioLogicMprReader
{
    private static readonly byte[] Magic = [.. Encoding.ASCII.GetBytes("BIO-LOGIC MODULAR FILE\x1a".PadRight(48)), 0, 0, 0, 0];

    private enum Kind : byte { F4, F8, U1, U2, U4 }

    private static readonly Dictionary<int, (string Name, Kind Kind)> ColumnIds = new()
    {
        // galvani VMPdata_colID_dtype_map (names as EC-Lab's .mpt headers)
        [4] = ("time/s", Kind.F8), [5] = ("control/V/mA", Kind.F4), [6] = ("Ewe/V", Kind.F4), [7] = ("dq/mA.h", Kind.F8),
        [8] = ("I/mA", Kind.F4), [9] = ("Ece/V", Kind.F4), [11] = ("<I>/mA", Kind.F8), [13] = ("(Q-Qo)/mA.h", Kind.F8),
        [16] = ("Analog IN 1/V", Kind.F4), [17] = ("Analog IN 2/V", Kind.F4), [19] = ("control/V", Kind.F4), [20] = ("control/mA", Kind.F4),
        [23] = ("dQ/mA.h", Kind.F8), [24] = ("cycle number", Kind.F8), [26] = ("Rapp/Ohm", Kind.F4), [27] = ("Ewe-Ece/V", Kind.F4),
        [32] = ("freq/Hz", Kind.F4), [33] = ("|Ewe|/V", Kind.F4), [34] = ("|I|/A", Kind.F4), [35] = ("Phase(Z)/deg", Kind.F4),
        [36] = ("|Z|/Ohm", Kind.F4), [37] = ("Re(Z)/Ohm", Kind.F4), [38] = ("-Im(Z)/Ohm", Kind.F4), [39] = ("I Range", Kind.U2),
        [69] = ("R/Ohm", Kind.F4), [70] = ("P/W", Kind.F4), [74] = ("|Energy|/W.h", Kind.F8), [75] = ("Analog OUT/V", Kind.F4),
        [76] = ("<I>/mA", Kind.F4), [77] = ("<Ewe>/V", Kind.F4), [78] = ("Cs-2/µF-2", Kind.F4), [96] = ("|Ece|/V", Kind.F4),
        [98] = ("Phase(Zce)/deg", Kind.F4), [99] = ("|Zce|/Ohm", Kind.F4), [100] = ("Re(Zce)/Ohm", Kind.F4), [101] = ("-Im(Zce)/Ohm", Kind.F4),
        [123] = ("Energy charge/W.h", Kind.F8), [124] = ("Energy discharge/W.h", Kind.F8), [125] = ("Capacitance charge/µF", Kind.F8),
        [126] = ("Capacitance discharge/µF", Kind.F8), [131] = ("Ns", Kind.U2), [163] = ("|Estack|/V", Kind.F4), [168] = ("Rcmp/Ohm", Kind.F4),
        [169] = ("Cs/µF", Kind.F4), [172] = ("Cp/µF", Kind.F4), [173] = ("Cp-2/µF-2", Kind.F4), [174] = ("<Ewe>/V", Kind.F4),
        [178] = ("(Q-Qo)/C", Kind.F4), [179] = ("dQ/C", Kind.F4), [182] = ("step time/s", Kind.F8),
        [211] = ("Q charge/discharge/mA.h", Kind.F8), [212] = ("half cycle", Kind.U4), [213] = ("z cycle", Kind.U4),
        [217] = ("THD Ewe/%", Kind.F4), [218] = ("THD I/%", Kind.F4), [220] = ("NSD Ewe/%", Kind.F4), [221] = ("NSD I/%", Kind.F4),
        [223] = ("NSR Ewe/%", Kind.F4), [224] = ("NSR I/%", Kind.F4),
        [230] = ("|Ewe h2|/V", Kind.F4), [231] = ("|Ewe h3|/V", Kind.F4), [232] = ("|Ewe h4|/V", Kind.F4), [233] = ("|Ewe h5|/V", Kind.F4),
        [234] = ("|Ewe h6|/V", Kind.F4), [235] = ("|Ewe h7|/V", Kind.F4), [236] = ("|I h2|/A", Kind.F4), [237] = ("|I h3|/A", Kind.F4),
        [238] = ("|I h4|/A", Kind.F4), [239] = ("|I h5|/A", Kind.F4), [240] = ("|I h6|/A", Kind.F4), [241] = ("|I h7|/A", Kind.F4),
        [242] = ("|E2|/V", Kind.F4), [271] = ("Phase(Z1)/deg", Kind.F4), [272] = ("Phase(Z2)/deg", Kind.F4), [301] = ("|Z1|/Ohm", Kind.F4),
        [302] = ("|Z2|/Ohm", Kind.F4), [331] = ("Re(Z1)/Ohm", Kind.F4), [332] = ("Re(Z2)/Ohm", Kind.F4), [361] = ("-Im(Z1)/Ohm", Kind.F4),
        [362] = ("-Im(Z2)/Ohm", Kind.F4), [391] = ("<E1>/V", Kind.F4), [392] = ("<E2>/V", Kind.F4), [422] = ("Phase(Zstack)/deg", Kind.F4),
        [423] = ("|Zstack|/Ohm", Kind.F4), [424] = ("Re(Zstack)/Ohm", Kind.F4), [425] = ("-Im(Zstack)/Ohm", Kind.F4), [426] = ("<Estack>/V", Kind.F4),
        [430] = ("Phase(Zwe-ce)/deg", Kind.F4), [431] = ("|Zwe-ce|/Ohm", Kind.F4), [432] = ("Re(Zwe-ce)/Ohm", Kind.F4), [433] = ("-Im(Zwe-ce)/Ohm", Kind.F4),
        [434] = ("(Q-Qo)/C", Kind.F4), [435] = ("dQ/C", Kind.F4), [438] = ("step time/s", Kind.F8), [441] = ("<Ecv>/V", Kind.F4),
        [462] = ("Temperature/°C", Kind.F4), [467] = ("Q charge/discharge/mA.h", Kind.F8), [468] = ("half cycle", Kind.U4),
        [469] = ("z cycle", Kind.U4), [471] = ("<Ece>/V", Kind.F4), [473] = ("THD Ewe/%", Kind.F4), [474] = ("THD I/%", Kind.F4),
        [476] = ("NSD Ewe/%", Kind.F4), [477] = ("NSD I/%", Kind.F4), [479] = ("NSR Ewe/%", Kind.F4), [480] = ("NSR I/%", Kind.F4),
        [486] = ("|Ewe h2|/V", Kind.F4), [487] = ("|Ewe h3|/V", Kind.F4), [488] = ("|Ewe h4|/V", Kind.F4), [489] = ("|Ewe h5|/V", Kind.F4),
        [490] = ("|Ewe h6|/V", Kind.F4), [491] = ("|Ewe h7|/V", Kind.F4), [492] = ("|I h2|/A", Kind.F4), [493] = ("|I h3|/A", Kind.F4),
        [494] = ("|I h4|/A", Kind.F4), [495] = ("|I h5|/A", Kind.F4), [496] = ("|I h6|/A", Kind.F4), [497] = ("|I h7|/A", Kind.F4),
        [498] = ("Q charge/mA.h", Kind.F8), [499] = ("Q discharge/mA.h", Kind.F8), [500] = ("step time/s", Kind.F8),
        [501] = ("Efficiency/%", Kind.F8), [502] = ("Capacity/mA.h", Kind.F8), [505] = ("Rdc/Ohm", Kind.F4), [509] = ("Acir/Dcir Control", Kind.U1),
    };

    // galvani VMPdata_colID_flag_map: id → (name, mask)
    private static readonly Dictionary<int, (string Name, byte Mask)> FlagIds = new()
    {
        [1] = ("mode", 0x03), [2] = ("ox/red", 0x04), [3] = ("error", 0x08), [21] = ("control changes", 0x10),
        [31] = ("Ns changes", 0x20), [65] = ("counter inc.", 0x80),
    };

    private sealed record Module(string ShortName, int Version, int DataOffset, int Length, string Date);

    /// <summary>Reads a .mpr file.</summary>
    /// <exception cref="DataFormatException">Bad magic, a truncated module, an unsupported data-module version or an unknown column id (named with its byte offset).</exception>
    public static BioLogicData Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads .mpr bytes; <paramref name="source"/> names them in errors.</summary>
    /// <exception cref="DataFormatException">See <see cref="Read(string)"/>.</exception>
    public static BioLogicData Read(byte[] d, string source)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (d.Length < Magic.Length || !d.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw new DataFormatException(source, "byte offset 0", "the BioLogic magic 'BIO-LOGIC MODULAR FILE'", Encoding.Latin1.GetString(d, 0, Math.Min(32, d.Length)));
        var modules = new List<Module>();
        int pos = Magic.Length;
        while (pos < d.Length)
        {
            if (pos + 57 > d.Length || !d.AsSpan(pos, 6).SequenceEqual("MODULE"u8))
                throw new DataFormatException(source, $"byte offset {pos}", "'MODULE' (start of a module header)", Encoding.Latin1.GetString(d, pos, Math.Min(16, d.Length - pos)));
            string shortName = Encoding.Latin1.GetString(d, pos + 6, 10).TrimEnd();
            int hdr, length, version;
            string date;
            if (BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(pos + 41)) == 0xFFFFFFFF)
            {
                hdr = 65;
                length = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(pos + 45)));
                version = (int)BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(pos + 49));
                date = Encoding.Latin1.GetString(d, pos + 57, 8);
            }
            else
            {
                hdr = 57;
                length = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(pos + 41)));
                version = (int)BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(pos + 45));
                date = Encoding.Latin1.GetString(d, pos + 49, 8);
            }
            if ((long)pos + hdr + length > d.Length)
                throw new DataFormatException(source, $"byte offset {pos} (module '{shortName}')", $"{length} bytes of module data", $"{d.Length - pos - hdr} bytes to the end of the file (truncated)");
            modules.Add(new Module(shortName, version, pos + hdr, length, date));
            pos += hdr + length;
        }
        var data = modules.FirstOrDefault(m => m.ShortName == "VMP data")
            ?? throw new DataFormatException(source, "module list", "a 'VMP data' module", string.Join(", ", modules.Select(m => m.ShortName)));
        int o = data.DataOffset;
        if (data.Length < 406) throw new DataFormatException(source, $"byte offset {o}", "a data module header", $"{data.Length} bytes");
        int nPoints = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(o)));
        int nCols = d[o + 4];
        var ids = new int[nCols];
        var idOffsets = new int[nCols];
        int rowsAt;
        string layout;
        if (data.Version is 2 or 3)
        {
            for (int k = 0; k < nCols; k++) { idOffsets[k] = o + 5 + 2 * k; ids[k] = BinaryPrimitives.ReadUInt16LittleEndian(d.AsSpan(idOffsets[k])); }
            rowsAt = o + (data.Version == 3 ? 406 : 405);
            layout = $"data module v{data.Version}";
        }
        else if (data.Version == 0 && d[o + 5] != 0)
        {
            for (int k = 0; k < nCols; k++) { idOffsets[k] = o + 5 + k; ids[k] = d[idOffsets[k]]; }
            rowsAt = o + 100;
            layout = "data module v0";
        }
        else if (data.Version == 0)
        {
            for (int k = 0; k < nCols; k++) { idOffsets[k] = o + 6 + 2 * k; ids[k] = d[idOffsets[k]]; }
            rowsAt = o + 1007;
            layout = "data module v0 (EC-Lab ≥ 11.50)";
        }
        else throw new DataFormatException(source, $"byte offset {o - 16}", "data module version 0, 2 or 3", data.Version.ToString(CultureInfo.InvariantCulture));

        // row layout
        var fields = new List<(string Name, Kind Kind, int Offset)>();
        var flags = new List<(string Name, byte Mask)>();
        int flagOffset = -1, row = 0;
        for (int k = 0; k < nCols; k++)
        {
            if (FlagIds.TryGetValue(ids[k], out var f))
            {
                if (flagOffset < 0) { flagOffset = row; row += 1; }
                flags.Add(f);
            }
            else if (ColumnIds.TryGetValue(ids[k], out var c))
            {
                fields.Add((c.Name, c.Kind, row));
                row += c.Kind switch { Kind.F4 or Kind.U4 => 4, Kind.F8 => 8, Kind.U2 => 2, _ => 1 };
            }
            else
                throw new DataFormatException(source, $"byte offset {idOffsets[k]} (column {k + 1} of {nCols} in the data module)",
                    "a known BioLogic column id", ids[k].ToString(CultureInfo.InvariantCulture) + (k > 0 ? $" (after {DescribeId(ids[k - 1])})" : ""));
        }
        long need = (long)row * nPoints;
        int available = data.DataOffset + data.Length - rowsAt;
        var notes = new List<string>();
        if (row == 0) throw new DataFormatException(source, $"byte offset {o + 4}", "at least one column", "0 columns");
        if (need > available)
            throw new DataFormatException(source, $"byte offset {rowsAt} (data rows)", $"{nPoints} rows of {row} bytes", $"{available} bytes ({available / row} whole rows; truncated)");
        if (need < available) notes.Add($"{available - need} bytes after the {nPoints} declared rows ignored");

        var names = new List<string>();
        var cols = new Dictionary<string, double[]>(StringComparer.Ordinal);
        string Unique(string n) { string u = n; for (int k = 2; cols.ContainsKey(u); k++) u = $"{n} {k}"; names.Add(u); return u; }
        var flagCols = flags.Select(f => (f.Mask, Col: cols[Unique(f.Name)] = new double[nPoints])).ToArray();
        var fieldCols = fields.Select(f => (f.Kind, f.Offset, Col: cols[Unique(f.Name)] = new double[nPoints])).ToArray();
        // keep the file's column order: flags where the flag byte sits
        names.Clear();
        int fi = 0;
        bool flagsPlaced = false;
        var flagNames = cols.Keys.Take(flags.Count).ToList();
        var fieldNames = cols.Keys.Skip(flags.Count).ToList();
        foreach (var id in ids)
        {
            if (FlagIds.ContainsKey(id)) { if (!flagsPlaced) { names.AddRange(flagNames); flagsPlaced = true; } }
            else names.Add(fieldNames[fi++]);
        }
        var span = d.AsSpan(rowsAt);
        for (int i = 0; i < nPoints; i++)
        {
            var r = span.Slice(i * row, row);
            if (flagOffset >= 0)
            {
                byte fb = r[flagOffset];
                foreach (var (mask, col) in flagCols)
                {
                    int v = fb & mask;
                    col[i] = mask == 0x03 ? v : (v != 0 ? 1 : 0);
                }
            }
            foreach (var (kind, off, col) in fieldCols)
                col[i] = kind switch
                {
                    Kind.F4 => BinaryPrimitives.ReadSingleLittleEndian(r[off..]),
                    Kind.F8 => BinaryPrimitives.ReadDoubleLittleEndian(r[off..]),
                    Kind.U2 => BinaryPrimitives.ReadUInt16LittleEndian(r[off..]),
                    Kind.U4 => BinaryPrimitives.ReadUInt32LittleEndian(r[off..]),
                    _ => r[off],
                };
        }
        DateTime? start = null;
        if (modules.FirstOrDefault(m => m.ShortName == "VMP LOG") is { } log)
            foreach (int at in (int[])[465, 469, 473, 585])  // galvani MPRfile: OLE date at one of these offsets of the LOG module
                if (at + 8 <= log.Length && BinaryPrimitives.ReadDoubleLittleEndian(d.AsSpan(log.DataOffset + at)) is var ole && ole is > 40000 and < 60000)
                {
                    start = DateTime.FromOADate(ole);
                    break;
                }
        return new BioLogicData(source, $"BioLogic .mpr ({layout})", names, cols, nPoints, null, start, notes);
    }

    private static string DescribeId(int id) =>
        FlagIds.TryGetValue(id, out var f) ? $"id {id} '{f.Name}'" : ColumnIds.TryGetValue(id, out var c) ? $"id {id} '{c.Name}'" : $"id {id}";
}
