namespace RareNewsSite.IO;

/// <summary>
/// The site root as the engine reads it (<c>statiq.json</c>, <c>input/</c>, <c>theme/</c>). Paths are relative
/// to the root with forward slashes. Physical for the CLI, in memory for tests.
/// </summary>
public interface ISiteFileSystem
{
    /// <summary>True if the file exists.</summary>
    bool FileExists(string path);

    /// <summary>Reads a whole file.</summary>
    byte[] ReadAllBytes(string path);

    /// <summary>Every file below a folder (recursively) whose name ends with the suffix, sorted ordinally.</summary>
    IReadOnlyList<string> ListFiles(string folder, string suffix);

    /// <summary>
    /// How diagnostics name the file at <paramref name="path"/>: the path itself, unless the file comes from somewhere
    /// else than the site folder (the built-in theme names its files <c>[built-in]/theme/…</c>).
    /// </summary>
    string ShownPath(string path) => path;

    /// <summary>
    /// The length and last-write time of the file at <paramref name="path"/>, or null when there is no such file or the
    /// file system cannot tell them reliably (then the file is always read).
    /// </summary>
    FileStamp? Stamp(string path) => null;
}
