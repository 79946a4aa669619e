using RareNewsSite.Markdown.Links;

namespace RareNewsSite.Markdown.Images;

/// <summary>
/// Where images live: files under <c>input/assets/</c> are published at <c>/assets/…</c>. An editor writes
/// either a path relative to the Markdown file (<c>../assets/scan.png</c>) or a site path (<c>/assets/scan.png</c>).
/// </summary>
internal static class ImagePaths
{
    /// <summary>The folder whose files are published.</summary>
    public const string Folder = "input/assets";

    /// <summary>The key under which a checked Markdown image holds the file it shows (<c>input/assets/…</c>).</summary>
    public static readonly object SourceKey = new();

    /// <summary>The file under <see cref="Folder"/> an image value names, or null when it is external, missing from it or outside it.</summary>
    public static string? PublishedSourceOf(string? value, string fromFile)
    {
        if (string.IsNullOrWhiteSpace(value) || IsExternal(value.Trim()))
        {
            return null;
        }
        var source = SourceOf(fromFile, value.Trim());
        return source is not null && source.StartsWith(Folder + "/", StringComparison.Ordinal) ? source : null;
    }

    /// <summary>True for URLs that point off the site (<c>https://…</c>, <c>//host/…</c>), which are not checked.</summary>
    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) ||
        url.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && url.IndexOf('/', StringComparison.Ordinal) is var slash && (slash < 0 || colon < slash);

    /// <summary>The source file an image URL written in <paramref name="fromFile"/> names, or null if it leaves the site.</summary>
    public static string? SourceOf(string fromFile, string url)
    {
        var path = Uri.UnescapeDataString(url.Split('#', '?')[0]);
        return path.StartsWith('/')
            ? LinkResolver.Combine("input/", path.TrimStart('/'))
            : LinkResolver.Combine(fromFile, path);
    }

    /// <summary>The site path a source file under <see cref="Folder"/> is published at.</summary>
    public static string SitePathOf(string source) => source["input".Length..];

    /// <summary>The URL to print for an image value: external and unknown values unchanged, published files through <paramref name="linkTo"/>.</summary>
    public static string? UrlFor(string? value, string fromFile, Func<string, string> linkTo)
    {
        if (string.IsNullOrWhiteSpace(value) || IsExternal(value.Trim()))
        {
            return value;
        }
        var source = SourceOf(fromFile, value.Trim());
        return source is not null && source.StartsWith(Folder + "/", StringComparison.Ordinal) ? linkTo(SitePathOf(source)) : value;
    }
}
