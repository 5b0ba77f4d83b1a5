namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>
/// A square sparse matrix in compressed sparse row (CSR) form with sorted column indices per row
/// (Saad, Iterative Methods for Sparse Linear Systems, 2nd ed., §3.4). Storage O(nnz); <see cref="Multiply"/> costs O(nnz).
/// </summary>
public sealed class SparseMatrix
{
    /// <summary>Wraps CSR arrays (not copied). Column indices must be sorted within each row.</summary>
    /// <param name="rowStart">Row pointers, length n + 1, rowStart[0] = 0.</param>
    /// <param name="columns">Column index of each stored entry.</param>
    /// <param name="values">Value of each stored entry.</param>
    public SparseMatrix(int[] rowStart, int[] columns, double[] values)
    {
        ArgumentNullException.ThrowIfNull(rowStart);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(values);
        if (rowStart.Length < 1 || rowStart[0] != 0 || rowStart[^1] != columns.Length || columns.Length != values.Length)
            throw new ArgumentException("inconsistent CSR arrays");
        RowStart = rowStart;
        Columns = columns;
        Values = values;
    }

    /// <summary>Row pointers (length n + 1).</summary>
    public int[] RowStart { get; }

    /// <summary>Column indices, sorted within each row.</summary>
    public int[] Columns { get; }

    /// <summary>Stored values.</summary>
    public double[] Values { get; }

    /// <summary>Order n.</summary>
    public int Size => RowStart.Length - 1;

    /// <summary>Stored entries.</summary>
    public int NonZeros => Columns.Length;

    /// <summary>Index into <see cref="Values"/> of entry (row, column), or −1 when it is not stored (binary search).</summary>
    public int IndexOf(int row, int column)
    {
        int k = Array.BinarySearch(Columns, RowStart[row], RowStart[row + 1] - RowStart[row], column);
        return k >= 0 ? k : -1;
    }

    /// <summary>y = A x; rows are split over the processors for large matrices (each row is independent).</summary>
    public void Multiply(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = Size, parts = Math.Min(Environment.ProcessorCount, Math.Max(1, NonZeros / 500_000));
        if (parts <= 1)
        {
            MultiplyRows(x, y, 0, n);
            return;
        }
        Parallel.For(0, parts, p => MultiplyRows(x, y, (int)((long)n * p / parts), (int)((long)n * (p + 1) / parts)));
    }

    private void MultiplyRows(double[] x, double[] y, int from, int to)
    {
        var rs = RowStart;
        var cols = Columns;
        var vals = Values;
        for (int i = from; i < to; i++)
        {
            double s = 0.0;
            for (int k = rs[i]; k < rs[i + 1]; k++) s += vals[k] * x[cols[k]];
            y[i] = s;
        }
    }

    /// <summary>
    /// Imposes u_i = 0 for each listed row of a symmetric matrix: zeroes row and column i, puts the old diagonal (or 1)
    /// back on the diagonal and zeroes b_i, which keeps the matrix symmetric positive definite.
    /// </summary>
    public void ConstrainToZero(IReadOnlyList<int> rows, Span<double> rightHandSide)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var fixedRow = new bool[Size];
        foreach (int i in rows) fixedRow[i] = true;
        for (int i = 0; i < Size; i++)
        {
            for (int k = RowStart[i]; k < RowStart[i + 1]; k++)
            {
                int j = Columns[k];
                if (fixedRow[i] || fixedRow[j])
                {
                    if (i == j) Values[k] = Values[k] > 0.0 ? Values[k] : 1.0;
                    else Values[k] = 0.0;
                }
            }
            if (fixedRow[i]) rightHandSide[i] = 0.0;
        }
    }

    /// <summary>A dense copy (for tests of small systems).</summary>
    public double[,] ToDense()
    {
        var d = new double[Size, Size];
        for (int i = 0; i < Size; i++)
            for (int k = RowStart[i]; k < RowStart[i + 1]; k++) d[i, Columns[k]] = Values[k];
        return d;
    }
}
