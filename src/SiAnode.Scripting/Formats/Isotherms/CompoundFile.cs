using System.Buffers.Binary;
using System.Text;

namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>
/// A minimal reader of the OLE2 / Compound File Binary format ([MS-CFB] §2): the header, the FAT (with DIFAT), the directory,
/// and regular-sector streams by name. Enough to take the "Workbook" stream out of an .xls file. Every offset is checked; a damaged
/// or truncated file throws <see cref="DataFormatException"/> with the byte offset.
/// </summary>
internal sealed class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE, FreeSector = 0xFFFFFFFF;
    private readonly byte[] _bytes;
    private readonly string _source;
    private readonly int _sectorSize;
    private readonly uint[] _fat;
    private readonly List<(string Name, int Type, uint Start, long Size)> _entries = [];
    private readonly uint _miniCutoff;

    public CompoundFile(byte[] bytes, string source)
    {
        _bytes = bytes;
        _source = source;
        if (bytes.Length < 512 || BinaryPrimitives.ReadUInt64LittleEndian(bytes) != 0xE11AB1A1E011CFD0)
            throw new DataFormatException(source, "byte offset 0", "an OLE compound document signature D0 CF 11 E0 A1 B1 1A E1 and a 512-byte header", $"{bytes.Length} bytes");
        int shift = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x1E));
        if (shift is not (9 or 12)) throw new DataFormatException(source, "byte offset 30", "sector shift 9 or 12", shift.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _sectorSize = 1 << shift;
        uint fatSectors = U32(0x2C), firstDir = U32(0x30), firstDifat = U32(0x44), difatCount = U32(0x48);
        _miniCutoff = U32(0x38);

        var fatSectorIds = new List<uint>();
        for (int i = 0; i < 109 && fatSectorIds.Count < fatSectors; i++) fatSectorIds.Add(U32(0x4C + 4 * i));
        uint difat = firstDifat;
        for (uint d = 0; d < difatCount && difat != EndOfChain && difat != FreeSector && fatSectorIds.Count < fatSectors; d++)
        {
            long off = SectorOffset(difat);
            int perSector = _sectorSize / 4 - 1;
            for (int i = 0; i < perSector && fatSectorIds.Count < fatSectors; i++) fatSectorIds.Add(U32(off + 4 * i));
            difat = U32(off + 4 * perSector);
        }
        _fat = new uint[fatSectorIds.Count * (_sectorSize / 4)];
        for (int s = 0; s < fatSectorIds.Count; s++)
        {
            long off = SectorOffset(fatSectorIds[s]);
            for (int i = 0; i < _sectorSize / 4; i++) _fat[s * (_sectorSize / 4) + i] = U32(off + 4 * i);
        }

        var dir = ReadChain(firstDir, long.MaxValue);
        for (int e = 0; e + 128 <= dir.Length; e += 128)
        {
            int nameLen = BinaryPrimitives.ReadUInt16LittleEndian(dir.AsSpan(e + 0x40));
            int type = dir[e + 0x42];
            string name = nameLen >= 2 && nameLen <= 64 ? Encoding.Unicode.GetString(dir, e, nameLen - 2) : "";
            _entries.Add((name, type, BinaryPrimitives.ReadUInt32LittleEndian(dir.AsSpan(e + 0x74)), (long)BinaryPrimitives.ReadUInt64LittleEndian(dir.AsSpan(e + 0x78)) & 0xFFFFFFFFL));
        }
    }

    /// <summary>The stream of that name (case-insensitive), or null when absent.</summary>
    public byte[]? Stream(string name)
    {
        var entry = _entries.FirstOrDefault(e => e.Type == 2 && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        if (entry.Name is null) return null;
        if (entry.Size < _miniCutoff)
            throw new DataFormatException(_source, $"stream '{name}'", $"a stream of at least {_miniCutoff} bytes (mini-stream storage is not supported)", $"{entry.Size} bytes");
        return ReadChain(entry.Start, entry.Size);
    }

    private byte[] ReadChain(uint start, long size)
    {
        using var ms = new MemoryStream();
        uint sector = start;
        int guard = 0;
        while (sector != EndOfChain && ms.Length < size)
        {
            if (sector >= _fat.Length || ++guard > _fat.Length)
                throw new DataFormatException(_source, $"sector {sector}", "a sector chain inside the allocation table", "a broken or cyclic chain");
            long off = SectorOffset(sector);
            ms.Write(_bytes, (int)off, _sectorSize);
            sector = _fat[sector];
        }
        if (size != long.MaxValue && ms.Length < size)
            throw new DataFormatException(_source, $"sector chain from {start}", $"{size} bytes", $"{ms.Length} bytes (truncated file)");
        var all = ms.ToArray();
        return size == long.MaxValue ? all : all[..(int)size];
    }

    private long SectorOffset(uint sector)
    {
        long off = (sector + 1L) * _sectorSize;
        if (off + _sectorSize > _bytes.Length)
            throw new DataFormatException(_source, $"byte offset {off}", $"sector {sector} inside the file", $"end of file at {_bytes.Length} bytes (truncated)");
        return off;
    }

    private uint U32(long offset)
    {
        if (offset + 4 > _bytes.Length) throw new DataFormatException(_source, $"byte offset {offset}", "4 more bytes", "end of file");
        return BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan((int)offset));
    }
}
