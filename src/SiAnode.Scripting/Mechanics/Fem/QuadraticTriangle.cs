namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// The 6-node (quadratic, isoparametric) triangle: shape functions, their derivatives and a degree-4 quadrature on the
/// reference triangle (0,0)–(1,0)–(0,1). Node order: corners 0, 1, 2 counter-clockwise, then mid-side nodes 3 (edge 0–1),
/// 4 (edge 1–2), 5 (edge 2–0). With L₀ = 1 − ξ − η, L₁ = ξ, L₂ = η: Nᵢ = Lᵢ(2Lᵢ − 1) at corners and 4LᵢLⱼ at mid-sides
/// (Zienkiewicz, Taylor &amp; Zhu, The Finite Element Method: Its Basis and Fundamentals, 7th ed., §6.6, Eq. 6.38).
/// </summary>
public static class QuadraticTriangle
{
    /// <summary>Nodes per element (6).</summary>
    public const int NodeCount = 6;

    /// <summary>Reference coordinates (ξ, η) of the six nodes, in node order.</summary>
    public static ReadOnlySpan<double> NodeXi => [0.0, 1.0, 0.0, 0.5, 0.5, 0.0];

    /// <summary>Reference coordinates η of the six nodes, in node order.</summary>
    public static ReadOnlySpan<double> NodeEta => [0.0, 0.0, 1.0, 0.0, 0.5, 0.5];

    private const double A1 = 0.445948490915965, B1 = 1.0 - 2.0 * A1, W1 = 0.223381589678011 / 2.0;
    private const double A2 = 0.091576213509771, B2 = 1.0 - 2.0 * A2, W2 = 0.109951743655322 / 2.0;

    /// <summary>
    /// ξ of the 6-point, degree-4 symmetric Gauss rule on the triangle (Strang &amp; Fix; Dunavant, IJNME 21, 1129 (1985)).
    /// All points are interior, so the hoop strain u_r/r is never evaluated on the axis.
    /// </summary>
    public static ReadOnlySpan<double> GaussXi => [A1, A1, B1, A2, A2, B2];

    /// <summary>η of the 6-point rule (see <see cref="GaussXi"/>).</summary>
    public static ReadOnlySpan<double> GaussEta => [A1, B1, A1, A2, B2, A2];

    /// <summary>Weights of the 6-point rule; they sum to ½, the reference area.</summary>
    public static ReadOnlySpan<double> GaussWeight => [W1, W1, W1, W2, W2, W2];

    /// <summary>Shape functions N₀…N₅ at (ξ, η).</summary>
    public static void Shape(double xi, double eta, Span<double> n)
    {
        double l0 = 1.0 - xi - eta, l1 = xi, l2 = eta;
        n[0] = l0 * (2.0 * l0 - 1.0);
        n[1] = l1 * (2.0 * l1 - 1.0);
        n[2] = l2 * (2.0 * l2 - 1.0);
        n[3] = 4.0 * l0 * l1;
        n[4] = 4.0 * l1 * l2;
        n[5] = 4.0 * l2 * l0;
    }

    /// <summary>Derivatives ∂N/∂ξ and ∂N/∂η at (ξ, η).</summary>
    public static void ShapeDerivatives(double xi, double eta, Span<double> dXi, Span<double> dEta)
    {
        double l0 = 1.0 - xi - eta;
        dXi[0] = -(4.0 * l0 - 1.0);
        dXi[1] = 4.0 * xi - 1.0;
        dXi[2] = 0.0;
        dXi[3] = 4.0 * (l0 - xi);
        dXi[4] = 4.0 * eta;
        dXi[5] = -4.0 * eta;
        dEta[0] = -(4.0 * l0 - 1.0);
        dEta[1] = 0.0;
        dEta[2] = 4.0 * eta - 1.0;
        dEta[3] = -4.0 * xi;
        dEta[4] = 4.0 * xi;
        dEta[5] = 4.0 * (l0 - eta);
    }

    /// <summary>
    /// Maps (ξ, η) to physical (r, z) and returns the Jacobian determinant, filling ∂N/∂r and ∂N/∂z and N.
    /// </summary>
    /// <param name="r">Radial coordinates of the six nodes.</param>
    /// <param name="z">Axial coordinates of the six nodes.</param>
    /// <param name="xi">ξ.</param>
    /// <param name="eta">η.</param>
    /// <param name="n">Receives N (length 6).</param>
    /// <param name="dR">Receives ∂N/∂r (length 6).</param>
    /// <param name="dZ">Receives ∂N/∂z (length 6).</param>
    /// <param name="rAt">Receives r(ξ, η).</param>
    /// <param name="zAt">Receives z(ξ, η).</param>
    public static double Map(ReadOnlySpan<double> r, ReadOnlySpan<double> z, double xi, double eta,
        Span<double> n, Span<double> dR, Span<double> dZ, out double rAt, out double zAt)
    {
        Span<double> dXi = stackalloc double[NodeCount];
        Span<double> dEta = stackalloc double[NodeCount];
        Shape(xi, eta, n);
        ShapeDerivatives(xi, eta, dXi, dEta);
        double j11 = 0, j12 = 0, j21 = 0, j22 = 0;
        rAt = 0; zAt = 0;
        for (int a = 0; a < NodeCount; a++)
        {
            rAt += n[a] * r[a];
            zAt += n[a] * z[a];
            j11 += dXi[a] * r[a];
            j12 += dXi[a] * z[a];
            j21 += dEta[a] * r[a];
            j22 += dEta[a] * z[a];
        }
        double det = j11 * j22 - j12 * j21;
        double inv = 1.0 / det;
        for (int a = 0; a < NodeCount; a++)
        {
            dR[a] = inv * (j22 * dXi[a] - j12 * dEta[a]);
            dZ[a] = inv * (-j21 * dXi[a] + j11 * dEta[a]);
        }
        return det;
    }
}
