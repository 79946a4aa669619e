using System.Collections.Concurrent;

namespace RareNewsSite.IO;

/// <summary>
/// Writes a build into a folder on disk. The folder is expected to be new (a staging folder), so each file is
/// created rather than truncated; writes may come from many threads at once.
/// </summary>
public sealed class PhysicalOutputFolder(string folder) : IOutputFolder
{
    // Folders known to exist, so a folder is made once rather than looked up again for each file written into it.
    private readonly ConcurrentDictionary<string, byte> _madeFolders = new(StringComparer.Ordinal);

    /// <summary>The absolute folder written to.</summary>
    public string Folder { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    /// <inheritdoc />
    /// <exception cref="IOException">The write failed; a full disk or quota is an <c>OutputFullException</c> naming <paramref name="path"/>.</exception>
    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = Path.GetFullPath(Path.Combine(Folder, path));
        // Destinations come from slugs; refuse anything that would escape the folder.
        if (!full.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: '{path}'.");
        }
        try
        {
            MakeFolder(Path.GetDirectoryName(full)!);
            using var handle = OpenNew(full);
            RandomAccess.Write(handle, content, fileOffset: 0);
        }
        catch (IOException error) when (OutputFullException.IsFull(error))
        {
            throw new OutputFullException(path.Replace('\\', '/'), error);
        }
    }

    private void MakeFolder(string folder)
    {
        // Remembered only once it exists, so a thread that finds it here never writes into a folder still being made;
        // two threads racing to make the same one is harmless, CreateDirectory accepts an existing folder.
        if (!_madeFolders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _madeFolders.TryAdd(folder, 0);
        }
    }

    private static Microsoft.Win32.SafeHandles.SafeFileHandle OpenNew(string file)
    {
        try
        {
            // CreateNew skips the truncate that Create costs on every file of a fresh folder.
            return File.OpenHandle(file, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(file))
        {
            // The same path written twice (or a folder that was not new): replace it, as before.
            return File.OpenHandle(file, FileMode.Create, FileAccess.Write);
        }
    }
}
