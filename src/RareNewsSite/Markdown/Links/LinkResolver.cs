using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Markdown.Links;

/// <summary>
/// Rewrites links to other Markdown files (<c>other.md#section</c>, as editors write them in their editor) and to
/// site addresses (<c>/articles/x/</c>, as they copy them from the browser) into page URLs, and reports links to
/// missing pages or anchors, with a "did you mean". Refuses script and data URLs.
/// </summary>
/// <param name="targetOf">The link target read from a source path, or null when no article or page comes from there.</param>
/// <param name="linkTo">The link to a site path.</param>
/// <param name="addresses">The site's addresses; asked only when a body links by address or a link is broken.</param>
/// <param name="linkRoot">The <c>LinkRoot</c> setting: a link copied from a site under <c>/news/</c> starts with it.</param>
/// <param name="host">The <c>Host</c> setting: a link copied from the published site's address bar names it.</param>
internal sealed class LinkResolver(Func<string, LinkTarget?> targetOf, Func<string, string> linkTo, Func<SiteAddresses>? addresses = null, string linkRoot = "/", string host = "")
{
    // The first segments of addresses that are checked; anything else with two or more segments (feeds, assets,
    // pagination) is left as written.
    private static readonly string[] CheckedSections = ["articles", "tags", "diseases", "authors"];

    // An anchor list is given when a page has this many ids or fewer; more would bury the message.
    private const int AnchorsListed = 8;

    private readonly string _root = linkRoot.Trim('/') is { Length: > 0 } inner ? $"/{inner}/" : "/";

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
                        diagnostics.Error(span, DiagnosticIds.BrokenAnchor, $"no heading with id '{written.Anchor}' in this file{AnchorHint(written.Anchor, own)}");
                    }
                    continue;
            }
            var (path, anchor) = (written.Path, written.Anchor);
            if (written.Kind == LinkKind.SiteAddress)
            {
                if (ResolveAddress(written, span, diagnostics) is { } url)
                {
                    resolved.Add(new ResolvedLink(written.Url, url));
                }
                continue;
            }
            if (written.Resolved is null || targetOf(written.Resolved) is not { } target)
            {
                diagnostics.Error(span, DiagnosticIds.BrokenLink, $"link target '{path}' is not an article or page of this site{FileHint(path, sourcePath)}");
                continue;
            }
            if (!target.Published)
            {
                diagnostics.Error(span, DiagnosticIds.BrokenLink, $"link target '{path}' is a draft or scheduled article and is not published in this build");
                continue;
            }
            if (anchor.Length > 0 && !target.Anchors.Contains(anchor))
            {
                diagnostics.Error(span, DiagnosticIds.BrokenAnchor, $"no heading with id '{anchor}' in '{path}'{AnchorHint(anchor, target.Anchors)}");
                continue;
            }
            resolved.Add(new ResolvedLink(written.Url, linkTo(target.UrlPath) + (anchor.Length > 0 ? "#" + anchor : "")));
        }
        return resolved.Count == 0 ? ResolvedLinks.None : new ResolvedLinks([.. resolved]);
    }

    /// <summary>
    /// Resolves a link written as a site address; the URL to write (under <c>LinkRoot</c>), or null after reporting it.
    /// </summary>
    private string? ResolveAddress(WrittenLink written, SourceSpan span, DiagnosticBag diagnostics)
    {
        var (path, anchor, sitePath) = (written.Path, written.Anchor, written.Resolved!);
        var index = addresses?.Invoke() ?? SiteAddresses.Empty;
        if (index.Find(sitePath) is not { } address)
        {
            // Suggest among the addresses of the same kind: "/diseases/fabry/" against the disease keys.
            var segments = sitePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var section = segments.Length == 2 ? $"/{segments[0]}/" : "/";
            var keys = index.Entries.Select(e => e.Url.Split('/', StringSplitOptions.RemoveEmptyEntries))
                .Where(s => s.Length == segments.Length && (segments.Length == 1 || s[0] == segments[0]))
                .Select(s => s[^1]);
            var hint = segments.Length > 0 && Content.Suggestions.Closest(segments[^1], keys) is { } key ? $"{section}{key}/" : null;
            diagnostics.Error(span, DiagnosticIds.BrokenLink,
                $"link target '{path}' is not a page of this site{(hint is null ? "" : $"; did you mean '{hint}'?")}");
            return null;
        }
        if (address.Source is not { } source)
        {
            return linkTo(sitePath) + (anchor.Length > 0 ? "#" + anchor : "");
        }
        if (targetOf(source) is not { } target)
        {
            diagnostics.Error(span, DiagnosticIds.BrokenLink, $"link target '{path}' is not an article or page of this site");
            return null;
        }
        if (!target.Published)
        {
            diagnostics.Error(span, DiagnosticIds.BrokenLink, $"link target '{path}' is a draft or scheduled article and is not published in this build");
            return null;
        }
        if (anchor.Length > 0 && !target.Anchors.Contains(anchor))
        {
            diagnostics.Error(span, DiagnosticIds.BrokenAnchor, $"no heading with id '{anchor}' in '{path}'{AnchorHint(anchor, target.Anchors)}");
            return null;
        }
        return linkTo(target.UrlPath) + (anchor.Length > 0 ? "#" + anchor : "");
    }

    /// <summary>"; did you mean '../other.md'?" for a <c>.md</c> link to no file, written as relative to the linking file.</summary>
    private string FileHint(string written, string sourcePath)
    {
        var sources = (addresses?.Invoke() ?? SiteAddresses.Empty).Sources.ToList();
        var name = written.Split('/')[^1];
        var sameName = sources.Where(s => s.Split('/')[^1].Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        var best = sameName.Count == 1
            ? sameName[0]
            : Content.Suggestions.Closest(name, sources.Select(s => s.Split('/')[^1])) is { } closest
                ? sources.First(s => s.Split('/')[^1] == closest)
                : null;
        if (best is null)
        {
            return "";
        }
        var relative = Relative(sourcePath, best);
        var folder = sourcePath[..(sourcePath.LastIndexOf('/') + 1)];
        return relative.StartsWith("../", StringComparison.Ordinal)
            ? $"; did you mean '{relative}'? A link is relative to the folder of the file it is in ({folder}), so '../' goes up one folder"
            : $"; did you mean '{relative}'?";
    }

    /// <summary>"; did you mean 'results'?" or, failing that, the ids there are when they are few.</summary>
    private static string AnchorHint(string anchor, ValueArray<string> anchors)
    {
        if (Content.Suggestions.Closest(anchor, anchors) is { } best)
        {
            return $"; did you mean '{best}'?";
        }
        return anchors.Count switch
        {
            0 => "; it has no headings to link to",
            <= AnchorsListed => $"; its heading ids are {string.Join(", ", anchors.Select(a => $"'{a}'"))}",
            _ => "",
        };
    }

    /// <summary>The path of <paramref name="to"/> relative to the folder of <paramref name="from"/> (both site-relative).</summary>
    private static string Relative(string from, string to)
    {
        var fromParts = from.Split('/')[..^1];
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }
        return string.Concat(Enumerable.Repeat("../", fromParts.Length - common)) + string.Join('/', toParts[common..]);
    }

    /// <summary>
    /// The links that need resolving: links to Markdown files, anchors in the same file and forbidden schemes. Images
    /// and external links are left as they are.
    /// </summary>
    private List<WrittenLink> LinksOf(MarkdownDocument document, string sourcePath)
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
            if (link.IsImage)
            {
                continue;
            }
            if (SitePathOf(trimmed) is var (written, sitePath, anchorOfAddress))
            {
                links.Add(new WrittenLink(link, url, LinkKind.SiteAddress, written, anchorOfAddress, sitePath));
                continue;
            }
            if (IsExternal(trimmed))
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
    private enum LinkKind { Forbidden, OwnAnchor, Markdown, SiteAddress }

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

    /// <summary>
    /// For a link written as an address of this site that is checked (<c>/articles/x/</c>, <c>/news/about</c> under
    /// <c>LinkRoot</c> <c>/news/</c>): the path as written, the site path it names (with a trailing slash) and the anchor.
    /// Files (a dot in the last segment), deeper paths and queries are left alone.
    /// </summary>
    private (string Written, string SitePath, string Anchor)? SitePathOf(string url)
    {
        var written = Split(url).Path;
        if (OwnAddress(url) is { } local)
        {
            url = local;
        }
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || url.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }
        var (path, anchor) = Split(url);
        var sitePath = _root != "/" && (path + "/").StartsWith(_root, StringComparison.Ordinal) ? "/" + path[Math.Min(path.Length, _root.Length)..] : path;
        var segments = sitePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var isChecked = segments.Length == 0
            || segments.Length == 1 && !segments[0].Contains('.', StringComparison.Ordinal)
            || segments.Length == 2 && CheckedSections.Contains(segments[0]) && !segments[1].Contains('.', StringComparison.Ordinal);
        return isChecked ? (written, "/" + string.Concat(segments.Select(s => Uri.UnescapeDataString(s) + "/")), anchor) : null;
    }

    /// <summary>
    /// The path and anchor of a full address of this site as copied from a browser's address bar: the published site
    /// (<c>Host</c>) or the preview (<c>http://127.0.0.1:5080/…</c>, which would be broken for every reader); null otherwise.
    /// </summary>
    private string? OwnAddress(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        var own = uri.Host is "127.0.0.1" or "localhost"
            || host.Length > 0 && (uri.Host.Equals(host, StringComparison.OrdinalIgnoreCase) || uri.Authority.Equals(host, StringComparison.OrdinalIgnoreCase));
        return own ? uri.AbsolutePath + uri.Fragment + (uri.Query.Length > 0 ? "?" : "") : null;
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
