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
}
