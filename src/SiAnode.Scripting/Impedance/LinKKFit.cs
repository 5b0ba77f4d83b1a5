namespace SiAnode.Scripting.Impedance;

/// <summary>Which part of the spectrum the Lin-KK linear fit uses (Schönleber et al. 2014, §2).</summary>
public enum LinKKFit
{
    /// <summary>Fit the real part; inductance (and capacitance) follow from the imaginary residual.</summary>
    Real,

    /// <summary>Fit the imaginary part; the series resistance follows from the real residual.</summary>
    Imaginary,

    /// <summary>Fit real and imaginary parts together.</summary>
    Complex,
}
