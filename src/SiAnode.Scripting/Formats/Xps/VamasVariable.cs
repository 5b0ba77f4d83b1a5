namespace SiAnode.Scripting.Formats.Xps;

/// <summary>
/// One corresponding variable of a VAMAS block (ISO 14976:1998, block items "corresponding variable label" and
/// "corresponding variable units"): the values recorded at each abscissa point, e.g. counts and transmission.
/// </summary>
/// <param name="Label">The label as written, e.g. "counts", "Intensity", "Transmission".</param>
/// <param name="Units">The units as written, e.g. "d" (dimensionless), "c/s".</param>
/// <param name="Values">One value per abscissa point.</param>
public sealed record VamasVariable(string Label, string Units, IReadOnlyList<double> Values);
