using SiAnode.Scripting.Cycling;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>
/// The columns of a BioLogic EC-Lab file (binary .mpr or text .mpt), named as EC-Lab's text export names them
/// (<c>time/s</c>, <c>Ewe/V</c>, <c>&lt;I&gt;/mA</c>, <c>Ns</c>, the flags <c>mode</c>, <c>ox/red</c>, ...), all as double.
/// <see cref="ToCyclingRecord"/> turns them into the common <see cref="CyclingRecord"/>.
/// </summary>
public sealed class BioLogicData
{
    internal BioLogicData(string source, string format, List<string> names, Dictionary<string, double[]> columns, int count,
        double? activeMassMg, DateTime? start, List<string> notes)
    {
        Source = source; Format = format; ColumnNames = names; Columns = columns; Count = count;
        ActiveMassMilligrams = activeMassMg; StartTime = start; Notes = notes;
    }

    /// <summary>The file.</summary>
    public string Source { get; }

    /// <summary>Format read (<c>BioLogic .mpr (data module v2)</c>, <c>BioLogic .mpt</c>).</summary>
    public string Format { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Columns by name.</summary>
    public IReadOnlyDictionary<string, double[]> Columns { get; }

    /// <summary>Number of data points.</summary>
    public int Count { get; }

    /// <summary>Characteristic (active) mass from the header (mg), when the file states one.</summary>
    public double? ActiveMassMilligrams { get; }

    /// <summary>Acquisition start (the instrument's wall clock), when known.</summary>
    public DateTime? StartTime { get; }

    /// <summary>What the reader did that a user should know.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The columns as the project's table; the unit is the text after the last '/' of an EC-Lab name.</summary>
    public ColumnTable ToTable() => new(ColumnNames.Select(n =>
    {
        int k = n.LastIndexOf('/');
        return k > 0 ? TableColumn.Of(n[..k], n[(k + 1)..], Columns[n]) : TableColumn.Of(n, "", Columns[n]);
    }), Path.GetFileName(Source));

    private double[]? Col(params string[] names)
    {
        foreach (var n in names) if (Columns.TryGetValue(n, out var c)) return c;
        return null;
    }

    /// <summary>
    /// The common record: test time from <c>time/s</c>; voltage <c>Ewe/V</c> (or <c>&lt;Ewe&gt;/V</c>); current <c>I/mA</c> or
    /// <c>&lt;I&gt;/mA</c>, else dq/dt of <c>dq/mA.h</c>; step number <c>Ns</c> (step count = its changes); cycle from
    /// <c>cycle number</c>, else <c>half cycle</c>/2 + 1; step type from <c>mode</c> (1 galvanostatic, 2 potentiostatic, 3 rest)
    /// and the direction (<c>ox/red</c> or the sign of the current: oxidation of the working electrode = charge).
    /// Capacity and energy counters restart at each step (as NEWARE's) and integrate dq (or I dt) and V·dq per direction.
    /// </summary>
    /// <param name="cycleMode">Cycle numbering; <see cref="CycleMode.Vendor"/> keeps EC-Lab's.</param>
    /// <exception cref="DataFormatException">The file lacks a time or voltage column.</exception>
    public CyclingRecord ToCyclingRecord(CycleMode cycleMode = CycleMode.Vendor)
    {
        int n = Count;
        var notes = new List<string>(Notes);
        var time = Col("time/s") ?? throw new DataFormatException(Source, "column header", "a time/s column", string.Join(", ", ColumnNames));
        var volt = Col("Ewe/V", "<Ewe>/V") ?? throw new DataFormatException(Source, "column header", "an Ewe/V or <Ewe>/V column", string.Join(", ", ColumnNames));
        var dq = Col("dq/mA.h", "dQ/mA.h");
        var current = Col("I/mA", "<I>/mA");
        if (current is null)
        {
            current = new double[n];
            if (dq is not null)
            {
                for (int i = 1; i < n; i++) { double dt = time[i] - time[i - 1]; current[i] = dt > 0 ? dq[i] * 3600 / dt : 0; }
                notes.Add("no current column: current = dq/dt of dq/mA.h");
            }
            else notes.Add("no current column and no dq/mA.h: current set to 0");
        }
        var mode = Col("mode");
        var oxred = Col("ox/red");
        var ns = Col("Ns");
        var cycleNumber = Col("cycle number");
        var half = Col("half cycle");
        var b = new CyclingRecordBuilder(Math.Max(1, n));
        double stepStart = 0, qc = 0, qd = 0, ec = 0, ed = 0;
        int stepCount = 0;
        int minCycle = cycleNumber is null ? 0 : (int)Math.Round(cycleNumber.DefaultIfEmpty(0).Min());
        for (int i = 0; i < n; i++)
        {
            int k = b.Add();
            bool newStep = i == 0 || (ns is not null ? ns[i] != ns[i - 1] : mode is not null && mode[i] != mode[i - 1]);
            if (newStep) { stepCount++; stepStart = time[i]; qc = qd = ec = ed = 0; }
            else
            {
                // EC-Lab's dq is the charge passed since the previous point; its direction is the ox/red flag where logged
                // (1 = oxidation of the working electrode = charge), else the sign of dq or of the current
                double d = dq is not null ? dq[i] : 0.5 * (current[i] + current[i - 1]) * (time[i] - time[i - 1]) / 3600;
                bool ox = oxred is not null ? oxred[i] != 0 : d > 0 || (d == 0 && current[i] > 0);
                d = Math.Abs(d);
                if (ox) { qc += d; ec += d * volt[i]; } else { qd += d; ed += d * volt[i]; }
            }
            b.RecordIndex[k] = i + 1;
            b.TestTime[k] = time[i];
            b.StepTime[k] = time[i] - stepStart;
            b.Unix[k] = StartTime is { } st ? (st - DateTime.UnixEpoch).TotalSeconds + time[i] : double.NaN;
            b.StepIndex[k] = ns is null ? 0 : (int)ns[i];
            b.StepCount[k] = stepCount;
            b.Cycle[k] = cycleNumber is not null ? (int)Math.Round(cycleNumber[i]) - minCycle + 1 : half is not null ? (int)half[i] / 2 + 1 : 1;
            b.Voltage[k] = volt[i];
            b.Current[k] = current[i];
            b.ChargeCap[k] = qc; b.DischargeCap[k] = qd; b.ChargeEnergy[k] = ec; b.DischargeEnergy[k] = ed;
            bool charge = oxred is not null ? oxred[i] != 0 : current[i] > 0;
            int m = mode is null ? 1 : (int)mode[i];
            b.Type[k] = m switch
            {
                3 => StepType.Rest,
                1 when current[i] == 0 => StepType.Rest,
                1 => charge ? StepType.CcCharge : StepType.CcDischarge,
                2 => charge ? StepType.CvCharge : StepType.CvDischarge,
                _ => StepType.Unknown,
            };
        }
        CycleNumbering.Apply(b.Type.AsSpan(0, b.Count), b.Cycle.AsSpan(0, b.Count), cycleMode);
        var known = new HashSet<string>(StringComparer.Ordinal) { "time/s", "Ewe/V", "<Ewe>/V", "I/mA", "<I>/mA", "mode", "ox/red", "Ns", "cycle number" };
        var aux = ColumnNames.Where(c => !known.Contains(c)).Select(c =>
        {
            int s = c.LastIndexOf('/');
            return new AuxiliaryChannel(s > 0 ? c[..s] : c, s > 0 ? c[(s + 1)..] : "", Columns[c]);
        }).ToList();
        var meta = new CyclingMetadata(Source, Format, ActiveMassMilligrams, null, StartTime, notes);
        return b.Build(meta, aux);
    }
}
