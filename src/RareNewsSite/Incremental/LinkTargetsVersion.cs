using RareNewsSite.Markdown.Links;

namespace RareNewsSite.Incremental;

/// <summary>
/// A token that stays the same object while every link target (each article's and page's address, headings and
/// published state) is equal to what it was in the previous build, and is a new object as soon as one differs.
/// Resolving a document's links is reused while the token is the same; a body edit that keeps its headings
/// leaves it alone, a new heading or a renamed slug makes every document resolve again.
/// </summary>
public sealed class LinkTargetsVersion
{
    private readonly Lock _lock = new();
    private Dictionary<string, LinkTarget> _known = new(StringComparer.Ordinal);
    private object _token = new();

    /// <summary>The token for <paramref name="targets"/>, complete (every target registered).</summary>
    public object Of(IReadOnlyDictionary<string, LinkTarget> targets)
    {
        lock (_lock)
        {
            if (!SameAsKnown(targets))
            {
                _known = new Dictionary<string, LinkTarget>(targets, StringComparer.Ordinal);
                _token = new object();
            }
            return _token;
        }
    }

    private bool SameAsKnown(IReadOnlyDictionary<string, LinkTarget> targets)
    {
        if (targets.Count != _known.Count)
        {
            return false;
        }
        // Walk the plain dictionary and look up in the concurrent one: enumerating a ConcurrentDictionary of
        // 10,000 entries costs more than looking each one up.
        foreach (var (path, known) in _known)
        {
            if (!targets.TryGetValue(path, out var target) || !Same(known, target))
            {
                return false;
            }
        }
        return true;
    }

    // Anchor sets are the parse's own objects, so an unchanged file gives the same set; an edited one is compared.
    private static bool Same(LinkTarget a, LinkTarget b) =>
        ReferenceEquals(a, b) || a.Published == b.Published && string.Equals(a.UrlPath, b.UrlPath, StringComparison.Ordinal)
            && (ReferenceEquals(a.Anchors, b.Anchors) || a.Anchors.SetEquals(b.Anchors));
}
