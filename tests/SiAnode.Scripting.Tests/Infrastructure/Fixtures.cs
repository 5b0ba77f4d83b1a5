namespace SiAnode.Scripting.Tests.Infrastructure;

/// <summary>Files under tests/fixtures (copied public files with their SOURCES.md; always present).</summary>
public static class Fixtures
{
    /// <summary>tests/fixtures in the repository.</summary>
    public static string Root => System.IO.Path.Combine(TestPaths.RepoRoot, "tests", "fixtures");

    /// <summary>A fixture file.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);
}
