namespace RareNewsSite.IO;

/// <summary>Writes a build into a folder on disk.</summary>
public sealed class PhysicalOutputFolder(string folder) : IOutputFolder
{
    /// <summary>The absolute folder written to.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = Path.GetFullPath(Path.Combine(Folder, path));
        // Destinations come from slugs; refuse anything that would escape the folder.
        if (!full.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: '{path}'.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content.ToArray());
    }
}
