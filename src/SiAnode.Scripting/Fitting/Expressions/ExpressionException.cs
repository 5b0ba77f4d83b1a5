using SiAnode.Scripting.Formats;

namespace SiAnode.Scripting.Fitting.Expressions;

/// <summary>
/// A model or tie expression could not be parsed. <see cref="DataFormatException.Position"/> reads
/// "character N" (1-based) and <see cref="Character"/> holds N, so the offending place can be underlined.
/// </summary>
public sealed class ExpressionException : DataFormatException
{
    /// <summary>Creates the error.</summary>
    /// <param name="text">The whole expression text.</param>
    /// <param name="index">0-based index of the offending character.</param>
    /// <param name="expected">What the parser expected.</param>
    /// <param name="found">What it found.</param>
    public ExpressionException(string text, int index, string expected, string found)
        : base($"expression \"{text}\"", $"character {index + 1}", expected, found)
    {
        Text = text;
        Character = index + 1;
    }

    /// <summary>The expression text.</summary>
    public string Text { get; }

    /// <summary>1-based position of the problem within <see cref="Text"/>.</summary>
    public int Character { get; }
}
