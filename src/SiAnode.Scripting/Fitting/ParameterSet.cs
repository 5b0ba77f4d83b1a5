using System.Collections;
using System.Globalization;
using SiAnode.Scripting.Formats;

namespace SiAnode.Scripting.Fitting;

/// <summary>An ordered set of <see cref="Parameter"/>s by name (lmfit's Parameters).</summary>
public sealed class ParameterSet : IEnumerable<Parameter>
{
    private readonly List<Parameter> _list = [];
    private readonly Dictionary<string, Parameter> _byName = new(StringComparer.Ordinal);

    /// <summary>Adds a parameter; the name must be new.</summary>
    /// <param name="parameter">The parameter.</param>
    public ParameterSet Add(Parameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (!_byName.TryAdd(parameter.Name, parameter)) throw new ArgumentException($"parameter '{parameter.Name}' is already defined");
        _list.Add(parameter);
        return this;
    }

    /// <summary>Adds a parameter from its parts (see <see cref="Parameter(string, double, double, double, bool, string?)"/>).</summary>
    /// <param name="name">Name.</param>
    /// <param name="value">Start value.</param>
    /// <param name="min">Lower bound.</param>
    /// <param name="max">Upper bound.</param>
    /// <param name="vary">Whether it varies.</param>
    /// <param name="expression">Tie expression.</param>
    public ParameterSet Add(string name, double value, double min = double.NegativeInfinity, double max = double.PositiveInfinity,
        bool vary = true, string? expression = null) => Add(new Parameter(name, value, min, max, vary, expression));

    /// <summary>The parameter with this name (throws <see cref="KeyNotFoundException"/> when absent).</summary>
    /// <param name="name">Name.</param>
    public Parameter this[string name] => _byName.TryGetValue(name, out var p) ? p : throw new KeyNotFoundException($"no parameter '{name}'");

    /// <summary>Whether a parameter of this name exists.</summary>
    /// <param name="name">Name.</param>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The number of parameters.</summary>
    public int Count => _list.Count;

    /// <summary>Ties <paramref name="name"/> to an expression in other parameters, e.g. <c>Tie("c2", "c1 + 0.61")</c>.</summary>
    /// <param name="name">The tied parameter (added with value 0 when absent).</param>
    /// <param name="expression">The expression.</param>
    public ParameterSet Tie(string name, string expression)
    {
        if (!Contains(name)) Add(name, 0);
        this[name].Expression = expression;
        return this;
    }

    /// <summary>Ties a parameter by an equation <c>"name = expression"</c>, e.g. <c>Tie("c2 = c1 + 0.61")</c> or <c>Tie("a2 = 0.5*a1")</c>.</summary>
    /// <param name="equation">The tie equation.</param>
    public ParameterSet Tie(string equation)
    {
        ArgumentNullException.ThrowIfNull(equation);
        int eq = equation.IndexOf('=');
        if (eq <= 0 || equation[..eq].Trim().Length == 0 || equation[(eq + 1)..].Trim().Length == 0)
            throw new DataFormatException("tie", "equation", "name = expression", equation);
        return Tie(equation[..eq].Trim(), equation[(eq + 1)..].Trim());
    }

    /// <summary>
    /// Parses one CLI-style specification <c>name=start[:min:max]</c>, <c>name=start:min:max:fixed</c>, or a tie
    /// <c>name=@expression</c> (e.g. <c>c2=@c1+0.61</c>); empty bounds mean none (<c>w=1::</c>, <c>w=1:0:</c>).
    /// </summary>
    /// <param name="spec">The text.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    public static Parameter ParseSpecification(string spec, string source = "--param")
    {
        ArgumentNullException.ThrowIfNull(spec);
        int eq = spec.IndexOf('=');
        if (eq <= 0) throw new DataFormatException(source, "value", "name=start[:min:max]", spec);
        string name = spec[..eq].Trim(), rest = spec[(eq + 1)..].Trim();
        if (rest.StartsWith('@')) return new Parameter(name, 0, expression: rest[1..]);
        var parts = rest.Split(':');
        double Num(string s, double empty, string what)
        {
            s = s.Trim();
            if (s.Length == 0) return empty;
            if (s is "inf" or "+inf") return double.PositiveInfinity;
            if (s == "-inf") return double.NegativeInfinity;
            return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v : throw new DataFormatException(source, $"{what} of parameter '{name}'", "a number (invariant culture, e.g. 1.5e-3)", s);
        }
        if (parts.Length is not (1 or 3 or 4) || (parts.Length == 4 && parts[3].Trim() != "fixed"))
            throw new DataFormatException(source, $"parameter '{name}'", "name=start, name=start:min:max or name=start:min:max:fixed", spec);
        double start = Num(parts[0], double.NaN, "start value");
        if (double.IsNaN(start)) throw new DataFormatException(source, $"parameter '{name}'", "a start value", spec);
        double min = parts.Length >= 3 ? Num(parts[1], double.NegativeInfinity, "min") : double.NegativeInfinity;
        double max = parts.Length >= 3 ? Num(parts[2], double.PositiveInfinity, "max") : double.PositiveInfinity;
        if (!(min <= max)) throw new DataFormatException(source, $"parameter '{name}'", "min ≤ max", spec);
        return new Parameter(name, start, min, max, vary: parts.Length != 4);
    }

    /// <inheritdoc />
    public IEnumerator<Parameter> GetEnumerator() => _list.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
