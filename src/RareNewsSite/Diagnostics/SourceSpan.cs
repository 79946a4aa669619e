namespace RareNewsSite.Diagnostics;

/// <summary>A 1-based position in a file, the path relative to the site root with forward slashes.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>A position that names only a file.</summary>
    public static SourceSpan File(string path) => new(path, 1, 1);

    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
