namespace RareNewsSite.IO;

/// <summary>Puts a finished build in the output folder's place, with no moment where the output folder is missing.</summary>
internal static class OutputSwap
{
    /// <summary>
    /// Moves <paramref name="staging"/> to <paramref name="target"/>. Afterwards <paramref name="staging"/> holds the
    /// previous build if the exchange swapped one out, for the caller to delete.
    /// </summary>
    public static void Replace(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            try
            {
                Directory.Move(staging, target);
                return;
            }
            catch (IOException) when (Directory.Exists(target))
            {
                // Another build put its output there first: exchange with it below.
            }
        }
        if (DirectoryExchange.TryExchange(staging, target))
        {
            return;
        }
        // No atomic exchange here (not Linux, an old kernel or C library, or a file system without RENAME_EXCHANGE):
        // two renames, as builds did before. A crash between them leaves no output folder but the previous build in
        // <name>.old-<pid>, which the next build moves back (StagingFolders.RemoveStale) before it does anything else.
        var old = StagingFolders.OldFolder(target, Environment.ProcessId);
        StagingFolders.DeleteQuietly(old);
        Directory.Move(target, old);
        Directory.Move(staging, target);
        StagingFolders.DeleteQuietly(old);
    }
}
