using System.Runtime.InteropServices;
using System.Text;

namespace RareNewsSite.IO;

/// <summary>
/// Swaps two directories in one step with Linux's <c>renameat2(RENAME_EXCHANGE)</c>, so neither name is ever
/// missing: a reader (or a crash) sees the old tree or the new one under each name, never neither.
/// </summary>
internal static class DirectoryExchange
{
    private const int AtCurrentDirectory = -100; // AT_FDCWD: relative paths resolve against the working folder
    private const uint RenameExchange = 2;       // RENAME_EXCHANGE in <linux/fs.h>
    private const int NoSuchSystemCall = 38;     // ENOSYS: a kernel before 3.15, or a seccomp filter refusing it
    private const int InvalidArgument = 22;      // EINVAL: a file system that cannot exchange (some FUSE and network ones)

    /// <summary>
    /// Exchanges <paramref name="first"/> and <paramref name="second"/>, which must both exist. False when this
    /// system cannot exchange atomically (not Linux, a C library or kernel without renameat2, or a file system
    /// without RENAME_EXCHANGE), so the caller falls back to two renames; throws for any other failure.
    /// </summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        int result;
        try
        {
            result = RenameAt2(AtCurrentDirectory, NativePath(first), AtCurrentDirectory, NativePath(second), RenameExchange);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library without the renameat2 wrapper (glibc before 2.28, older musl)
        }
        if (result == 0)
        {
            return true;
        }
        var errno = Marshal.GetLastPInvokeError();
        if (errno is NoSuchSystemCall or InvalidArgument)
        {
            return false;
        }
        // The HResult carries errno, as the runtime's own IOExceptions do on Unix.
        throw new IOException($"Cannot exchange '{first}' and '{second}': {Marshal.GetPInvokeErrorMessage(errno)}", errno);
    }

    // Paths go as NUL-terminated UTF-8 bytes, as the kernel takes them, rather than through string marshalling.
    private static byte[] NativePath(string path) => Encoding.UTF8.GetBytes(path + '\0');

    // "libc" is mapped to the platform's C library (libc.so.6 on glibc) by the runtime's native loader.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(
        int oldDirectory, byte[] oldPath, int newDirectory, byte[] newPath, uint flags);
}
