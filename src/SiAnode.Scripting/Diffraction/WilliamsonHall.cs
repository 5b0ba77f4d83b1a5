namespace SiAnode.Scripting.Diffraction;

/// <summary>A Williamson–Hall fit: size and microstrain with standard errors.</summary>
/// <param name="SizeNanometres">D from the intercept Kλ/D.</param>
/// <param name="SizeStandardErrorNanometres">σ_D.</param>
/// <param name="Microstrain">ε from the slope 4ε.</param>
/// <param name="MicrostrainStandardError">σ_ε.</param>
/// <param name="Intercept">Kλ/D (rad, the units of β cosθ).</param>
/// <param name="Slope">4ε.</param>
/// <param name="PeakCount">Peaks used.</param>
public sealed record WilliamsonHallResult(double SizeNanometres, double SizeStandardErrorNanometres, double Microstrain, double MicrostrainStandardError,
    double Intercept, double Slope, int PeakCount);

/// <summary>
/// Williamson–Hall analysis (G. K. Williamson, W. H. Hall, Acta Metall. 1, 22 (1953)): β cosθ = Kλ/D + 4ε sinθ, β the
/// sample FWHM in radians, by weighted linear least squares with weights 1/σ²(β cosθ) (unweighted when no errors are given).
/// Parameter errors are scaled by the reduced χ² when there are more than two peaks.
/// </summary>
public static class WilliamsonHall
{
    /// <summary>Fits the plot.</summary>
    /// <param name="twoThetaDegrees">Peak positions (° 2θ).</param>
    /// <param name="sampleFwhmDegrees">Instrument-corrected widths (° 2θ).</param>
    /// <param name="fwhmStandardErrorDegrees">Their standard errors, or null.</param>
    /// <param name="shapeFactor">K.</param>
    /// <param name="wavelengthAngstrom">λ (Å).</param>
    public static WilliamsonHallResult Fit(IReadOnlyList<double> twoThetaDegrees, IReadOnlyList<double> sampleFwhmDegrees,
        IReadOnlyList<double>? fwhmStandardErrorDegrees = null, double shapeFactor = 0.9, double wavelengthAngstrom = 1.5406)
    {
        int n = twoThetaDegrees.Count;
        if (n < 2 || sampleFwhmDegrees.Count != n) throw new ArgumentException("Williamson–Hall needs at least two peaks with one width each");
        var x = new double[n];
        var y = new double[n];
        var w = new double[n];
        for (int i = 0; i < n; i++)
        {
            double th = twoThetaDegrees[i] * Math.PI / 360.0;
            x[i] = Math.Sin(th);
            y[i] = sampleFwhmDegrees[i] * Math.PI / 180.0 * Math.Cos(th);
            double s = fwhmStandardErrorDegrees is null ? 1 : fwhmStandardErrorDegrees[i] * Math.PI / 180.0 * Math.Cos(th);
            w[i] = s > 0 ? 1 / (s * s) : 1;
        }
        double sw = w.Sum(), sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) { sx += w[i] * x[i]; sy += w[i] * y[i]; sxx += w[i] * x[i] * x[i]; sxy += w[i] * x[i] * y[i]; }
        double det = sw * sxx - sx * sx;
        double slope = (sw * sxy - sx * sy) / det, intercept = (sxx * sy - sx * sxy) / det;
        double varSlope = sw / det, varIntercept = sxx / det;
        if (n > 2)
        {
            double chi = 0;
            for (int i = 0; i < n; i++) chi += w[i] * Math.Pow(y[i] - intercept - slope * x[i], 2);
            double red = chi / (n - 2);
            varSlope *= red;
            varIntercept *= red;
        }
        double size = shapeFactor * wavelengthAngstrom / intercept / 10.0;
        return new WilliamsonHallResult(size, size / intercept * Math.Sqrt(varIntercept), slope / 4, Math.Sqrt(varSlope) / 4, intercept, slope, n);
    }
}
