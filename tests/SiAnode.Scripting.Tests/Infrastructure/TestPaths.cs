namespace SiAnode.Scripting.Tests.Infrastructure;

/// <summary>Locations the tests read: the repository root, its data/ and notebooks/, and ../shared/reference-data.</summary>
public static class TestPaths
{
    /// <summary>The folder holding SiAnode.Scripting.sln, found upwards from the test assembly.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>data/ of the repository.</summary>
    public static string Data => Path.Combine(RepoRoot, "data");

    /// <summary>notebooks/ of the repository.</summary>
    public static string Notebooks => Path.Combine(RepoRoot, "notebooks");

    /// <summary>../shared/reference-data beside the repository (absent from a user's clone).</summary>
    public static string ReferenceData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "reference-data"));

    /// <summary>../shared/paper beside the repository.</summary>
    public static string SharedPaper => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "paper"));

    /// <summary>A file or folder under ../shared/reference-data.</summary>
    public static string Reference(string relative) => Path.Combine(ReferenceData, relative);

    /// <summary>The build configuration of the running tests (Debug or Release), read from the assembly path.</summary>
    public static string Configuration => AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiAnode.Scripting.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("SiAnode.Scripting.sln not found above " + AppContext.BaseDirectory);
    }
}
