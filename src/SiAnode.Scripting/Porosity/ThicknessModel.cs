namespace SiAnode.Scripting.Porosity;

/// <summary>Statistical thickness t(p/p₀) of an adsorbed N₂ film on a non-porous reference surface.</summary>
public enum ThicknessModel
{
    /// <summary>Harkins–Jura (JACS 66 (1944) 1366): t = [13.99/(0.034 − log₁₀(p/p₀))]^½ Å; valid for p/p₀ ≈ 0.1–0.8.</summary>
    HarkinsJura,

    /// <summary>Halsey (J. Chem. Phys. 16 (1948) 931): t = 3.54·[5/ln(p₀/p)]^⅓ Å, 3.54 Å being one N₂ layer.</summary>
    Halsey,
}

/// <summary>The thickness equations of <see cref="ThicknessModel"/>.</summary>
public static class Thickness
{
    /// <summary>t in nanometres at <paramref name="relativePressure"/> (0 &lt; p/p₀ &lt; 1).</summary>
    public static double Nanometres(ThicknessModel model, double relativePressure)
    {
        if (!(relativePressure > 0 && relativePressure < 1))
            throw new ArgumentOutOfRangeException(nameof(relativePressure), relativePressure, "must be between 0 and 1 (exclusive)");
        return model switch
        {
            ThicknessModel.HarkinsJura => 0.1 * Math.Sqrt(13.99 / (0.034 - Math.Log10(relativePressure))),
            ThicknessModel.Halsey => 0.354 * Math.Cbrt(5.0 / Math.Log(1.0 / relativePressure)),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model, "unknown thickness model"),
        };
    }
}
