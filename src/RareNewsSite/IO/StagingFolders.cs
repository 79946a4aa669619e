using System.Diagnostics;
using System.Globalization;

namespace RareNewsSite.IO;

/// <summary>
/// The folders a build keeps next to its output: <c>&lt;name&gt;.building-&lt;pid&gt;</c> while it writes (and, after
/// the swap, holding the previous build until it is deleted), and <c>&lt;name&gt;.old-&lt;pid&gt;</c> for the previous
/// build during a swap without an atomic exchange. The process id in the name says whose they are, so the next
/// build can tell what a killed build left from what a build still running is writing.
/// </summary>
internal static class StagingFolders
{
    private const string Building = ".building-";
    private const string Old = ".old-";

    // Symbolic links are deleted as links; their targets are never listed or deleted.
    private static readonly EnumerationOptions NoLinks = new() { AttributesToSkip = FileAttributes.ReparsePoint };

    /// <summary>Where the build of process <paramref name="pid"/> writes before the swap.</summary>
    public static string BuildingFolder(string target, int pid) => target + Building + pid.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Where the build before the current one is kept, for the next build to write over: replacing the files of a
    /// folder costs the file system a fraction of creating as many new files and deleting the old ones.
    /// </summary>
    public static string PreviousFolder(string target) => target + ".previous";

    /// <summary>Moves the kept previous build to <paramref name="staging"/>; false when there is none (or another build took it).</summary>
    public static bool TakePrevious(string target, string staging) => Directory.Exists(PreviousFolder(target)) && TryMove(PreviousFolder(target), staging);

    /// <summary>Keeps <paramref name="staging"/> as the previous build for the next one, or deletes it when one is kept already.</summary>
    public static void KeepAsPrevious(string target, string staging)
    {
        if (!Directory.Exists(staging))
        {
            return;
        }
        if (Directory.Exists(PreviousFolder(target)) || !TryMove(staging, PreviousFolder(target)))
        {
            DeleteQuietly(staging);
        }
    }

    /// <summary>Where the previous build waits for deletion during a swap by two renames.</summary>
    public static string OldFolder(string target, int pid) => target + Old + pid.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Deletes the staging folders of <paramref name="target"/> whose process is gone, and this process's own
    /// (a dead process had its id before). An old build stranded by a crash in the middle of a two-rename swap is
    /// moved back when the output folder is missing. Best effort: a folder that cannot be deleted now is tried again
    /// by the next build, and another build deleting the same folder at the same moment is no error.
    /// </summary>
    public static void RemoveStale(string target)
    {
        var name = Path.GetFileName(target);
        foreach (var folder in Siblings(target))
        {
            if (OwnerOf(name, Path.GetFileName(folder)) is not var (pid, isOld)
                || (pid != Environment.ProcessId && IsRunning(pid)))
            {
                continue;
            }
            if (isOld && !Directory.Exists(target) && TryMove(folder, target))
            {
                continue;
            }
            DeleteQuietly(folder);
        }
    }

    private static List<string> Siblings(string target)
    {
        if (Path.GetDirectoryName(target) is not { } parent)
        {
            return []; // the file system's root: nothing can sit next to it
        }
        try
        {
            return [.. Directory.EnumerateDirectories(parent)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // no parent folder yet (the first build makes it), or one this user cannot list
        }
    }

    /// <summary>Deletes a folder if it is there, tolerating one that vanishes or resists meanwhile.</summary>
    public static void DeleteQuietly(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            if (info.LinkTarget is not null)
            {
                info.Delete(); // a link is removed, never followed: what it points at is not ours
                return;
            }
            // Deleting a build one entry at a time takes most of a second for a thousand articles on a busy disk, and
            // the time goes waiting on the file system, not the CPU: subtrees deleted in parallel finish several times sooner.
            var subtrees = Directory.EnumerateDirectories(folder, "*", NoLinks).SelectMany(child => Directory.EnumerateDirectories(child, "*", NoLinks)).ToList();
            Parallel.ForEach(subtrees, DeleteTree);
            DeleteTree(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not there (DirectoryNotFoundException), or not ours to list: the next build tries again.
        }
    }

    private static void DeleteTree(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone already, deleted by a concurrent build, or not ours to delete: none of these makes this build
            // wrong, and the next build tries again.
        }
    }

    /// <summary>The process id in <c>name.building-pid</c> or <c>name.old-pid</c>, and which of the two it is.</summary>
    internal static (int Pid, bool IsOld)? OwnerOf(string name, string sibling)
    {
        if (!sibling.StartsWith(name, StringComparison.Ordinal))
        {
            return null;
        }
        var rest = sibling.AsSpan(name.Length);
        var isOld = rest.StartsWith(Old, StringComparison.Ordinal);
        if (!isOld && !rest.StartsWith(Building, StringComparison.Ordinal))
        {
            return null;
        }
        var digits = rest[(isOld ? Old : Building).Length..];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? (pid, isOld) : null;
    }

    // A reused process id keeps a dead build's folder until that process ends too: safe, only later. Builds in another
    // pid namespace (another container) sharing the folder are not seen as running; do not build into one output from two.
    internal static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
