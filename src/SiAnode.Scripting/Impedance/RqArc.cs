namespace SiAnode.Scripting.Impedance;

/// <summary>One fitted R‖CPE arc.</summary>
/// <param name="Resistor">Name of its resistor in the circuit.</param>
/// <param name="Cpe">Name of its CPE.</param>
/// <param name="ResistanceOhms">R.</param>
/// <param name="ResistanceStandardError">Standard error of R.</param>
/// <param name="EffectiveCapacitanceFarads">Brug's effective capacitance.</param>
/// <param name="ApexFrequencyHertz">Frequency of the arc's apex.</param>
public sealed record RqArc(string Resistor, string Cpe, double ResistanceOhms, double ResistanceStandardError, double EffectiveCapacitanceFarads, double ApexFrequencyHertz);
