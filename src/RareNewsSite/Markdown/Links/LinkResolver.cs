using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Markdown.Links;

/// <summary>
/// Rewrites links to other Markdown files (<c>other.md#section</c>, as editors write them in their editor)
/// into page URLs, and reports links to missing files or anchors. Refuses script and data URLs.
/// </summary>
/// <param name="targetOf">The link target read from a source path, or null when no article or page comes from there.</param>
/// <param name="linkTo">The link to a site path.</param>
internal sealed class LinkResolver(Func<string, LinkTarget?> targetOf, Func<string, string> linkTo)
{
    private static readonly string[] ForbiddenSchemes = ["javascript:", "data:", "vbscript:"];

    /// <summary>
    /// Resolves every link in <paramref name="document"/>, which was read from <paramref name="sourcePath"/>, and reports
    /// broken ones. The tree is left as parsed: the result says what each written address becomes.
    /// </summary>
    public ResolvedLinks Resolve(MarkdownDocument document, string sourcePath, DiagnosticBag diagnostics)
    {
        var links = LinksOf(document, sourcePath);
        if (links.Count == 0)
        {
            return ResolvedLinks.None;
        }
        var resolved = new List<ResolvedLink>();
        var own = targetOf(sourcePath) is { } self ? self.Anchors : [];
        foreach (var written in links)
        {
            var link = written.Link;
            var span = new SourceSpan(sourcePath, link.Line + 1, link.Column + 1);
            switch (written.Kind)
            {
                case LinkKind.Forbidden:
                    diagnostics.Error(span, DiagnosticIds.ForbiddenUrl, $"link target \"{Shorten(written.Url.Trim())}\" is not allowed; use an https:// address");
                    resolved.Add(new ResolvedLink(written.Url, "#"));
                    continue;
                case LinkKind.OwnAnchor:
                    if (!own.Contains(written.Anchor))
                    {
                        diagnostics.Error(span, DiagnosticIds.BrokenAnchor, $"no heading with id '{written.Anchor}' in this file");
                    }
                    continue;
            }
            var (path, anchor) = (written.Path, written.Anchor);
            if (written.Resolved is null || targetOf(written.Resolved) is not { } target)
            {
                diagnostics.Error(span, DiagnosticIds.BrokenLink, $"link target '{path}' is not an article or page of this site");
                continue;
            }
            if (!target.Published)
            {
                diagnostics.Error(span, DiagnosticIds.BrokenLink, $"link target '{path}' is a draft or scheduled article and is not published in this build");
                continue;
            }
            if (anchor.Length > 0 && !target.Anchors.Contains(anchor))
            {
                diagnostics.Error(span, DiagnosticIds.BrokenAnchor, $"no heading with id '{anchor}' in '{path}'");
                continue;
            }
            resolved.Add(new ResolvedLink(written.Url, linkTo(target.UrlPath) + (anchor.Length > 0 ? "#" + anchor : "")));
        }
        return resolved.Count == 0 ? ResolvedLinks.None : new ResolvedLinks([.. resolved]);
    }

    /// <summary>
    /// The links that need resolving: links to Markdown files, anchors in the same file and forbidden schemes. Images
    /// and external links are left as they are.
    /// </summary>
    private static List<WrittenLink> LinksOf(MarkdownDocument document, string sourcePath)
    {
        var links = new List<WrittenLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            var trimmed = url.Trim();
            if (ForbiddenSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                links.Add(new WrittenLink(link, url, LinkKind.Forbidden, "", "", null));
                continue;
            }
            if (link.IsImage || IsExternal(trimmed))
            {
                continue;
            }
            var (path, anchor) = Split(trimmed);
            if (path.Length == 0)
            {
                if (anchor.Length > 0)
                {
                    links.Add(new WrittenLink(link, url, LinkKind.OwnAnchor, "", anchor, null));
                }
                continue;
            }
            if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                links.Add(new WrittenLink(link, url, LinkKind.Markdown, path, anchor, Combine(sourcePath, Uri.UnescapeDataString(path))));
            }
        }
        return links;
    }
    private enum LinkKind { Forbidden, OwnAnchor, Markdown }

    /// <summary>A link as the editor wrote it, taken apart once: its target file (site-relative) and anchor.</summary>
    private sealed record WrittenLink(LinkInline Link, string Url, LinkKind Kind, string Path, string Anchor, string? Resolved);

    /// <summary>A site-root-relative path for a link written in <paramref name="fromFile"/>, or null if it leaves the site.</summary>
    public static string? Combine(string fromFile, string relative)
    {
        var segments = new List<string>(fromFile.Split('/')[..^1]);
        foreach (var part in relative.Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }
                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(part);
                    break;
            }
        }
        return string.Join('/', segments);
    }

    private static bool IsExternal(string url) =>
        url.StartsWith('/') || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ||
        url.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && url.IndexOf('/', StringComparison.Ordinal) is var slash && (slash < 0 || colon < slash);

    private static (string Path, string Anchor) Split(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (url, "") : (url[..hash], url[(hash + 1)..]);
    }

    private static string Shorten(string url) => url.Length > 40 ? url[..40] + "…" : url;
}
