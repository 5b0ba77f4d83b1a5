namespace SiAnode.Scripting.Cycling;

/// <summary>One auxiliary channel of a cycling record (temperature, auxiliary voltage), aligned row by row; NaN where absent.</summary>
/// <param name="Name">Name, e.g. <c>T1</c> (NewareNDA's naming: quantity letter and auxiliary id).</param>
/// <param name="Unit">Unit, e.g. <c>degC</c> or <c>V</c>.</param>
/// <param name="Values">One value per record row.</param>
public sealed record AuxiliaryChannel(string Name, string Unit, double[] Values);
