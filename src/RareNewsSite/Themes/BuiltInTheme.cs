using System.Collections.Frozen;

namespace RareNewsSite.Themes;

/// <summary>
/// The default theme carried inside the engine's assembly: the repository's <c>theme/</c> folder (layouts, partials,
/// assets), embedded when the engine is compiled, by site-relative path such as <c>theme/layouts/article.sbn-html</c>.
/// </summary>
public static class BuiltInTheme
{
    /// <summary>How diagnostics name a built-in file: this prefix, then its path (<c>[built-in]/theme/layouts/base.sbn-html</c>).</summary>
    public const string ShownPrefix = "[built-in]/";

    private static readonly Lazy<FrozenDictionary<string, byte[]>> LazyFiles = new(Load);

    /// <summary>Every built-in file by site-relative path.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files => LazyFiles.Value;

    /// <summary>The built-in files' paths, sorted ordinally.</summary>
    public static IReadOnlyList<string> Paths { get; } = [.. LazyFiles.Value.Keys.Order(StringComparer.Ordinal)];

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(BuiltInTheme).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild's RecursiveDir uses the separator of the machine that compiled the engine.
            var path = name.Replace('\\', '/');
            if (!path.StartsWith("theme/", StringComparison.Ordinal))
            {
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            files[path] = bytes.ToArray();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
