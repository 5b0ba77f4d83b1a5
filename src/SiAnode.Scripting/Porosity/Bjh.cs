using SiAnode.Scripting.Display;
using SiAnode.Scripting.Tabular;

namespace SiAnode.Scripting.Porosity;

/// <summary>
/// Barrett–Joyner–Halenda mesopore size distribution (JACS 73 (1951) 373; ISO 15901-2:2022 Annex), cylindrical pores.
/// The branch is walked from high to low p/p₀. In each step the liquid volume released, ΔV = (n_{k−1} − n_k)·M/(ρ_L·22 414), is
/// the film thinning by Δt on the walls of the pores emptied before, Δt·Σ c_j A_j with A_j = 2V_j/r_j and c_j = (r_j − t̄)/r_j,
/// plus the cores emptied now; a core of radius r̄_p − t_k belongs to pores of volume V_k = (ΔV − Δt·Σ c_j A_j)·[r̄_p/(r̄_p − t_k)]².
/// Pore radius r_p = r_K + t, with the Kelvin radius r_K = f·γ·V_L/(R·T·ln(p₀/p)) (f = 2, hemispherical meniscus, on desorption;
/// f = 1, cylindrical meniscus, on adsorption — the Cohan convention pyGAPS also follows) and t from <see cref="Thickness"/>.
/// A step whose corrected volume is negative contributes zero (counted in <see cref="BjhResult.NegativeStepsClipped"/>).
/// </summary>
public static class Bjh
{
    /// <summary>Computes the distribution.</summary>
    /// <param name="isotherm">The isotherm.</param>
    /// <param name="branch">Desorption (default, when the isotherm has one) or adsorption.</param>
    /// <param name="thickness">Film thickness equation (Harkins–Jura by default).</param>
    /// <param name="lowerRelativePressure">Lowest p/p₀ used (0.35: below it the N₂ desorption branch closes by cavitation, and pores under ~3 nm are outside the Kelvin model).</param>
    /// <param name="upperRelativePressure">Highest p/p₀ used (0.995).</param>
    public static BjhResult Compute(Isotherm isotherm, IsothermBranch? branch = null, ThicknessModel thickness = ThicknessModel.HarkinsJura,
        double lowerRelativePressure = 0.35, double upperRelativePressure = 0.995)
    {
        ArgumentNullException.ThrowIfNull(isotherm);
        var b = branch ?? (isotherm.HasDesorption ? IsothermBranch.Desorption : IsothermBranch.Adsorption);
        var (pAsc, nAsc) = isotherm.GetBranch(b);
        var idx = Enumerable.Range(0, pAsc.Length).Where(i => pAsc[i] >= lowerRelativePressure && pAsc[i] <= upperRelativePressure && pAsc[i] < 1).Reverse().ToArray();
        if (idx.Length < 3)
            throw new ArgumentException(FormattableString.Invariant(
                $"only {idx.Length} {b} points lie in p/p0 [{lowerRelativePressure}, {upperRelativePressure}]; BJH needs at least 3"), nameof(isotherm));
        var p = idx.Select(i => pAsc[i]).ToArray();
        double liquid = isotherm.Adsorbate.LiquidCm3PerCm3Stp;
        var v = idx.Select(i => nAsc[i] * liquid).ToArray();
        double temperature = isotherm.TemperatureKelvin ?? isotherm.Adsorbate.NormalBoilingPointKelvin;
        double meniscus = b == IsothermBranch.Desorption ? 2.0 : 1.0;
        // γ (N/m)·V_L (m³/mol)/(R T) in metres → nanometres.
        double kelvinScale = meniscus * isotherm.Adsorbate.SurfaceTensionNewtonsPerMetre * isotherm.Adsorbate.LiquidMolarVolumeCm3PerMol * 1e-6
                             / (AdsorptionConstants.GasConstant * temperature) * 1e9;
        double Rk(double x) => kelvinScale / Math.Log(1.0 / x);
        double T(double x) => Thickness.Nanometres(thickness, x);

        int steps = p.Length - 1;
        var diameter = new double[steps]; var width = new double[steps]; var dv = new double[steps];
        var area = new double[steps];
        var radii = new List<double>(); var areasCm3PerGNm = new List<double>();
        int clipped = 0;
        for (int k = 1; k < p.Length; k++)
        {
            double t0 = T(p[k - 1]), t1 = T(p[k]);
            double rp0 = Rk(p[k - 1]) + t0, rp1 = Rk(p[k]) + t1;
            double rMean = 0.5 * (rp0 + rp1), tMean = 0.5 * (t0 + t1), dt = t0 - t1;
            double film = 0;
            for (int j = 0; j < radii.Count; j++) film += dt * areasCm3PerGNm[j] * Math.Max(0.0, (radii[j] - tMean) / radii[j]);
            double core = (v[k - 1] - v[k]) - film;
            double vp = 0;
            if (core > 0 && rMean > t1) vp = core * (rMean / (rMean - t1)) * (rMean / (rMean - t1));
            else if (core < 0) clipped++;
            double a = 2.0 * vp / rMean; // cm³ g⁻¹ nm⁻¹
            radii.Add(rMean); areasCm3PerGNm.Add(a);
            diameter[k - 1] = 2 * rMean; width[k - 1] = 2 * (rp0 - rp1); dv[k - 1] = vp; area[k - 1] = a * 1e3;
        }
        // Report from small to large pores.
        Array.Reverse(diameter); Array.Reverse(width); Array.Reverse(dv); Array.Reverse(area);
        var dvdd = dv.Select((x, i) => width[i] > 0 ? x / width[i] : 0.0).ToArray();
        var cumV = new double[steps]; var cumA = new double[steps];
        for (int i = 0; i < steps; i++) { cumV[i] = dv[i] + (i > 0 ? cumV[i - 1] : 0); cumA[i] = area[i] + (i > 0 ? cumA[i - 1] : 0); }
        int peak = Array.IndexOf(dvdd, dvdd.Max());
        return new BjhResult(b, thickness, diameter, dv, dvdd, cumV, cumA, cumV[^1], cumA[^1], diameter[peak], clipped);
    }
}

/// <summary>A BJH pore size distribution, ordered from small to large pores.</summary>
/// <param name="Branch">Branch used.</param>
/// <param name="Thickness">Thickness equation used.</param>
/// <param name="PoreDiameterNanometres">Mean pore diameter of each step (nm).</param>
/// <param name="PoreVolumeCm3PerGram">Pore volume of each step (cm³/g).</param>
/// <param name="DvDdCm3PerGramPerNanometre">dV/dD (cm³ g⁻¹ nm⁻¹).</param>
/// <param name="CumulativeVolumeCm3PerGram">Cumulative pore volume from the smallest pores (cm³/g).</param>
/// <param name="CumulativeAreaSquareMetresPerGram">Cumulative wall area from the smallest pores (m²/g).</param>
/// <param name="TotalVolumeCm3PerGram">BJH cumulative pore volume (cm³/g).</param>
/// <param name="TotalAreaSquareMetresPerGram">BJH cumulative pore area (m²/g).</param>
/// <param name="PeakDiameterNanometres">Diameter at the maximum of dV/dD (nm).</param>
/// <param name="NegativeStepsClipped">Steps where the film correction exceeded the volume released, set to zero.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record BjhResult(IsothermBranch Branch, ThicknessModel Thickness,
    IReadOnlyList<double> PoreDiameterNanometres, IReadOnlyList<double> PoreVolumeCm3PerGram, IReadOnlyList<double> DvDdCm3PerGramPerNanometre,
    IReadOnlyList<double> CumulativeVolumeCm3PerGram, IReadOnlyList<double> CumulativeAreaSquareMetresPerGram,
    double TotalVolumeCm3PerGram, double TotalAreaSquareMetresPerGram, double PeakDiameterNanometres, int NegativeStepsClipped) : IHtmlRenderable
{
    /// <inheritdoc />
    public string ToHtml() => ToTable().ToHtml();

    /// <summary>The distribution as a table with units.</summary>
    public ColumnTable ToTable() => new(
    [
        TableColumn.Of("pore diameter", "nm", PoreDiameterNanometres),
        TableColumn.Of("pore volume", "cm3/g", PoreVolumeCm3PerGram),
        TableColumn.Of("dV/dD", "cm3/(g nm)", DvDdCm3PerGramPerNanometre),
        TableColumn.Of("cumulative volume", "cm3/g", CumulativeVolumeCm3PerGram),
        TableColumn.Of("cumulative area", "m2/g", CumulativeAreaSquareMetresPerGram),
    ], $"BJH ({Branch}, {Thickness})");
}
