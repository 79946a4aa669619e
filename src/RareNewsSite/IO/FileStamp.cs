namespace RareNewsSite.IO;

/// <summary>
/// A file's length and last-write time (UTC ticks): what rsync's quick check and make compare, to tell a file that has
/// not changed without reading it.
/// </summary>
/// <param name="Length">The file's length in bytes.</param>
/// <param name="LastWriteTicks">The file's last-write time, as UTC ticks.</param>
public readonly record struct FileStamp(long Length, long LastWriteTicks);
