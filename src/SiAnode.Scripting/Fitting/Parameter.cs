namespace SiAnode.Scripting.Fitting;

/// <summary>
/// A named fit parameter (lmfit's Parameter): a starting value, optional bounds, whether it varies, or a tie
/// expression in other parameters (<c>c2 = c1 + 0.61</c> is <c>Expression = "c1 + 0.61"</c>). A tied parameter
/// follows its expression and is not varied itself; its bounds are not enforced.
/// </summary>
public sealed class Parameter
{
    /// <summary>Creates a parameter.</summary>
    /// <param name="name">Name used in the model.</param>
    /// <param name="value">Starting (and, for fixed parameters, constant) value.</param>
    /// <param name="min">Lower bound (−∞ for none).</param>
    /// <param name="max">Upper bound (+∞ for none).</param>
    /// <param name="vary">False to hold the value fixed.</param>
    /// <param name="expression">Tie expression in other parameters, or null.</param>
    public Parameter(string name, double value, double min = double.NegativeInfinity, double max = double.PositiveInfinity,
        bool vary = true, string? expression = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!(min <= max)) throw new ArgumentOutOfRangeException(nameof(min), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"parameter {name}: min {min} is above max {max}"));
        Name = name;
        Value = value;
        Min = min;
        Max = max;
        Vary = vary;
        Expression = string.IsNullOrWhiteSpace(expression) ? null : expression;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The starting value (the fitted value is in <see cref="FitResult"/>).</summary>
    public double Value { get; set; }

    /// <summary>Lower bound.</summary>
    public double Min { get; set; }

    /// <summary>Upper bound.</summary>
    public double Max { get; set; }

    /// <summary>Whether the parameter is varied (ignored when <see cref="Expression"/> is set).</summary>
    public bool Vary { get; set; }

    /// <summary>A tie expression in other parameters, or null.</summary>
    public string? Expression { get; set; }

    /// <summary>True when the parameter is varied by the fit (varies and is not tied).</summary>
    public bool IsFree => Vary && Expression is null;

    /// <summary>"name = value [min, max]" with invariant formatting.</summary>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Name} = {(Expression is null ? Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : Expression)}{(Vary ? "" : " (fixed)")} [{Min}, {Max}]");
}
