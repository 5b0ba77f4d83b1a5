using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Cycling;

/// <summary>
/// One galvanostatic cycling record for every vendor, stored as columns (struct of arrays). Row <c>i</c> of every array is one
/// data point. Currents are positive on charge as the vendor counts it; capacities and energies are the vendor's running
/// per-step counters (NEWARE resets them each step, BioLogic per half cycle); times in seconds.
/// </summary>
public sealed class CyclingRecord
{
    /// <summary>Creates a record; every array must have <paramref name="count"/> elements (extra capacity is trimmed).</summary>
    public CyclingRecord(int count, CyclingMetadata metadata, int[] recordIndex, double[] testTimeSeconds, double[] stepTimeSeconds,
        double[] unixTimeSeconds, int[] cycle, int[] stepIndex, int[] stepCount, StepType[] stepType, double[] currentMilliamps,
        double[] voltage, double[] chargeCapacityMilliampHours, double[] dischargeCapacityMilliampHours,
        double[] chargeEnergyMilliwattHours, double[] dischargeEnergyMilliwattHours, IReadOnlyList<AuxiliaryChannel>? auxiliary = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Count = count;
        Metadata = metadata;
        RecordIndex = Fit(recordIndex, count, nameof(recordIndex));
        TestTimeSeconds = Fit(testTimeSeconds, count, nameof(testTimeSeconds));
        StepTimeSeconds = Fit(stepTimeSeconds, count, nameof(stepTimeSeconds));
        UnixTimeSeconds = Fit(unixTimeSeconds, count, nameof(unixTimeSeconds));
        Cycle = Fit(cycle, count, nameof(cycle));
        StepIndex = Fit(stepIndex, count, nameof(stepIndex));
        StepCount = Fit(stepCount, count, nameof(stepCount));
        StepType = Fit(stepType, count, nameof(stepType));
        CurrentMilliamps = Fit(currentMilliamps, count, nameof(currentMilliamps));
        Voltage = Fit(voltage, count, nameof(voltage));
        ChargeCapacityMilliampHours = Fit(chargeCapacityMilliampHours, count, nameof(chargeCapacityMilliampHours));
        DischargeCapacityMilliampHours = Fit(dischargeCapacityMilliampHours, count, nameof(dischargeCapacityMilliampHours));
        ChargeEnergyMilliwattHours = Fit(chargeEnergyMilliwattHours, count, nameof(chargeEnergyMilliwattHours));
        DischargeEnergyMilliwattHours = Fit(dischargeEnergyMilliwattHours, count, nameof(dischargeEnergyMilliwattHours));
        var aux = new List<AuxiliaryChannel>();
        foreach (var a in auxiliary ?? [])
            aux.Add(a with { Values = Fit(a.Values, count, "auxiliary " + a.Name) });
        Auxiliary = aux;
    }

    /// <summary>Number of rows.</summary>
    public int Count { get; }

    /// <summary>Source file, format, active mass, channel, start time.</summary>
    public CyclingMetadata Metadata { get; }

    /// <summary>The vendor's record (data point) number.</summary>
    public int[] RecordIndex { get; }

    /// <summary>Time since the start of the test (s).</summary>
    public double[] TestTimeSeconds { get; }

    /// <summary>Time since the start of the current step (s).</summary>
    public double[] StepTimeSeconds { get; }

    /// <summary>Date-time of the point as seconds since 1970-01-01 (UTC, or the cycler's wall clock when the file stores no zone; see <see cref="CyclingMetadata.Notes"/>); NaN when the file has none.</summary>
    public double[] UnixTimeSeconds { get; }

    /// <summary>Cycle number (1-based), as chosen by the loader (vendor or software numbering, see <see cref="CycleNumbering"/>).</summary>
    public int[] Cycle { get; }

    /// <summary>The vendor's step number in the schedule (repeats each cycle).</summary>
    public int[] StepIndex { get; }

    /// <summary>Running count of steps executed (1-based, increases at every step change).</summary>
    public int[] StepCount { get; }

    /// <summary>What the cycler was doing.</summary>
    public StepType[] StepType { get; }

    /// <summary>Current (mA), positive on charge.</summary>
    public double[] CurrentMilliamps { get; }

    /// <summary>Cell voltage (V).</summary>
    public double[] Voltage { get; }

    /// <summary>Charge capacity counter (mAh).</summary>
    public double[] ChargeCapacityMilliampHours { get; }

    /// <summary>Discharge capacity counter (mAh), positive.</summary>
    public double[] DischargeCapacityMilliampHours { get; }

    /// <summary>Charge energy counter (mWh).</summary>
    public double[] ChargeEnergyMilliwattHours { get; }

    /// <summary>Discharge energy counter (mWh), positive.</summary>
    public double[] DischargeEnergyMilliwattHours { get; }

    /// <summary>Auxiliary channels (temperatures, auxiliary voltages).</summary>
    public IReadOnlyList<AuxiliaryChannel> Auxiliary { get; }

    /// <summary>The date-time of row <paramref name="i"/>, or null when the file has none.</summary>
    public DateTime? DateTimeAt(int i) => double.IsNaN(UnixTimeSeconds[i])
        ? null
        : DateTime.UnixEpoch.AddTicks((long)Math.Round(UnixTimeSeconds[i] * TimeSpan.TicksPerSecond));

    /// <summary>The record as the project's table, one column per field with its unit (<c>Voltage (V)</c>, <c>Current (mA)</c>, ...).</summary>
    public ColumnTable ToTable()
    {
        var cols = new List<TableColumn>
        {
            TableColumn.Of("Index", "", ToDouble(RecordIndex)),
            TableColumn.Of("TestTime", "s", TestTimeSeconds),
            TableColumn.Of("StepTime", "s", StepTimeSeconds),
            TableColumn.Of("DateTime", Array.ConvertAll(UnixTimeSeconds, u => double.IsNaN(u) ? "" :
                DateTime.UnixEpoch.AddTicks((long)Math.Round(u * TimeSpan.TicksPerSecond)).ToString("yyyy-MM-dd'T'HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture))),
            TableColumn.Of("Cycle", "", ToDouble(Cycle)),
            TableColumn.Of("StepIndex", "", ToDouble(StepIndex)),
            TableColumn.Of("StepCount", "", ToDouble(StepCount)),
            TableColumn.Of("StepType", Array.ConvertAll(StepType, t => t.ToString())),
            TableColumn.Of("Current", "mA", CurrentMilliamps),
            TableColumn.Of("Voltage", "V", Voltage),
            TableColumn.Of("ChargeCapacity", "mAh", ChargeCapacityMilliampHours),
            TableColumn.Of("DischargeCapacity", "mAh", DischargeCapacityMilliampHours),
            TableColumn.Of("ChargeEnergy", "mWh", ChargeEnergyMilliwattHours),
            TableColumn.Of("DischargeEnergy", "mWh", DischargeEnergyMilliwattHours),
        };
        foreach (var a in Auxiliary) cols.Add(TableColumn.Of(a.Name, a.Unit, a.Values));
        return new ColumnTable(cols, Path.GetFileName(Metadata.SourceFile));
    }

    private static double[] ToDouble(int[] v) => Array.ConvertAll(v, x => (double)x);

    private static T[] Fit<T>(T[] a, int count, string name)
    {
        ArgumentNullException.ThrowIfNull(a, name);
        if (a.Length < count) throw new ArgumentException($"column {name} has {a.Length} values, the record {count}", name);
        if (a.Length == count) return a;
        Array.Resize(ref a, count);
        return a;
    }
}
