using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Diagnostics;
using RareNewsSite.IO;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Markdown.Images;

/// <summary>
/// Checks images: a local image must exist under <c>input/assets/</c> (an error otherwise) and is rewritten to
/// its published URL; a Markdown image with empty alt text is a warning, since it may be decorative.
/// </summary>
internal sealed class ImageChecker(ISiteFileSystem files, Func<string, string> linkTo)
{
    /// <summary>
    /// Checks every image in <paramref name="document"/>, read from <paramref name="path"/>, and points each local one at
    /// its published address. Returns that address for each image in the tree's order (null where the image is left as
    /// written): what the tree became beyond its text.
    /// </summary>
    public string?[] Check(MarkdownDocument document, string path, DiagnosticBag diagnostics)
    {
        var addresses = new List<string?>();
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var span = new SourceSpan(path, image.Line + 1, image.Column + 1);
            var url = (image.Url ?? "").Trim();
            if (InlineText.Of(image).Length == 0)
            {
                diagnostics.Warning(span, DiagnosticIds.ImageWithoutAlt,
                    $"image '{url}' has no alt text; describe it in ![…]({url}) unless it is purely decorative");
            }
            var published = Check(url, path, span, diagnostics);
            if (published is not null)
            {
                image.Url = published;
                // The file it shows, for the renderer to find its sizes (responsive images).
                image.SetData(ImagePaths.SourceKey, ImagePaths.SourceOf(path, url)!);
            }
            addresses.Add(published);
        }
        return [.. addresses];
    }

    /// <summary>
    /// Points the images of <paramref name="document"/>, read from <paramref name="path"/>, at the <paramref name="addresses"/>
    /// <see cref="Check(MarkdownDocument, string, DiagnosticBag)"/> gave for the same text: the same tree, checked no more.
    /// </summary>
    public static void Point(MarkdownDocument document, string path, string?[] addresses)
    {
        var i = 0;
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            if (i < addresses.Length && addresses[i] is { } published)
            {
                image.SetData(ImagePaths.SourceKey, ImagePaths.SourceOf(path, (image.Url ?? "").Trim())!);
                image.Url = published;
            }
            i++;
        }
    }

    /// <summary>Checks one image value; returns its published URL, or null when it is external or missing.</summary>
    public string? Check(string url, string fromFile, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (url.Length == 0 || ImagePaths.IsExternal(url))
        {
            return null;
        }
        var source = ImagePaths.SourceOf(fromFile, url);
        if (source is null || !files.FileExists(source))
        {
            diagnostics.Error(span, DiagnosticIds.MissingImage, SimilarImage(url, source) is { } similar
                ? $"image '{url}' does not exist; did you mean '{similar}'?"
                : $"image '{url}' does not exist; put it in {ImagePaths.Folder}/ and link it as /assets/<name>");
            return null;
        }
        if (!source.StartsWith(ImagePaths.Folder + "/", StringComparison.Ordinal))
        {
            diagnostics.Error(span, DiagnosticIds.MissingImage,
                $"image '{url}' is not published: only files under {ImagePaths.Folder}/ are; move it there");
            return null;
        }
        return linkTo(ImagePaths.SitePathOf(source));
    }

    /// <summary>
    /// The published image closest to a missing one ("scan.png" for "scan.pgn"), written as the editor wrote theirs
    /// when it is in the same folder (only the file name changes), else as its site path. Asked only when one is missing.
    /// </summary>
    private string? SimilarImage(string url, string? source)
    {
        var prefix = ImagePaths.Folder + "/";
        var wanted = source is not null && source.StartsWith(prefix, StringComparison.Ordinal) ? source[prefix.Length..] : url.Split('/')[^1];
        var names = files.ListFiles(ImagePaths.Folder, "").Select(p => p[prefix.Length..]);
        if (Content.Suggestions.Closest(wanted, names) is not { } best)
        {
            return null;
        }
        static string FolderOf(string path) => path[..(path.LastIndexOf('/') + 1)];
        return source is not null && FolderOf(wanted) == FolderOf(best)
            ? FolderOf(url) + best[FolderOf(best).Length..]
            : "/assets/" + best;
    }
}
