using SiAnode.Scripting.Cycling;

namespace SiAnode.Scripting.Formats.Cyclers;

/// <summary>How the value of a time column is written.</summary>
public enum TimeText
{
    /// <summary>A number of seconds.</summary>
    Seconds,
    /// <summary><c>h:mm:ss[.fff]</c> (hours may exceed 24), as NEWARE's exports write it.</summary>
    HoursMinutesSeconds,
}

/// <summary>
/// A column mapping for cycler text exports: which header names hold which field of the <see cref="CyclingRecord"/>, with factors
/// to the record's units. Give the names your file uses; the presets cover NEWARE BTS's flat CSV export and Maccor's text export.
/// Columns set to null are absent (filled with 0, or NaN for the date-time).
/// </summary>
/// <param name="Name">Name of the layout, shown as the record's format.</param>
/// <param name="Delimiter">Field separator.</param>
/// <param name="HeaderLine">1-based line holding the column names; data follow it.</param>
/// <param name="Current">Current column.</param>
/// <param name="CurrentToMilliamps">Factor from the file's current unit to mA (1000 for A).</param>
/// <param name="Voltage">Voltage column (V).</param>
/// <param name="TestTime">Test (total) time column, or null to accumulate step times.</param>
/// <param name="StepTime">Step time column.</param>
/// <param name="TimeFormat">How the time columns are written.</param>
/// <param name="DateTime">Date-time column.</param>
/// <param name="DateTimeFormats">Formats of the date-time (invariant culture).</param>
/// <param name="Index">Record number column.</param>
/// <param name="Cycle">Cycle column.</param>
/// <param name="StepIndex">Schedule step number column.</param>
/// <param name="StepType">Step type (or state) column, read with <paramref name="ParseStepType"/>.</param>
/// <param name="ParseStepType">Turns the step type text into a <see cref="Cycling.StepType"/>.</param>
/// <param name="ChargeCapacity">Charge capacity counter column.</param>
/// <param name="DischargeCapacity">Discharge capacity counter column.</param>
/// <param name="Capacity">A single capacity counter whose direction the step type gives (used when the two above are null).</param>
/// <param name="CapacityToMilliampHours">Factor to mAh (1000 for Ah).</param>
/// <param name="ChargeEnergy">Charge energy counter column.</param>
/// <param name="DischargeEnergy">Discharge energy counter column.</param>
/// <param name="Energy">A single energy counter (direction from the step type).</param>
/// <param name="EnergyToMilliwattHours">Factor to mWh (1000 for Wh).</param>
public sealed record CyclerTextLayout(
    string Name,
    char Delimiter,
    int HeaderLine,
    string Current,
    double CurrentToMilliamps,
    string Voltage,
    string? TestTime = null,
    string? StepTime = null,
    TimeText TimeFormat = TimeText.Seconds,
    string? DateTime = null,
    string[]? DateTimeFormats = null,
    string? Index = null,
    string? Cycle = null,
    string? StepIndex = null,
    string? StepType = null,
    Func<string, StepType>? ParseStepType = null,
    string? ChargeCapacity = null,
    string? DischargeCapacity = null,
    string? Capacity = null,
    double CapacityToMilliampHours = 1,
    string? ChargeEnergy = null,
    string? DischargeEnergy = null,
    string? Energy = null,
    double EnergyToMilliwattHours = 1)
{
    /// <summary>
    /// NEWARE BTS flat ("detail") CSV export as in cellpy's test file neware_uio.csv (jepegit/cellpy testdata; header
    /// <c>DataPoint,Cycle Index,Step Index,Step Type,Time,Cumulative Time,Current(A),Voltage(V),...,Chg. Cap.(Ah),...,Date</c>).
    /// </summary>
    public static CyclerTextLayout NewareCsv { get; } = new(
        "NEWARE CSV export", ',', 1, "Current(A)", 1000, "Voltage(V)",
        TestTime: "Cumulative Time", StepTime: "Time", TimeFormat: TimeText.HoursMinutesSeconds,
        DateTime: "Date", DateTimeFormats: ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.fff", "yyyy/MM/dd HH:mm:ss"],
        Index: "DataPoint", Cycle: "Cycle Index", StepIndex: "Step Index", StepType: "Step Type", ParseStepType: NewareStepText,
        ChargeCapacity: "Chg. Cap.(Ah)", DischargeCapacity: "DChg. Cap.(Ah)", CapacityToMilliampHours: 1000,
        ChargeEnergy: "Chg. Energy(Wh)", DischargeEnergy: "DChg. Energy(Wh)", EnergyToMilliwattHours: 1000);

    /// <summary>
    /// Maccor text export as in BEEP's test file (TRI-AMDD/beep PredictionDiagnostics_000151_test.052): a title line, then a tab-separated
    /// header <c>Rec#, Cyc#, Step, Test (Sec), Step (Sec), Amp-hr, Watt-hr, Amps, Volts, State, ES, DPt Time, ...</c>; the state
    /// letter (C charge, D discharge, R rest) gives the direction of the single Amp-hr/Watt-hr counters.
    /// </summary>
    public static CyclerTextLayout Maccor { get; } = new(
        "Maccor text export", '\t', 2, "Amps", 1000, "Volts",
        TestTime: "Test (Sec)", StepTime: "Step (Sec)", DateTime: "DPt Time", DateTimeFormats: ["M/d/yyyy H:mm:ss", "MM/dd/yyyy HH:mm:ss", "M/d/yyyy"] /* Maccor writes exact midnight as the date alone */,
        Index: "Rec#", Cycle: "Cyc#", StepIndex: "Step", StepType: "State", ParseStepType: MaccorState,
        Capacity: "Amp-hr", CapacityToMilliampHours: 1000, Energy: "Watt-hr", EnergyToMilliwattHours: 1000);

    /// <summary>NEWARE step names (<c>Rest</c>, <c>CC Chg</c>, <c>CC DChg</c>, <c>CCCV Chg</c>, <c>CV DChg</c>, <c>CP DChg</c>, ...).</summary>
    public static StepType NewareStepText(string s)
    {
        var t = s.Trim().Replace('_', ' ');
        if (t.Equals("Rest", StringComparison.OrdinalIgnoreCase)) return Cycling.StepType.Rest;
        var parts = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2) return Cycling.StepType.Unknown;
        bool dis = parts[1].Equals("DChg", StringComparison.OrdinalIgnoreCase);
        bool chg = parts[1].Equals("Chg", StringComparison.OrdinalIgnoreCase);
        if (!dis && !chg) return Cycling.StepType.Unknown;
        return parts[0].ToUpperInvariant() switch
        {
            "CC" => dis ? Cycling.StepType.CcDischarge : Cycling.StepType.CcCharge,
            "CV" => dis ? Cycling.StepType.CvDischarge : Cycling.StepType.CvCharge,
            "CCCV" => dis ? Cycling.StepType.CccvDischarge : Cycling.StepType.CccvCharge,
            "CP" => dis ? Cycling.StepType.CpDischarge : Cycling.StepType.CpCharge,
            "CPCV" => dis ? Cycling.StepType.CpcvDischarge : Cycling.StepType.CpcvCharge,
            "CR" when dis => Cycling.StepType.CrDischarge,
            _ => dis ? Cycling.StepType.Discharge : Cycling.StepType.Charge,
        };
    }

    /// <summary>Maccor state letters: C charge, D discharge, R rest; others (O, S, ...) unknown.</summary>
    public static StepType MaccorState(string s) => s.Trim() switch
    {
        "C" => Cycling.StepType.Charge,
        "D" => Cycling.StepType.Discharge,
        "R" => Cycling.StepType.Rest,
        _ => Cycling.StepType.Unknown,
    };
}
