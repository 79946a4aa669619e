namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>
/// Where the system Chromium is. We drive Debian's package rather than Playwright's download, because the
/// build machines have no access to Playwright's browser CDN.
/// </summary>
internal static class Chromium
{
    private const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The executable: <c>CHROMIUM_PATH</c> when set, otherwise Debian's location.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>True when the executable exists.</summary>
    public static bool IsAvailable => File.Exists(ExecutablePath);

    /// <summary>Under CI a missing browser is a failure, never a skip, so a broken image cannot pass silently.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>What to do about a missing browser.</summary>
    public static string MissingMessage =>
        $"Chromium was not found at '{ExecutablePath}'. Install it with 'sudo apt-get install -y chromium' or set CHROMIUM_PATH.";

    /// <summary>
    /// Why a test that needs Chromium and some npm tools cannot run here, or null: never a reason under CI, where it runs
    /// and fails instead; otherwise the browser's install command first, then the tools'.
    /// </summary>
    public static string? SkipReason(bool toolsAvailable, string toolsMissingMessage) =>
        IsCi ? null : !IsAvailable ? MissingMessage : !toolsAvailable ? toolsMissingMessage : null;

    /// <summary>Flags that keep a headless run quiet, offline and reproducible.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];
}
