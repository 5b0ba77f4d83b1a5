using System.Numerics;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Impedance;

/// <summary>
/// An impedance spectrum: frequencies (Hz) with the real part Z′ and imaginary part Z″ of the impedance (Ω), in the order
/// measured. Sign convention as instruments write it: capacitive points have Z″ &lt; 0.
/// </summary>
public sealed class ImpedanceSpectrum
{
    /// <summary>Creates a spectrum; the three arrays must have the same length and frequencies must be positive.</summary>
    public ImpedanceSpectrum(IReadOnlyList<double> frequenciesHertz, IReadOnlyList<double> realOhms, IReadOnlyList<double> imaginaryOhms, string source = "")
    {
        if (frequenciesHertz.Count != realOhms.Count || realOhms.Count != imaginaryOhms.Count)
            throw new ArgumentException($"{source}: frequency, Z' and Z'' have {frequenciesHertz.Count}, {realOhms.Count} and {imaginaryOhms.Count} values");
        for (int i = 0; i < frequenciesHertz.Count; i++)
            if (!(frequenciesHertz[i] > 0) || !double.IsFinite(frequenciesHertz[i]))
                throw new ArgumentException($"{source}: point {i + 1} has frequency {frequenciesHertz[i]}; frequencies must be finite and positive");
        FrequenciesHertz = frequenciesHertz.ToArray();
        RealOhms = realOhms.ToArray();
        ImaginaryOhms = imaginaryOhms.ToArray();
        Source = source;
    }

    /// <summary>f (Hz).</summary>
    public IReadOnlyList<double> FrequenciesHertz { get; }

    /// <summary>Z′ (Ω).</summary>
    public IReadOnlyList<double> RealOhms { get; }

    /// <summary>Z″ (Ω).</summary>
    public IReadOnlyList<double> ImaginaryOhms { get; }

    /// <summary>Where it came from (file path).</summary>
    public string Source { get; }

    /// <summary>Number of points.</summary>
    public int Count => FrequenciesHertz.Count;

    /// <summary>Z at point <paramref name="i"/>.</summary>
    public Complex this[int i] => new(RealOhms[i], ImaginaryOhms[i]);

    /// <summary>Angular frequencies ω = 2πf (rad/s).</summary>
    public double[] AngularFrequencies => FrequenciesHertz.Select(f => 2 * Math.PI * f).ToArray();

    /// <summary>The points with Z″ &lt; 0 (capacitive), as impedance.py's <c>ignoreBelowX</c> keeps them.</summary>
    public ImpedanceSpectrum CapacitiveOnly()
    {
        var keep = Enumerable.Range(0, Count).Where(i => ImaginaryOhms[i] < 0).ToArray();
        return new ImpedanceSpectrum(keep.Select(i => FrequenciesHertz[i]).ToArray(), keep.Select(i => RealOhms[i]).ToArray(), keep.Select(i => ImaginaryOhms[i]).ToArray(), Source);
    }

    /// <summary>The spectrum as a table: frequency (Hz), Z' (ohm), Z'' (ohm), |Z| (ohm), phase (degrees).</summary>
    public ColumnTable ToTable() => new(
    [
        TableColumn.Of("frequency", "Hz", FrequenciesHertz),
        TableColumn.Of("Z'", "ohm", RealOhms),
        TableColumn.Of("Z''", "ohm", ImaginaryOhms),
        TableColumn.Of("|Z|", "ohm", Enumerable.Range(0, Count).Select(i => this[i].Magnitude).ToArray()),
        TableColumn.Of("phase", "deg", Enumerable.Range(0, Count).Select(i => this[i].Phase * 180 / Math.PI).ToArray()),
    ], string.IsNullOrEmpty(Source) ? "Impedance spectrum" : $"Impedance spectrum: {Path.GetFileName(Source)}");
}
