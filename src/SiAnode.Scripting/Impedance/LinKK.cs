using System.Numerics;
using SiAnode.Scripting.Numerics;

namespace SiAnode.Scripting.Impedance;

/// <summary>
/// The linear Kramers–Kronig test of Schönleber, Klotz and Ivers-Tiffée, Electrochim. Acta 131, 20–27 (2014): the spectrum is
/// fitted, linearly, by Ẑ = R₀ + Σₖ Rₖ/(1 + jωτₖ) + jωL (+ 1/(jωC)) with M time constants fixed and log-spaced between
/// 1/(2π f_max) and 1/(2π f_min), each equation weighted by 1/|Z|. A KK-compliant spectrum is reproduced with small residuals.
/// M is chosen by the μ criterion (μ = 1 − Σ|Rₖ&lt;0|/Σ|Rₖ≥0| falls below c = 0.85), as in impedance.py's <c>linKK</c>.
/// </summary>
public static class LinKK
{
    /// <summary>The test with a fixed number of RC elements.</summary>
    /// <param name="spectrum">The measured spectrum.</param>
    /// <param name="elements">M ≥ 1.</param>
    /// <param name="fit">Which part is fitted.</param>
    /// <param name="addCapacitance">Also fit a series capacitance.</param>
    public static LinKKResult Test(ImpedanceSpectrum spectrum, int elements, LinKKFit fit = LinKKFit.Real, bool addCapacitance = false)
    {
        if (elements < 1) throw new ArgumentOutOfRangeException(nameof(elements), elements, "at least one RC element");
        if (spectrum.Count < 2) throw new ArgumentException("Lin-KK needs at least two points", nameof(spectrum));
        int n = spectrum.Count, m = elements;
        var w = spectrum.AngularFrequencies;
        var tau = TimeConstants(spectrum, m);
        var z = Enumerable.Range(0, n).Select(i => spectrum[i]).ToArray();
        // Columns: R0, R1..RM, [C⁻¹ term], L.
        int cols = m + 2 + (addCapacitance ? 1 : 0);
        int cCol = addCapacitance ? m + 1 : -1, lCol = cols - 1;
        var re = new double[n, cols];
        var im = new double[n, cols];
        for (int i = 0; i < n; i++)
        {
            double s = 1 / z[i].Magnitude;
            re[i, 0] = s;
            for (int k = 0; k < m; k++)
            {
                var rc = 1 / new Complex(1, w[i] * tau[k]);
                re[i, k + 1] = rc.Real * s;
                im[i, k + 1] = rc.Imaginary * s;
            }
            if (addCapacitance) im[i, cCol] = -1 / w[i] * s; // 1/(jωC) = −j/(ωC): the unknown is 1/C
            im[i, lCol] = w[i] * s;
        }
        var bRe = z.Select(v => v.Real / v.Magnitude).ToArray();
        var bIm = z.Select(v => v.Imaginary / v.Magnitude).ToArray();
        double[] x;
        switch (fit)
        {
            case LinKKFit.Complex:
            {
                var a = new double[2 * n, cols];
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < cols; j++) { a[i, j] = re[i, j]; a[n + i, j] = im[i, j]; }
                x = LinearLeastSquares.Solve(a, bRe.Concat(bIm).ToArray());
                break;
            }
            case LinKKFit.Real:
            {
                x = LinearLeastSquares.Solve(Columns(re, 0, m + 1), bRe).Concat(new double[cols - m - 1]).ToArray();
                // The imaginary residual of the RC part then gives L (and 1/C).
                var rest = new double[n];
                for (int i = 0; i < n; i++)
                {
                    double modelled = 0;
                    for (int k = 1; k <= m; k++) modelled += im[i, k] * x[k];
                    rest[i] = bIm[i] - modelled;
                }
                var tail = LinearLeastSquares.Solve(Columns(im, m + 1, cols - m - 1), rest);
                for (int j = 0; j < tail.Length; j++) x[m + 1 + j] = tail[j];
                break;
            }
            case LinKKFit.Imaginary:
            {
                var part = LinearLeastSquares.Solve(Columns(im, 1, cols - 1), bIm);
                x = new double[cols];
                for (int j = 0; j < part.Length; j++) x[1 + j] = part[j];
                // R0 from the real residual, weighted by 1/|Z|² as the other equations are.
                double num = 0, den = 0;
                for (int i = 0; i < n; i++)
                {
                    double modelled = 0;
                    for (int k = 1; k <= m; k++) modelled += re[i, k] * x[k];
                    num += re[i, 0] * (bRe[i] - modelled);
                    den += re[i, 0] * re[i, 0];
                }
                x[0] = num / den;
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(fit), fit, null);
        }
        var r = x.Skip(1).Take(m).ToArray();
        double l = x[lCol];
        double? capacitance = addCapacitance ? (x[cCol] == 0 ? double.PositiveInfinity : 1 / x[cCol]) : null;
        var model = new Complex[n];
        var resRe = new double[n];
        var resIm = new double[n];
        for (int i = 0; i < n; i++)
        {
            Complex v = x[0] + new Complex(0, w[i] * l);
            for (int k = 0; k < m; k++) v += r[k] / new Complex(1, w[i] * tau[k]);
            if (addCapacitance) v += new Complex(0, -x[cCol] / w[i]);
            model[i] = v;
            resRe[i] = (z[i].Real - v.Real) / z[i].Magnitude;
            resIm[i] = (z[i].Imaginary - v.Imaginary) / z[i].Magnitude;
        }
        return new LinKKResult(m, Mu(r), x[0], r, tau, l, capacitance, model, resRe, resIm);
    }

    /// <summary>
    /// The automatic test: M = 1, 2, … until μ ≤ <paramref name="cutoff"/> or M = <paramref name="maxElements"/>
    /// (impedance.py's <c>linKK(f, Z, c=0.85, max_M=50)</c>).
    /// </summary>
    public static LinKKResult Auto(ImpedanceSpectrum spectrum, double cutoff = 0.85, int maxElements = 50, LinKKFit fit = LinKKFit.Real, bool addCapacitance = false)
    {
        LinKKResult result = Test(spectrum, 1, fit, addCapacitance);
        for (int m = 2; result.Mu > cutoff && m <= maxElements; m++) result = Test(spectrum, m, fit, addCapacitance);
        return result;
    }

    /// <summary>μ = 1 − Σ|Rₖ&lt;0| / Σ|Rₖ≥0|.</summary>
    public static double Mu(IReadOnlyList<double> resistances)
    {
        double neg = resistances.Where(v => v < 0).Sum(Math.Abs), pos = resistances.Where(v => v >= 0).Sum(Math.Abs);
        return 1 - neg / pos;
    }

    /// <summary>τ₁ = 1/(2π f_max), τ_M = 1/(2π f_min), log-spaced between.</summary>
    public static double[] TimeConstants(ImpedanceSpectrum spectrum, int elements)
    {
        double tMin = 1 / (2 * Math.PI * spectrum.FrequenciesHertz.Max()), tMax = 1 / (2 * Math.PI * spectrum.FrequenciesHertz.Min());
        var t = new double[elements];
        for (int k = 0; k < elements; k++)
            t[k] = elements == 1 ? tMax : Math.Pow(10, Math.Log10(tMin) + k / (double)(elements - 1) * Math.Log10(tMax / tMin));
        return t;
    }

    private static double[,] Columns(double[,] a, int first, int count)
    {
        int n = a.GetLength(0);
        var c = new double[n, count];
        for (int i = 0; i < n; i++) for (int j = 0; j < count; j++) c[i, j] = a[i, first + j];
        return c;
    }
}
