namespace RareNewsSite.IO;

/// <summary>Where a build writes; paths are relative to the output folder with forward slashes.</summary>
public interface IOutputFolder
{
    /// <summary>Writes one file, creating folders as needed.</summary>
    void Write(string path, ReadOnlySpan<byte> content);

    /// <summary>Writes a file from an array the caller will not change again (an in-memory folder keeps it as it is).</summary>
    void Write(string path, byte[] content) => Write(path, content.AsSpan());

    /// <summary>
    /// Puts in place the file the last build wrote at <paramref name="path"/>, when it still has bytes that hash as
    /// <paramref name="hash"/> (<paramref name="length"/> long); false when it cannot, and the caller writes the file.
    /// </summary>
    bool Keep(string path, UInt128 hash, long length) => false;
}
