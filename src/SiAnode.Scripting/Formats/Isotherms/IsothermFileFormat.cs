namespace SiAnode.Scripting.Formats.Isotherms;

/// <summary>Isotherm file formats <see cref="IsothermFile"/> recognises by content.</summary>
public enum IsothermFileFormat
{
    /// <summary>Not recognised.</summary>
    Unknown,

    /// <summary>pyGAPS JSON (file_version 3.0: header keys plus <c>isotherm_data</c>).</summary>
    PyGapsJson,

    /// <summary>Adsorption Information File (AIF, Evans et al., Adsorption 29 (2023) 25): CIF syntax with <c>_adsorp_</c> loops.</summary>
    Aif,

    /// <summary>Quantachrome / Anton Paar NovaWin or ASiQwin "Raw Analysis Data" text export.</summary>
    QuantachromeRawText,

    /// <summary>Delimited text (comma, semicolon or tab) with a pressure and an amount column; units in the header or declared.</summary>
    Csv,

    /// <summary>Micromeritics report in the binary Excel 97–2003 format (BIFF8 in an OLE compound document).</summary>
    MicromeriticsXls,
}
