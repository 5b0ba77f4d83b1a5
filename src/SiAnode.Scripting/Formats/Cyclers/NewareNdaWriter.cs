using System.Buffers.Binary;
using SiAnode.Scripting.Cycling;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>
/// Writes a <see cref="CyclingRecord"/> as a legacy NEWARE <c>.nda</c> version 29 file: the 86-byte record layout that
/// <see cref="NewareNdaReader"/> reads (see there for the source of the layout). For synthetic test data and throughput
/// benchmarks (the project's generator writes documented synthetic files, never passed off as measurements).
/// Currents and capacity/energy counters are stored in the integer units of current range 1000 (0.1 mA, 0.1 mAs, 0.1 mWs),
/// voltage in 0.1 mV, step time in ms, date-time to the second; so a round trip is exact to those resolutions.
/// </summary>
public static class NewareNdaWriter
{
    private const int HeaderLength = 2560;
    private const int RecordLength = 86;
    private const int Range = 1000;       // multiplier 0.1 (NewareNDA dicts.py multiplier_dict)
    private const double Unit = 0.1;

    /// <summary>Writes <paramref name="record"/> to <paramref name="path"/>.</summary>
    public static void Write(CyclingRecord record, string path)
    {
        using var fs = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        Write(record, fs);
    }

    /// <summary>Writes <paramref name="record"/> to a stream.</summary>
    public static void Write(CyclingRecord record, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[HeaderLength];
        "NEWARE"u8.CopyTo(header);
        header[14] = 29;
        if (record.Metadata.ActiveMassMilligrams is { } mg)
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(152), checked((uint)Math.Round(mg * 1000)));
        stream.Write(header);
        const int batch = 4096;
        var buf = new byte[RecordLength * batch];
        int inBuf = 0;
        for (int i = 0; i < record.Count; i++)
        {
            var r = buf.AsSpan(inBuf * RecordLength, RecordLength);
            r.Clear();
            r[0] = 0x55;
            BinaryPrimitives.WriteUInt32LittleEndian(r[2..], checked((uint)record.RecordIndex[i]));
            BinaryPrimitives.WriteUInt32LittleEndian(r[6..], checked((uint)Math.Max(0, record.Cycle[i] - 1)));
            BinaryPrimitives.WriteUInt16LittleEndian(r[10..], checked((ushort)record.StepIndex[i]));
            r[12] = NewareCode(record.StepType[i]);
            BinaryPrimitives.WriteUInt64LittleEndian(r[14..], (ulong)Math.Round(record.StepTimeSeconds[i] * 1000));
            BinaryPrimitives.WriteInt32LittleEndian(r[22..], checked((int)Math.Round(record.Voltage[i] * 10000)));
            BinaryPrimitives.WriteInt32LittleEndian(r[26..], checked((int)Math.Round(record.CurrentMilliamps[i] / Unit)));
            BinaryPrimitives.WriteInt64LittleEndian(r[38..], (long)Math.Round(record.ChargeCapacityMilliampHours[i] * 3600 / Unit));
            BinaryPrimitives.WriteInt64LittleEndian(r[46..], (long)Math.Round(record.DischargeCapacityMilliampHours[i] * 3600 / Unit));
            BinaryPrimitives.WriteInt64LittleEndian(r[54..], (long)Math.Round(record.ChargeEnergyMilliwattHours[i] * 3600 / Unit));
            BinaryPrimitives.WriteInt64LittleEndian(r[62..], (long)Math.Round(record.DischargeEnergyMilliwattHours[i] * 3600 / Unit));
            if (record.DateTimeAt(i) is { } t)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(r[70..], (ushort)t.Year);
                r[72] = (byte)t.Month; r[73] = (byte)t.Day; r[74] = (byte)t.Hour; r[75] = (byte)t.Minute; r[76] = (byte)t.Second;
            }
            BinaryPrimitives.WriteInt32LittleEndian(r[78..], Range);
            if (++inBuf == batch) { stream.Write(buf); inBuf = 0; }
        }
        stream.Write(buf, 0, inBuf * RecordLength);
    }

    private static byte NewareCode(StepType t) => t switch
    {
        StepType.CcCharge or StepType.Charge => 1, StepType.CcDischarge or StepType.Discharge => 2, StepType.CvCharge => 3, StepType.Rest => 4,
        StepType.CycleMarker => 5, StepType.CccvCharge => 7, StepType.CpDischarge => 8, StepType.CpCharge => 9, StepType.CrDischarge => 10,
        StepType.Pause => 13, StepType.Pulse => 16, StepType.Simulation => 17, StepType.CvDischarge => 19, StepType.CccvDischarge => 20,
        StepType.Control => 21, StepType.Ocv => 22, StepType.CpcvDischarge => 26, StepType.CpcvCharge => 27,
        _ => throw new ArgumentException($"step type {t} has no NEWARE status code"),
    };
}
