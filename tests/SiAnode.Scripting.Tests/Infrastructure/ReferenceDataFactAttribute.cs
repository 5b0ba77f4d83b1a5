namespace SiAnode.Scripting.Tests.Infrastructure;

/// <summary>
/// A fact that reads a file under ../shared/reference-data and is skipped, with a clear message, when that file is absent
/// (a user's clone does not have shared/; the project's own self-contained tests still cover the code).
/// </summary>
public sealed class ReferenceDataFactAttribute : FactAttribute
{
    /// <param name="relativePath">Path under ../shared/reference-data, e.g. "nist-strd/Gauss1.dat".</param>
    public ReferenceDataFactAttribute(string relativePath)
    {
        if (!File.Exists(TestPaths.Reference(relativePath)) && !Directory.Exists(TestPaths.Reference(relativePath)))
            Skip = $"reference data '{relativePath}' is not present at {TestPaths.ReferenceData} (it is outside the repository; only the shared workspace has it)";
    }
}

/// <summary>A theory variant of <see cref="ReferenceDataFactAttribute"/>.</summary>
public sealed class ReferenceDataTheoryAttribute : TheoryAttribute
{
    /// <param name="relativePath">Path under ../shared/reference-data.</param>
    public ReferenceDataTheoryAttribute(string relativePath)
    {
        if (!File.Exists(TestPaths.Reference(relativePath)) && !Directory.Exists(TestPaths.Reference(relativePath)))
            Skip = $"reference data '{relativePath}' is not present at {TestPaths.ReferenceData} (it is outside the repository; only the shared workspace has it)";
    }
}
