using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Kinetics;

/// <summary>
/// Dunn's split of a voltammogram, i(V) = k_cap(V)·v + k_diff(V)·v^½, at every potential of a common grid. The terms are named
/// for what they mean (the paper swaps the labels k₁ and k₂; analysis.md §A.2).
/// </summary>
/// <param name="PotentialsVolts">The grid.</param>
/// <param name="SurfaceCapacitiveCoefficients">k_cap(V): current per unit scan rate (current unit per (scan-rate unit)).</param>
/// <param name="DiffusionControlledCoefficients">k_diff(V): current per square root of scan rate.</param>
/// <param name="ScanRates">The scan rates used (their unit throughout).</param>
/// <param name="Currents">The measured currents on the grid, one array per scan rate.</param>
public sealed record DunnResult(IReadOnlyList<double> PotentialsVolts, IReadOnlyList<double> SurfaceCapacitiveCoefficients,
    IReadOnlyList<double> DiffusionControlledCoefficients, IReadOnlyList<double> ScanRates, IReadOnlyList<double[]> Currents)
{
    /// <summary>The surface-capacitive current k_cap(V)·v at a scan rate.</summary>
    public double[] CapacitiveCurrent(double scanRate) => SurfaceCapacitiveCoefficients.Select(k => k * scanRate).ToArray();

    /// <summary>
    /// Capacitive fraction at one of the measured scan rates: ∫|k_cap v| dV / ∫|i| dV over the grid (trapezoids), with i the
    /// measured current at that rate.
    /// </summary>
    public double CapacitiveFraction(double scanRate)
    {
        int r = ScanRates.ToList().FindIndex(v => Math.Abs(v / scanRate - 1) < 1e-9);
        if (r < 0) throw new ArgumentException($"scan rate {scanRate} was not measured; measured: {string.Join(", ", ScanRates)}");
        var cap = CapacitiveCurrent(scanRate).Select(Math.Abs).ToArray();
        var tot = Currents[r].Select(Math.Abs).ToArray();
        return Trapezoid(PotentialsVolts, cap) / Trapezoid(PotentialsVolts, tot);
    }

    /// <summary>Capacitive fraction at every measured scan rate, as a table.</summary>
    public ColumnTable FractionTable(string scanRateUnit) => new(
    [
        TableColumn.Of("scan rate", scanRateUnit, ScanRates),
        TableColumn.Of("capacitive fraction", "%", ScanRates.Select(v => 100 * CapacitiveFraction(v)).ToList()),
    ], "Dunn split: surface-capacitive share of the voltammetric charge");

    private static double Trapezoid(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double s = 0;
        for (int i = 1; i < x.Count; i++) s += 0.5 * (y[i] + y[i - 1]) * Math.Abs(x[i] - x[i - 1]);
        return s;
    }
}
