namespace RareNewsSite.IO;

/// <summary>
/// A write into an output folder failed because the disk, or the user's quota on it, is full: the one I/O failure
/// a user can fix without a bug report, so a build turns it into a diagnostic naming the file.
/// </summary>
internal sealed class OutputFullException : IOException
{
    // errno values as the runtime puts them in IOException.HResult on Linux, and the Windows HRESULTs.
    private const int NoSpace = 28;                          // ENOSPC (the same number on macOS)
    private const int QuotaExceeded = 122;                   // EDQUOT on Linux
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    public OutputFullException(string path, IOException cause)
        : base($"{(IsQuota(cause) ? "Disk quota exceeded" : "No space left on device")} while writing '{path}'.", cause)
    {
        Path = path;
        Quota = IsQuota(cause);
        HResult = cause.HResult;
    }

    /// <summary>The file being written, relative to the output folder, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>True when a quota ran out rather than the disk itself.</summary>
    public bool Quota { get; }

    /// <summary>True when <paramref name="error"/> says the disk or the quota is full.</summary>
    public static bool IsFull(IOException error) =>
        error.HResult is NoSpace or WindowsDiskFull or WindowsHandleDiskFull || IsQuota(error);

    private static bool IsQuota(IOException error) => OperatingSystem.IsLinux() && error.HResult == QuotaExceeded;
}
