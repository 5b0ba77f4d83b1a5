namespace SiAnode.Scripting.Mechanics;

/// <summary>A constant isotropic eigenstrain ε* (analysis.md §C: u = Ar + B/r², σ_rr = 3K(A − ε*) − 4GB/r³).</summary>
public sealed class UniformEigenstrain : RadialEigenstrain
{
    /// <summary>Creates ε* = <paramref name="strain"/> everywhere.</summary>
    public UniformEigenstrain(double strain)
    {
        if (!double.IsFinite(strain)) throw new ArgumentOutOfRangeException(nameof(strain), strain, "must be finite");
        Strain = strain;
    }

    /// <summary>ε* (dimensionless).</summary>
    public double Strain { get; }

    /// <inheritdoc />
    public override bool IsUniform => true;

    /// <inheritdoc />
    public override double At(double radiusMicrometres) => Strain;

    /// <inheritdoc />
    public override double SphericalMoment(double fromMicrometres, double toMicrometres)
        => Strain * (Cube(toMicrometres) - Cube(fromMicrometres)) / 3.0;

    /// <inheritdoc />
    public override double CylindricalMoment(double fromMicrometres, double toMicrometres)
        => Strain * (toMicrometres * toMicrometres - fromMicrometres * fromMicrometres) / 2.0;

    private static double Cube(double x) => x * x * x;
}
