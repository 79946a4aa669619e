using System.Diagnostics;
using Xunit;

namespace RareNewsSite.Tests.Infrastructure;

/// <summary>
/// Runs a shell script in its own user and mount namespace (<c>unshare --user --map-root-user --mount</c>), where it
/// may mount a small tmpfs that fills up for real, seen by no other process and gone when the script ends.
/// </summary>
public static class PrivateMount
{
    private static readonly Lazy<string?> Problem = new(Probe);

    /// <summary>Why private mounts do not work here, or null when they do.</summary>
    public static string? MissingMessage => Problem.Value;

    /// <summary>Under CI a missing prerequisite is a failure, never a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Starts <c>sh -c SCRIPT sh ARGS</c> in a private mount namespace; <c>$1</c>... are the arguments.</summary>
    public static Process Start(string script, params string[] args) =>
        CliProcess.Start("unshare", ["--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", .. args]);

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "needs Linux mount namespaces";
        }
        var folder = Directory.CreateTempSubdirectory("rns-mount-probe-").FullName;
        try
        {
            using var probe = Start("mount -t tmpfs -o size=64k rns-probe \"$1\"", folder);
            var error = probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            return probe.ExitCode == 0 ? null : $"cannot mount a private tmpfs (unshare --user --mount: {error.Trim()}); enable unprivileged user namespaces or run as root";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"'unshare' did not start ({e.Message}); install util-linux";
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
