namespace SiAnode.Scripting.Mechanics;

/// <summary>
/// Closed form for a solid spherical core with a uniform misfit (eigenstrain difference) Δε = ε*_core − ε*_shell inside a
/// bonded shell, free outer surface (analysis.md §C, "Core–shell"; the Eshelby inclusion / Lamé shell result):
/// p = 12K₁G₂(1 − f)Δε / [3K₁ + 4G₂(1 − f) + 4G₂fK₁/K₂], f = a³/b³.
/// The core is under hydrostatic pressure −p (von Mises 0); in the shell σ_rr = −p(a³/r³ − f)/(1 − f),
/// σ_θθ = p(f + a³/2r³)/(1 − f). Independent of <see cref="MultilayerSphere"/>, against which it is a test.
/// </summary>
public static class CoreShellMisfit
{
    /// <summary>The interface pressure p (GPa; positive when the core expands more than the shell).</summary>
    /// <param name="coreRadiusMicrometres">a (µm).</param>
    /// <param name="outerRadiusMicrometres">b (µm) &gt; a.</param>
    /// <param name="coreModulusGigapascals">E₁ (GPa).</param>
    /// <param name="corePoissonRatio">ν₁.</param>
    /// <param name="shellModulusGigapascals">E₂ (GPa).</param>
    /// <param name="shellPoissonRatio">ν₂.</param>
    /// <param name="misfitStrain">Δε = ε*₁ − ε*₂.</param>
    public static double InterfacePressureGigapascals(double coreRadiusMicrometres, double outerRadiusMicrometres,
        double coreModulusGigapascals, double corePoissonRatio, double shellModulusGigapascals, double shellPoissonRatio, double misfitStrain)
    {
        var core = new ElasticLayer(0.0, coreRadiusMicrometres, coreModulusGigapascals, corePoissonRatio, 0.0);
        var shell = new ElasticLayer(coreRadiusMicrometres, outerRadiusMicrometres, shellModulusGigapascals, shellPoissonRatio, 0.0);
        core.Validate();
        shell.Validate();
        double f = Math.Pow(coreRadiusMicrometres / outerRadiusMicrometres, 3);
        double k1 = core.BulkModulusGigapascals, k2 = shell.BulkModulusGigapascals, g2 = shell.ShearModulusGigapascals;
        return 12.0 * k1 * g2 * (1.0 - f) * misfitStrain / (3.0 * k1 + 4.0 * g2 * (1.0 - f) + 4.0 * g2 * f * k1 / k2);
    }

    /// <summary>σ_rr in the shell at r (GPa): −p(a³/r³ − f)/(1 − f).</summary>
    public static double ShellRadialStressGigapascals(double pressureGigapascals, double coreRadiusMicrometres, double outerRadiusMicrometres, double radiusMicrometres)
    {
        double f = Math.Pow(coreRadiusMicrometres / outerRadiusMicrometres, 3), q = Math.Pow(coreRadiusMicrometres / radiusMicrometres, 3);
        return -pressureGigapascals * (q - f) / (1.0 - f);
    }

    /// <summary>σ_θθ in the shell at r (GPa): p(f + a³/2r³)/(1 − f).</summary>
    public static double ShellHoopStressGigapascals(double pressureGigapascals, double coreRadiusMicrometres, double outerRadiusMicrometres, double radiusMicrometres)
    {
        double f = Math.Pow(coreRadiusMicrometres / outerRadiusMicrometres, 3), q = Math.Pow(coreRadiusMicrometres / radiusMicrometres, 3);
        return pressureGigapascals * (f + 0.5 * q) / (1.0 - f);
    }
}
