namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// Zero-fill incomplete Cholesky factor IC(0) of a symmetric positive definite CSR matrix, A ≈ L Lᵀ with L restricted to
/// the lower-triangular pattern of A (Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., §10.3.2; Meijerink &amp;
/// van der Vorst, Math. Comp. 31, 148 (1977)). If a pivot is not positive, the factorisation restarts on A + α·diag(A)
/// with α doubled from 10⁻³ (Manteuffel's shift). Applying L⁻ᵀL⁻¹ costs O(nnz). The factor is computed in double precision
/// and stored in single precision for the triangular solves (they are memory-bound; a preconditioner needs no more digits,
/// and the rounded factor L̃ still defines a symmetric positive definite L̃L̃ᵀ).
/// </summary>
public sealed class IncompleteCholesky
{
    private readonly int[] _rowStart;
    private readonly int[] _columns;
    private readonly float[] _factor;
    private readonly float[] _inverseDiagonal;

    /// <summary>Factorises the lower triangle of <paramref name="matrix"/>.</summary>
    public IncompleteCholesky(SparseMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.Size;
        _rowStart = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            int count = 0;
            for (int k = matrix.RowStart[i]; k < matrix.RowStart[i + 1] && matrix.Columns[k] <= i; k++) count++;
            _rowStart[i + 1] = _rowStart[i] + count;
        }
        _columns = new int[_rowStart[n]];
        var values = new double[_rowStart[n]];
        for (int i = 0; i < n; i++)
        {
            int p = _rowStart[i];
            for (int k = matrix.RowStart[i]; k < matrix.RowStart[i + 1] && matrix.Columns[k] <= i; k++) _columns[p++] = matrix.Columns[k];
            if (p == _rowStart[i] || _columns[p - 1] != i) throw new ArgumentException(FormattableString.Invariant($"row {i} has no diagonal entry"));
        }
        double shift = 0.0;
        while (!TryFactor(matrix, shift, values))
        {
            shift = shift == 0.0 ? 1e-3 : 2.0 * shift;
            if (shift > 1.0) throw new InvalidOperationException("incomplete Cholesky failed: the matrix is not positive definite");
        }
        Shift = shift;
        _factor = new float[values.Length];
        for (int k = 0; k < values.Length; k++) _factor[k] = (float)values[k];
        _inverseDiagonal = new float[n];
        for (int i = 0; i < n; i++) _inverseDiagonal[i] = 1.0f / _factor[_rowStart[i + 1] - 1];
    }

    /// <summary>The diagonal shift α that was needed (0 when IC(0) of A itself succeeded).</summary>
    public double Shift { get; }

    /// <summary>Stored entries of L.</summary>
    public int NonZeros => _columns.Length;

    private bool TryFactor(SparseMatrix a, double shift, double[] values)
    {
        int n = a.Size;
        for (int i = 0; i < n; i++)
        {
            int p = _rowStart[i];
            for (int k = a.RowStart[i]; k < a.RowStart[i + 1] && a.Columns[k] <= i; k++)
                values[p++] = a.Values[k] * (a.Columns[k] == i ? 1.0 + shift : 1.0);
        }
        for (int i = 0; i < n; i++)
        {
            int start = _rowStart[i], diag = _rowStart[i + 1] - 1;
            for (int p = start; p < diag; p++)
            {
                int k = _columns[p];
                // L_ik = (A_ik − Σ_{j<k} L_ij L_kj) / L_kk: sparse dot product of rows i and k over columns < k.
                double s = values[p];
                int q = _rowStart[k], qEnd = _rowStart[k + 1] - 1, pi = start;
                while (pi < p && q < qEnd)
                {
                    int ci = _columns[pi], ck = _columns[q];
                    if (ci == ck) { s -= values[pi] * values[q]; pi++; q++; }
                    else if (ci < ck) pi++;
                    else q++;
                }
                values[p] = s / values[qEnd];
            }
            double d = values[diag];
            for (int p = start; p < diag; p++) d -= values[p] * values[p];
            if (!(d > 0.0)) return false;
            values[diag] = Math.Sqrt(d);
        }
        return true;
    }

    /// <summary>z = (L Lᵀ)⁻¹ r by a forward and a backward triangular solve.</summary>
    public void Apply(ReadOnlySpan<double> r, Span<double> z)
    {
        int n = _rowStart.Length - 1;
        var rs = _rowStart;
        var cols = _columns;
        var vals = _factor;
        var inv = _inverseDiagonal;
        for (int i = 0; i < n; i++)
        {
            double s = r[i];
            int diag = rs[i + 1] - 1;
            for (int k = rs[i]; k < diag; k++) s -= vals[k] * z[cols[k]];
            z[i] = s * inv[i];
        }
        for (int i = n - 1; i >= 0; i--)
        {
            int diag = rs[i + 1] - 1;
            double xi = z[i] * inv[i];
            z[i] = xi;
            for (int k = rs[i]; k < diag; k++) z[cols[k]] -= vals[k] * xi;
        }
    }
}
