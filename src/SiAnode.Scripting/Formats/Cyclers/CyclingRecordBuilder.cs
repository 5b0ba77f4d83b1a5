using SiAnode.Scripting.Cycling;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>Growable columns from which the loaders build a <see cref="CyclingRecord"/> without per-row objects.</summary>
internal sealed class CyclingRecordBuilder
{
    public int Count;
    public int[] RecordIndex, Cycle, StepIndex, StepCount;
    public double[] TestTime, StepTime, Unix, Current, Voltage, ChargeCap, DischargeCap, ChargeEnergy, DischargeEnergy;
    public StepType[] Type;

    public CyclingRecordBuilder(int capacity = 1024)
    {
        capacity = Math.Max(1, capacity);
        RecordIndex = new int[capacity]; Cycle = new int[capacity]; StepIndex = new int[capacity]; StepCount = new int[capacity];
        TestTime = new double[capacity]; StepTime = new double[capacity]; Unix = new double[capacity]; Current = new double[capacity];
        Voltage = new double[capacity]; ChargeCap = new double[capacity]; DischargeCap = new double[capacity];
        ChargeEnergy = new double[capacity]; DischargeEnergy = new double[capacity]; Type = new StepType[capacity];
    }

    /// <summary>Makes room for one more row and returns its position.</summary>
    public int Add()
    {
        if (Count == RecordIndex.Length) Grow(Count * 2);
        return Count++;
    }

    private void Grow(int n)
    {
        Array.Resize(ref RecordIndex, n); Array.Resize(ref Cycle, n); Array.Resize(ref StepIndex, n); Array.Resize(ref StepCount, n);
        Array.Resize(ref TestTime, n); Array.Resize(ref StepTime, n); Array.Resize(ref Unix, n); Array.Resize(ref Current, n);
        Array.Resize(ref Voltage, n); Array.Resize(ref ChargeCap, n); Array.Resize(ref DischargeCap, n);
        Array.Resize(ref ChargeEnergy, n); Array.Resize(ref DischargeEnergy, n); Array.Resize(ref Type, n);
    }

    /// <summary>Step count from changes of a per-row key (NewareNDA's <c>_count_changes</c>: 1 at the first row, +1 at each change).</summary>
    public void CountStepChanges(ReadOnlySpan<long> key)
    {
        int s = 0;
        for (int i = 0; i < Count; i++)
        {
            if (i == 0 || key[i] != key[i - 1]) s++;
            StepCount[i] = s;
        }
    }

    /// <summary>Test time from step times: at each step change the previous step's last step time is added to an offset.</summary>
    public void TestTimeFromStepTime()
    {
        double offset = 0;
        for (int i = 0; i < Count; i++)
        {
            if (i > 0 && StepCount[i] != StepCount[i - 1]) offset += StepTime[i - 1];
            TestTime[i] = offset + StepTime[i];
        }
    }

    public CyclingRecord Build(CyclingMetadata metadata, IReadOnlyList<AuxiliaryChannel>? aux = null) =>
        new(Count, metadata, RecordIndex, TestTime, StepTime, Unix, Cycle, StepIndex, StepCount, Type, Current, Voltage,
            ChargeCap, DischargeCap, ChargeEnergy, DischargeEnergy, aux);
}
