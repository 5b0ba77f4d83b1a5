namespace SiAnode.Scripting.Mechanics.Fem;

/// <summary>Preconditioner of <see cref="ConjugateGradient"/>.</summary>
public enum PreconditionerKind
{
    /// <summary>Zero-fill incomplete Cholesky, <see cref="IncompleteCholesky"/>.</summary>
    IncompleteCholesky,

    /// <summary>Diagonal (Jacobi) scaling.</summary>
    Jacobi,

    /// <summary>One V-cycle of <see cref="SmoothedAggregationMultigrid"/>.</summary>
    SmoothedAggregation,
}
