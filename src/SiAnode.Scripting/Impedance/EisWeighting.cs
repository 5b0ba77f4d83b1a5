namespace SiAnode.Scripting.Impedance;

/// <summary>Weights of complex nonlinear least squares (Boukamp, Solid State Ionics 20, 31, 1986; Orazem &amp; Tribollet, EIS, ch. 19).</summary>
public enum EisWeighting
{
    /// <summary>Every residual weighs 1 (impedance.py's default).</summary>
    Unit,

    /// <summary>Both parts divided by |Z| of the point (impedance.py's <c>weight_by_modulus=True</c>).</summary>
    Modulus,

    /// <summary>The real residual divided by |Z′|, the imaginary by |Z″| of the point.</summary>
    Proportional,
}
