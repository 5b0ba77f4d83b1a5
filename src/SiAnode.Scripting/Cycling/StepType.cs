namespace SiAnode.Scripting.Cycling;

/// <summary>
/// What the cycler was doing during a record, common to all vendors. NEWARE status codes map onto it as in NewareNDA's
/// <c>state_dict</c> (d-cogswell/NewareNDA, NewareNDA/dicts.py); BioLogic's <c>ox/red</c> flag and current sign give
/// <see cref="CcCharge"/>/<see cref="CcDischarge"/>/<see cref="Rest"/>.
/// </summary>
public enum StepType
{
    /// <summary>Not known or not mapped.</summary>
    Unknown = 0,
    /// <summary>Constant-current charge (NEWARE 1, <c>CC_Chg</c>).</summary>
    CcCharge,
    /// <summary>Constant-current discharge (NEWARE 2, <c>CC_DChg</c>).</summary>
    CcDischarge,
    /// <summary>Constant-voltage charge (NEWARE 3, <c>CV_Chg</c>).</summary>
    CvCharge,
    /// <summary>Rest, open circuit (NEWARE 4).</summary>
    Rest,
    /// <summary>Cycle marker (NEWARE 5).</summary>
    CycleMarker,
    /// <summary>Constant current then constant voltage charge (NEWARE 7, <c>CCCV_Chg</c>).</summary>
    CccvCharge,
    /// <summary>Constant-power discharge (NEWARE 8).</summary>
    CpDischarge,
    /// <summary>Constant-power charge (NEWARE 9).</summary>
    CpCharge,
    /// <summary>Constant-resistance discharge (NEWARE 10).</summary>
    CrDischarge,
    /// <summary>Pause (NEWARE 13).</summary>
    Pause,
    /// <summary>Pulse (NEWARE 16).</summary>
    Pulse,
    /// <summary>Simulation / drive profile (NEWARE 17, <c>SIM</c>).</summary>
    Simulation,
    /// <summary>Constant-voltage discharge (NEWARE 19).</summary>
    CvDischarge,
    /// <summary>Constant current then constant voltage discharge (NEWARE 20).</summary>
    CccvDischarge,
    /// <summary>Control step (NEWARE 21).</summary>
    Control,
    /// <summary>Open-circuit voltage measurement (NEWARE 22).</summary>
    Ocv,
    /// <summary>Constant power then constant voltage discharge (NEWARE 26).</summary>
    CpcvDischarge,
    /// <summary>Constant power then constant voltage charge (NEWARE 27).</summary>
    CpcvCharge,
    /// <summary>A charge of unspecified control mode (text exports, BioLogic).</summary>
    Charge,
    /// <summary>A discharge of unspecified control mode (text exports, BioLogic).</summary>
    Discharge,
}

/// <summary>Classification and vendor names of <see cref="StepType"/>.</summary>
public static class StepTypes
{
    /// <summary>True for every charging step type (current into the working electrode as the cycler counts charge).</summary>
    public static bool IsCharge(this StepType t) => t is StepType.CcCharge or StepType.CvCharge or StepType.CccvCharge
        or StepType.CpCharge or StepType.CpcvCharge or StepType.Charge;

    /// <summary>True for every discharging step type.</summary>
    public static bool IsDischarge(this StepType t) => t is StepType.CcDischarge or StepType.CvDischarge or StepType.CccvDischarge
        or StepType.CpDischarge or StepType.CpcvDischarge or StepType.CrDischarge or StepType.Discharge;

    /// <summary>
    /// The NEWARE status code as a step type (NewareNDA dicts.py <c>state_dict</c>); null when the code is not known.
    /// </summary>
    public static StepType? FromNewareCode(int code) => code switch
    {
        1 => StepType.CcCharge, 2 => StepType.CcDischarge, 3 => StepType.CvCharge, 4 => StepType.Rest, 5 => StepType.CycleMarker,
        7 => StepType.CccvCharge, 8 => StepType.CpDischarge, 9 => StepType.CpCharge, 10 => StepType.CrDischarge, 13 => StepType.Pause,
        16 => StepType.Pulse, 17 => StepType.Simulation, 19 => StepType.CvDischarge, 20 => StepType.CccvDischarge, 21 => StepType.Control,
        22 => StepType.Ocv, 26 => StepType.CpcvDischarge, 27 => StepType.CpcvCharge,
        _ => null,
    };

    /// <summary>The NewareNDA status label (<c>CC_Chg</c>, <c>Rest</c>, ...), as in its <c>Status</c> column.</summary>
    public static string NewareLabel(this StepType t) => t switch
    {
        StepType.CcCharge => "CC_Chg", StepType.CcDischarge => "CC_DChg", StepType.CvCharge => "CV_Chg", StepType.Rest => "Rest",
        StepType.CycleMarker => "Cycle", StepType.CccvCharge => "CCCV_Chg", StepType.CpDischarge => "CP_DChg", StepType.CpCharge => "CP_Chg",
        StepType.CrDischarge => "CR_DChg", StepType.Pause => "Pause", StepType.Pulse => "Pulse", StepType.Simulation => "SIM",
        StepType.CvDischarge => "CV_DChg", StepType.CccvDischarge => "CCCV_DChg", StepType.Control => "Control", StepType.Ocv => "OCV",
        StepType.CpcvDischarge => "CPCV_DChg", StepType.CpcvCharge => "CPCV_Chg", StepType.Charge => "Chg", StepType.Discharge => "DChg",
        _ => "Unknown",
    };
}
