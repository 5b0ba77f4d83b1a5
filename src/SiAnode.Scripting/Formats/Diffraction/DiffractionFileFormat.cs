namespace SiAnode.Scripting.Formats.Diffraction;

/// <summary>Diffraction file formats recognised by <see cref="DiffractionFile.Detect"/> (by content, not extension).</summary>
public enum DiffractionFileFormat
{
    /// <summary>Not recognised.</summary>
    Unknown,

    /// <summary>PANalytical XRDML (XML, namespace http://www.xrdml.com/XRDMeasurement/…).</summary>
    Xrdml,

    /// <summary>PANalytical CSV export ("[Measurement conditions]" … "[Scan points]" then Angle,Intensity).</summary>
    PanalyticalCsv,

    /// <summary>Two numeric columns, 2θ and intensity (.xy, .csv, .txt; optional header).</summary>
    TwoColumnText,

    /// <summary>Bruker DIFFRAC.SUITE .brml (a ZIP of XML; Experiment0/RawData0.xml holds the data).</summary>
    BrukerBrml,

    /// <summary>Bruker DIFFRAC .raw binary (magic "RAW", "RAW1.01", "RAW4.00").</summary>
    BrukerRaw,
}
