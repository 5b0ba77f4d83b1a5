using System.Diagnostics;

namespace SiAnode.Scripting.Cli.Reproduce;

/// <summary>Debian's headless Chromium, used to turn a self-contained figure page into a PNG where it is installed.</summary>
internal static class Chromium
{
    /// <summary>The browser, from CHROMIUM_PATH or the usual Debian locations; null when none is installed.</summary>
    public static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        return candidates.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
    }

    /// <summary>Flags for a closed network and root (analysis of this workplace's Chromium: no sandbox as root, no background networking).</summary>
    public static readonly string[] HeadlessFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
    ];

    /// <summary>Screenshots <paramref name="htmlPath"/> into <paramref name="pngPath"/>; returns false (and why) on failure.</summary>
    public static async Task<(bool Ok, string Message)> ScreenshotAsync(string chromium, string htmlPath, string pngPath, int width, int height, CancellationToken ct)
    {
        string profile = Path.Combine(Path.GetTempPath(), "sianode-chromium-" + Guid.NewGuid().ToString("N")[..8]);
        var psi = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var f in HeadlessFlags) psi.ArgumentList.Add(f);
        psi.ArgumentList.Add($"--user-data-dir={profile}");
        psi.ArgumentList.Add($"--window-size={width},{height}");
        psi.ArgumentList.Add("--virtual-time-budget=10000");
        psi.ArgumentList.Add($"--screenshot={Path.GetFullPath(pngPath)}");
        psi.ArgumentList.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
        try
        {
            using var proc = Process.Start(psi)!;
            var stderr = proc.StandardError.ReadToEndAsync(ct);
            _ = proc.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            try { await proc.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { proc.Kill(true); return (false, "chromium did not finish within 60 s"); }
            return File.Exists(pngPath) ? (true, "") : (false, $"chromium exited with {proc.ExitCode}: {(await stderr).Trim().Split('\n').LastOrDefault()}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, e.Message);
        }
        finally
        {
            try { Directory.Delete(profile, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
