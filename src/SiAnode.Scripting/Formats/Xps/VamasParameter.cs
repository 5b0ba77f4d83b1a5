namespace SiAnode.Scripting.Formats.Xps;

/// <summary>An additional numerical parameter of a VAMAS block (ISO 14976:1998: label, units, value), e.g. "ESCAPE DEPTH TYPE".</summary>
/// <param name="Label">The parameter label.</param>
/// <param name="Units">Its units as written.</param>
/// <param name="Value">Its value.</param>
public sealed record VamasParameter(string Label, string Units, double Value);
