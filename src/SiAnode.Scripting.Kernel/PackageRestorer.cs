using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SiAnode.Scripting.Kernel;

/// <summary>A restored package: its folder and its runtime assemblies for net10.0.</summary>
internal sealed record RestoredPackage(string Name, string Version, string Folder, IReadOnlyList<string> RuntimeAssemblies);

/// <summary>
/// Restores <c>#r "nuget: ..."</c> packages the way the .NET Interactive kernel does: it writes a throw-away project with the
/// package references, runs <c>dotnet restore</c> against the configured NuGet sources plus the <c>#i</c> sources, and reads
/// <c>obj/project.assets.json</c> for the runtime assemblies of net10.0.
/// </summary>
/// <param name="cacheDirectory">Where restore projects and the private packages folder live (never inside a repository:
/// the project must not inherit a Directory.Build.props).</param>
internal sealed class PackageRestorer(string cacheDirectory)
{
    public string CacheDirectory { get; } = cacheDirectory;

    public string PackagesFolder => Path.Combine(CacheDirectory, "packages");

    public static string DefaultCacheDirectory()
        => Environment.GetEnvironmentVariable("SIANODE_KERNEL_CACHE") is { Length: > 0 } c
            ? Path.GetFullPath(c)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "sianode", "kernel");

    public IReadOnlyList<RestoredPackage> Restore(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources)
    {
        string key = string.Join("|", packages.Select(p => $"{p.Name}@{p.Version}")) + "#" + string.Join("|", sources);
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16].ToLowerInvariant();
        string dir = Path.Combine(CacheDirectory, "restore", hash);
        Directory.CreateDirectory(dir);
        // Empty build files stop MSBuild from importing any Directory.Build.* found above the cache folder.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />\n");
        var project = new StringBuilder();
        project.Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n");
        project.Append("    <RestorePackagesPath>").Append(Xml(PackagesFolder)).Append("</RestorePackagesPath>\n");
        if (sources.Count > 0)
            project.Append("    <RestoreAdditionalProjectSources>").Append(Xml(string.Join(";", sources))).Append("</RestoreAdditionalProjectSources>\n");
        project.Append("    <NoWarn>NU1603;NU1701;NU1608</NoWarn>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n  <ItemGroup>\n");
        foreach (var p in packages)
            project.Append("    <PackageReference Include=\"").Append(Xml(p.Name)).Append("\" Version=\"").Append(Xml(p.Version ?? "*")).Append("\" />\n");
        project.Append("  </ItemGroup>\n</Project>\n");
        string csproj = Path.Combine(dir, "restore.csproj");
        File.WriteAllText(csproj, project.ToString());

        var psi = new ProcessStartInfo(DotnetHost(), ["restore", csproj, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dir,
        };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var proc = Process.Start(psi) ?? throw new InvalidOperationException("could not start 'dotnet restore'");
        var stdout = proc.StandardOutput.ReadToEndAsync();
        var stderr = proc.StandardError.ReadToEndAsync();
        proc.WaitForExit();
        if (proc.ExitCode != 0)
            throw new PackageRestoreException(
                $"restoring {string.Join(", ", packages.Select(p => p.Name + (p.Version is null ? "" : " " + p.Version)))} failed" +
                (sources.Count > 0 ? $" (extra sources: {string.Join(", ", sources)})" : "") + ":\n" +
                string.Join("\n", (stdout.Result + stderr.Result).Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(10)));
        return ReadAssets(Path.Combine(dir, "obj", "project.assets.json"));
    }

    internal static IReadOnlyList<RestoredPackage> ReadAssets(string assetsPath)
    {
        var root = JsonNode.Parse(File.ReadAllText(assetsPath))!.AsObject();
        var folders = root["packageFolders"]!.AsObject().Select(kv => kv.Key).ToList();
        var libraries = root["libraries"]!.AsObject();
        var target = root["targets"]!.AsObject().First(kv => !kv.Key.Contains('/')).Value!.AsObject();
        var result = new List<RestoredPackage>();
        foreach (var (key, node) in target)
        {
            if (node?["type"]?.GetValue<string>() != "package") continue;
            var lib = libraries[key]?.AsObject();
            string rel = lib?["path"]?.GetValue<string>() ?? key.ToLowerInvariant();
            string folder = folders.Select(f => Path.Combine(f, rel)).FirstOrDefault(Directory.Exists) ?? Path.Combine(folders[0], rel);
            var runtime = (node["runtime"] as JsonObject)?.Select(kv => kv.Key)
                .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .Select(p => Path.GetFullPath(Path.Combine(folder, p))).ToList() ?? [];
            var parts = key.Split('/');
            result.Add(new RestoredPackage(parts[0], parts.Length > 1 ? parts[1] : "", folder, runtime));
        }
        return result;
    }

    private static string DotnetHost()
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";

    private static string Xml(string s) => System.Security.SecurityElement.Escape(s) ?? s;
}

/// <summary>A <c>#r "nuget: ..."</c> could not be restored.</summary>
internal sealed class PackageRestoreException(string message) : Exception(message);
