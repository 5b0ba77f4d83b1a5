using System.Globalization;

namespace SiAnode.Scripting.Fitting.Expressions;

/// <summary>
/// Recursive-descent parser of the model language:
/// <code>
/// sum     := product (('+' | '-') product)*
/// product := unary (('*' | '/') unary)*
/// unary   := ('-' | '+') unary | power
/// power   := primary (('^' | '**') unary)?          (right-associative; 2^-x allowed; -x^2 = -(x^2))
/// primary := number | name | name '(' sum (',' sum)* ')' | '(' sum ')' | '[' sum ']'
/// </code>
/// Square brackets group like parentheses (the NIST StRD model lines write exp[-b1*x]). Names that are not
/// variables, constants or functions become parameters in order of first appearance.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly string _text;
    private readonly IReadOnlyList<string> _variables;
    private readonly IReadOnlyDictionary<string, double> _constants;
    private readonly List<string> _parameters = [];
    private int _pos;

    private ExpressionParser(string text, IReadOnlyList<string> variables, IReadOnlyDictionary<string, double> constants)
    {
        _text = text;
        _variables = variables;
        _constants = constants;
    }

    public static (Node Root, List<string> Parameters) Parse(string text, IReadOnlyList<string> variables, IReadOnlyDictionary<string, double> constants)
    {
        var p = new ExpressionParser(text, variables, constants);
        p.SkipSpace();
        if (p._pos >= text.Length) throw new ExpressionException(text, 0, "an expression", "nothing");
        var root = p.ParseSum();
        p.SkipSpace();
        if (p._pos < text.Length)
            throw new ExpressionException(text, p._pos, "an operator (+ - * / ^ **) or the end of the expression", text[p._pos..]);
        return (root, p._parameters);
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private string Rest => _pos < _text.Length ? _text[_pos..] : "end of expression";

    private Node ParseSum()
    {
        var left = ParseProduct();
        while (true)
        {
            SkipSpace();
            char c = Peek();
            if (c == '+') { _pos++; left = new Add(left, ParseProduct()); }
            else if (c == '-') { _pos++; left = new Sub(left, ParseProduct()); }
            else return left;
        }
    }

    private Node ParseProduct()
    {
        var left = ParseUnary();
        while (true)
        {
            SkipSpace();
            char c = Peek();
            if (c == '*' && Peek(1) != '*') { _pos++; left = new Mul(left, ParseUnary()); }
            else if (c == '/') { _pos++; left = new Div(left, ParseUnary()); }
            else return left;
        }
    }

    private Node ParseUnary()
    {
        SkipSpace();
        char c = Peek();
        if (c == '-') { _pos++; var operand = ParseUnary(); return operand is Num n ? new Num(-n.Value) : new Neg(operand); }
        if (c == '+') { _pos++; return ParseUnary(); }
        return ParsePower();
    }

    private Node ParsePower()
    {
        var basis = ParsePrimary();
        SkipSpace();
        if (Peek() == '^') { _pos++; return new Pow(basis, ParseUnary()); }
        if (Peek() == '*' && Peek(1) == '*') { _pos += 2; return new Pow(basis, ParseUnary()); }
        return basis;
    }

    private Node ParsePrimary()
    {
        SkipSpace();
        int start = _pos;
        char c = Peek();
        if (c == '(' || c == '[')
        {
            _pos++;
            var inner = ParseSum();
            Expect(c == '(' ? ')' : ']');
            return inner;
        }
        if (char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(1))))
            return new Num(ReadNumber());
        if (char.IsLetter(c) || c == '_')
        {
            while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
            string name = _text[start.._pos];
            SkipSpace();
            char open = Peek();
            if (open == '(' || open == '[')
            {
                if (!BuiltinFunctions.ByName.TryGetValue(name.ToLowerInvariant(), out var f))
                    throw new ExpressionException(_text, start, "a known function (exp log ln log10 sqrt sin cos tan atan arctan erf erfc abs gaussian lorentzian pseudovoigt voigt pearson7 splitgaussian splitlorentzian doniach step)", name);
                _pos++;
                var args = new List<Node> { ParseSum() };
                SkipSpace();
                while (Peek() == ',') { _pos++; args.Add(ParseSum()); SkipSpace(); }
                Expect(open == '(' ? ')' : ']');
                if (args.Count != f.Arity)
                    throw new ExpressionException(_text, start, $"{f.Arity} argument(s) for {f.Name}", $"{args.Count}");
                return new Call(f, args.ToArray());
            }
            int vi = IndexOf(_variables, name);
            if (vi >= 0) return new Var(name, vi);
            if (_constants.TryGetValue(name, out var constant)) return new Num(constant);
            if (BuiltinFunctions.ByName.ContainsKey(name.ToLowerInvariant()))
                throw new ExpressionException(_text, _pos, $"'(' after the function name {name}", Rest);
            int pi = _parameters.IndexOf(name);
            if (pi < 0) { _parameters.Add(name); pi = _parameters.Count - 1; }
            return new Par(name, pi);
        }
        throw new ExpressionException(_text, _pos, "a number, a name, a function call or '('", _pos < _text.Length ? _text[_pos].ToString() : "end of expression");
    }

    private static int IndexOf(IReadOnlyList<string> list, string name)
    {
        for (int i = 0; i < list.Count; i++) if (list[i] == name) return i;
        return -1;
    }

    private void Expect(char close)
    {
        SkipSpace();
        if (Peek() != close)
            throw new ExpressionException(_text, _pos, $"'{close}'", _pos < _text.Length ? _text[_pos].ToString() : "end of expression");
        _pos++;
    }

    private double ReadNumber()
    {
        int start = _pos;
        while (char.IsDigit(Peek())) _pos++;
        if (Peek() == '.') { _pos++; while (char.IsDigit(Peek())) _pos++; }
        if ((Peek() == 'e' || Peek() == 'E') &&
            (char.IsDigit(Peek(1)) || ((Peek(1) == '+' || Peek(1) == '-') && char.IsDigit(Peek(2)))))
        {
            _pos += 2;
            while (char.IsDigit(Peek())) _pos++;
        }
        string s = _text[start.._pos];
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            throw new ExpressionException(_text, start, "a number", s);
        return v;
    }
}
