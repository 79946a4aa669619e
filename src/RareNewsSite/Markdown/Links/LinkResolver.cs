using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Diagnostics;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Markdown.Links;

/// <summary>
/// Rewrites links to other Markdown files (<c>other.md#section</c>, as editors write them in their editor)
/// into page URLs, and reports links to missing files or anchors. Refuses script and data URLs.
/// </summary>
public sealed class LinkResolver(IReadOnlyDictionary<string, LinkTarget> targets, Func<string, string> linkTo)
{
    private static readonly string[] ForbiddenSchemes = ["javascript:", "data:", "vbscript:"];

    // The preview reuses a parsed tree in later builds, so resolving must be repeatable: the tree keeps its links
    // with the addresses the editor wrote, so a later build starts from those and need not walk the tree again.
    private const string LinksKey = "rn-links";
    private static readonly IReadOnlySet<string> NoFiles = new HashSet<string>();

    /// <summary>
    /// Resolves every link in <paramref name="document"/>, which was read from <paramref name="sourcePath"/>.
    /// Returns the files its links point at (found or not), so the page can depend on them.
    /// </summary>
    public IReadOnlySet<string> Resolve(MarkdownDocument document, string sourcePath, DiagnosticBag diagnostics)
    {
        var links = LinksOf(document, sourcePath);
        if (links.Count == 0)
        {
            return NoFiles;
        }
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var own = targets.TryGetValue(sourcePath, out var self) ? self.Anchors : NoFiles;
        foreach (var written in links)
        {
            var link = written.Link;
            link.Url = written.Url; // as written, whatever an earlier build made of it
            var span = new SourceSpan(sourcePath, link.Line + 1, link.Column + 1);
            switch (written.Kind)
            {
                case LinkKind.Forbidden:
                    diagnostics.Error(span, DiagnosticIds.ForbiddenUrl, $"link target \"{Shorten(written.Url.Trim())}\" is not allowed; use an https:// address");
                    link.Url = "#";
                    continue;
                case LinkKind.OwnAnchor:
                    if (!own.Contains(written.Anchor))
                    {
                        diagnostics.Error(span, DiagnosticIds.BrokenAnchor, $"no heading with id '{written.Anchor}' in this file");
                    }
                    continue;
            }
            var (path, anchor, resolved) = (written.Path, written.Anchor, written.Resolved);
            if (resolved is not null)
            {
                referenced.Add(resolved);
            }
            if (resolved is null || !targets.TryGetValue(resolved, out var target))
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
            link.Url = linkTo(target.UrlPath) + (anchor.Length > 0 ? "#" + anchor : "");
        }
        return referenced;
    }

    /// <summary>
    /// The addresses the links of a resolved document point at now, in order: a rendering of the same tree is
    /// the same while these are.
    /// </summary>
    public static string Signature(MarkdownDocument document) =>
        document.GetData(LinksKey) is List<WrittenLink> { Count: > 0 } links ? string.Join('\n', links.Select(l => l.Link.Url)) : "";

    /// <summary>
    /// The links that need resolving, read once per parsed tree: links to Markdown files, anchors in the same
    /// file and forbidden schemes. Images and external links are left as they are and never looked at again.
    /// </summary>
    private static List<WrittenLink> LinksOf(MarkdownDocument document, string sourcePath)
    {
        if (document.GetData(LinksKey) is List<WrittenLink> known)
        {
            return known;
        }
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
        document.SetData(LinksKey, links);
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
