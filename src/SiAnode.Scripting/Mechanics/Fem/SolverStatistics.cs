namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>What a <see cref="ConjugateGradient"/> solve did.</summary>
/// <param name="Unknowns">Order of the system (constrained unknowns included as identity rows).</param>
/// <param name="NonZeros">Stored matrix entries.</param>
/// <param name="Iterations">CG iterations.</param>
/// <param name="RelativeResidual">Final ‖b − Ax‖/‖b‖.</param>
/// <param name="SetupSeconds">Preconditioner construction time (s).</param>
/// <param name="IterationSeconds">Time in the CG iterations (s).</param>
/// <param name="PreconditionerShift">Diagonal shift α the IC(0) needed (0 normally).</param>
public sealed record SolverStatistics(int Unknowns, int NonZeros, int Iterations, double RelativeResidual,
    double SetupSeconds, double IterationSeconds, double PreconditionerShift);
