using System.Numerics;
using System.Text;

namespace SiAnode.Scripting.Impedance.Circuits;

/// <summary>
/// An equivalent circuit written as impedance.py writes it (Murbach et al., JOSS 5, 2349, 2020): elements named by a type
/// prefix and a number (R0, CPE1, Wo1), <c>-</c> for series and <c>p(a, b, ...)</c> for parallel, e.g.
/// <c>R0-p(R1,CPE1)-p(R2-Wo1,C2)</c>. Parameters are named as impedance.py names them: <c>R0</c> for one-parameter elements,
/// <c>CPE1_0</c>, <c>CPE1_1</c> for the others, in the order the elements appear.
/// </summary>
public sealed class Circuit
{
    private readonly Node root;
    private readonly List<ElementNode> elements;

    private Circuit(string text, Node root, List<ElementNode> elements)
    {
        Text = text;
        this.root = root;
        this.elements = elements;
        ParameterNames = elements.SelectMany(e => e.ParameterNames).ToArray();
        ParameterUnits = elements.SelectMany(e => e.Definition.ParameterUnits).ToArray();
    }

    /// <summary>The circuit string as given.</summary>
    public string Text { get; }

    /// <summary>Parameter names in order, e.g. R0, R1, CPE1_0, CPE1_1.</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>Units of the parameters, in order.</summary>
    public IReadOnlyList<string> ParameterUnits { get; }

    /// <summary>Element names in order of appearance.</summary>
    public IReadOnlyList<string> ElementNames => elements.Select(e => e.Name).ToArray();

    /// <summary>Parses a circuit string; <see cref="CircuitFormatException"/> names the character where it fails.</summary>
    public static Circuit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text);
        var node = parser.ParseSeries();
        parser.SkipSpace();
        if (parser.Position < text.Length) throw new CircuitFormatException(text, parser.Position, "'-' or the end of the circuit");
        var names = parser.Elements.GroupBy(e => e.Name).FirstOrDefault(g => g.Count() > 1);
        if (names is not null) throw new CircuitFormatException(text, text.IndexOf(names.Key, text.IndexOf(names.Key, StringComparison.Ordinal) + 1, StringComparison.Ordinal), $"a new element name; '{names.Key}' is used twice");
        int offset = 0;
        foreach (var e in parser.Elements) { e.Offset = offset; offset += e.Definition.ParameterCount; }
        return new Circuit(text, node, parser.Elements);
    }

    /// <summary>Z(ω) for the parameters in <see cref="ParameterNames"/> order.</summary>
    public Complex Impedance(double omega, ReadOnlySpan<double> parameters)
    {
        CheckCount(parameters.Length);
        return root.Z(omega, parameters);
    }

    /// <summary>Z at every frequency (Hz) of <paramref name="frequenciesHertz"/>.</summary>
    public Complex[] Impedance(IReadOnlyList<double> frequenciesHertz, ReadOnlySpan<double> parameters)
    {
        CheckCount(parameters.Length);
        var z = new Complex[frequenciesHertz.Count];
        for (int i = 0; i < z.Length; i++) z[i] = root.Z(2 * Math.PI * frequenciesHertz[i], parameters);
        return z;
    }

    /// <summary>Z(ω) and ∂Z/∂pₖ for every parameter (analytic where the elements provide it).</summary>
    public Complex ImpedanceAndGradient(double omega, ReadOnlySpan<double> parameters, Span<Complex> gradient)
    {
        CheckCount(parameters.Length);
        if (gradient.Length != ParameterNames.Count) throw new ArgumentException($"gradient needs {ParameterNames.Count} entries", nameof(gradient));
        gradient.Clear();
        return root.ZGrad(omega, parameters, gradient);
    }

    /// <summary>The circuit string with parameter values, for reports, e.g. "R0 = 0.0165 Ohm".</summary>
    public string Describe(ReadOnlySpan<double> parameters)
    {
        CheckCount(parameters.Length);
        var sb = new StringBuilder(Text);
        for (int i = 0; i < parameters.Length; i++)
            sb.Append('\n').Append(ParameterNames[i]).Append(" = ").Append(parameters[i].ToString("G6", System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(ParameterUnits[i]);
        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private void CheckCount(int n)
    {
        if (n != ParameterNames.Count)
            throw new ArgumentException($"circuit {Text} has {ParameterNames.Count} parameters ({string.Join(", ", ParameterNames)}), got {n} values");
    }

    private abstract class Node
    {
        public abstract Complex Z(double w, ReadOnlySpan<double> p);

        /// <summary>Returns Z and adds ∂Z/∂p into <paramref name="g"/> (which holds zeros for this node's parameters).</summary>
        public abstract Complex ZGrad(double w, ReadOnlySpan<double> p, Span<Complex> g);
    }

    private sealed class ElementNode(string name, CircuitElementDefinition definition) : Node
    {
        public string Name { get; } = name;

        public CircuitElementDefinition Definition { get; } = definition;

        public int Offset { get; set; }

        public IEnumerable<string> ParameterNames => Definition.ParameterCount == 1 ? [Name] : Enumerable.Range(0, Definition.ParameterCount).Select(k => $"{Name}_{k}");

        public override Complex Z(double w, ReadOnlySpan<double> p) => Definition.Impedance(w, p.Slice(Offset, Definition.ParameterCount));

        public override Complex ZGrad(double w, ReadOnlySpan<double> p, Span<Complex> g)
        {
            var own = p.Slice(Offset, Definition.ParameterCount);
            var target = g.Slice(Offset, Definition.ParameterCount);
            if (Definition.Gradient is { } grad) grad(w, own, target);
            else NumericalGradient(w, own, target);
            return Definition.Impedance(w, own);
        }

        private void NumericalGradient(double w, ReadOnlySpan<double> own, Span<Complex> target)
        {
            var q = own.ToArray();
            for (int k = 0; k < q.Length; k++)
            {
                double h = 1e-6 * Math.Max(Math.Abs(q[k]), 1e-12);
                double keep = q[k];
                q[k] = keep + h;
                var up = Definition.Impedance(w, q);
                q[k] = keep - h;
                var down = Definition.Impedance(w, q);
                q[k] = keep;
                target[k] = (up - down) / (2 * h);
            }
        }
    }

    private sealed class SeriesNode(List<Node> parts) : Node
    {
        public List<Node> Parts => parts;

        public override Complex Z(double w, ReadOnlySpan<double> p)
        {
            Complex z = 0;
            foreach (var n in parts) z += n.Z(w, p);
            return z;
        }

        public override Complex ZGrad(double w, ReadOnlySpan<double> p, Span<Complex> g)
        {
            Complex z = 0;
            foreach (var n in parts) z += n.ZGrad(w, p, g); // parameters of different parts do not overlap
            return z;
        }
    }

    private sealed class ParallelNode(List<Node> branches) : Node
    {
        public override Complex Z(double w, ReadOnlySpan<double> p)
        {
            Complex y = 0;
            foreach (var n in branches) y += 1 / n.Z(w, p);
            return 1 / y;
        }

        // Z = 1/Σ(1/Zᵢ) ⇒ ∂Z/∂p = Z² Σ (∂Zᵢ/∂p)/Zᵢ²; each parameter belongs to one branch.
        public override Complex ZGrad(double w, ReadOnlySpan<double> p, Span<Complex> g)
        {
            var zs = new Complex[branches.Count];
            var ranges = new (int Start, int End)[branches.Count];
            Complex y = 0;
            for (int b = 0; b < branches.Count; b++)
            {
                var (start, end) = Span(branches[b]);
                ranges[b] = (start, end);
                zs[b] = branches[b].ZGrad(w, p, g);
                y += 1 / zs[b];
            }
            var z = 1 / y;
            for (int b = 0; b < branches.Count; b++)
            {
                var factor = z * z / (zs[b] * zs[b]);
                for (int k = ranges[b].Start; k < ranges[b].End; k++) g[k] *= factor;
            }
            return z;
        }

        private static (int Start, int End) Span(Node n) => n switch
        {
            ElementNode e => (e.Offset, e.Offset + e.Definition.ParameterCount),
            SeriesNode s => Combine(s.Parts.Select(Span)),
            ParallelNode q => Combine(q.Branches.Select(Span)),
            _ => (0, 0),
        };

        private static (int, int) Combine(IEnumerable<(int Start, int End)> spans)
        {
            var list = spans.ToList();
            return (list.Min(s => s.Start), list.Max(s => s.End));
        }

        public List<Node> Branches => branches;
    }

    private sealed class Parser(string text)
    {
        public int Position;

        public List<ElementNode> Elements { get; } = [];

        public void SkipSpace()
        {
            while (Position < text.Length && char.IsWhiteSpace(text[Position])) Position++;
        }

        public Node ParseSeries()
        {
            var parts = new List<Node> { ParseTerm() };
            SkipSpace();
            while (Position < text.Length && text[Position] == '-')
            {
                Position++;
                parts.Add(ParseTerm());
                SkipSpace();
            }
            return parts.Count == 1 ? parts[0] : new SeriesNode(parts);
        }

        private Node ParseTerm()
        {
            SkipSpace();
            if (Position >= text.Length) throw new CircuitFormatException(text, Position, "an element (R0, CPE1, ...) or p(...)");
            if (text[Position] == 'p' && Position + 1 < text.Length && text[Position + 1] == '(')
            {
                Position += 2;
                var branches = new List<Node> { ParseSeries() };
                SkipSpace();
                while (Position < text.Length && text[Position] == ',')
                {
                    Position++;
                    branches.Add(ParseSeries());
                    SkipSpace();
                }
                if (Position >= text.Length || text[Position] != ')') throw new CircuitFormatException(text, Position, "',' or ')' closing p(");
                Position++;
                if (branches.Count < 2) throw new CircuitFormatException(text, Position - 1, "at least two branches in p(...)");
                return new ParallelNode(branches);
            }
            int start = Position;
            while (Position < text.Length && char.IsAsciiLetter(text[Position])) Position++;
            string prefix = text[start..Position];
            int digits = Position;
            while (Position < text.Length && (char.IsAsciiDigit(text[Position]) || text[Position] == '_')) Position++;
            if (prefix.Length == 0) throw new CircuitFormatException(text, start, "an element (R0, CPE1, ...) or p(...)");
            var definition = CircuitElements.Find(prefix)
                ?? throw new CircuitFormatException(text, start, $"a known element type ({string.Join(", ", CircuitElements.All.Select(d => d.Prefix).Order(StringComparer.Ordinal))}), not '{prefix}'");
            if (digits == Position) throw new CircuitFormatException(text, Position, $"a number after '{prefix}' naming the element, e.g. {prefix}1");
            var e = new ElementNode(text[start..Position], definition);
            Elements.Add(e);
            return e;
        }
    }
}
