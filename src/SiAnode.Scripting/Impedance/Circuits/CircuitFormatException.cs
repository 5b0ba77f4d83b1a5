namespace SiAnode.Scripting.Impedance.Circuits;

/// <summary>A circuit string could not be parsed; the message shows the string and the character position.</summary>
public sealed class CircuitFormatException : FormatException
{
    /// <summary>Creates the error.</summary>
    /// <param name="circuit">The circuit string.</param>
    /// <param name="position">0-based character position.</param>
    /// <param name="expected">What was expected there.</param>
    public CircuitFormatException(string circuit, int position, string expected)
        : base($"circuit '{circuit}' at character {position + 1}: expected {expected}\n  {circuit}\n  {new string(' ', Math.Max(0, position))}^")
    {
        Circuit = circuit;
        Position = position;
    }

    /// <summary>The circuit string.</summary>
    public string Circuit { get; }

    /// <summary>0-based character position of the problem.</summary>
    public int Position { get; }
}
