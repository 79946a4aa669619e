using RareNewsSite.Engine;

namespace RareNewsSite.Markdown.Links;

/// <summary>Where each link written in a body goes, by the address as written (the renderer rewrites with it).</summary>
internal sealed record ResolvedLinks(ValueArray<ResolvedLink> Links)
{
    /// <summary>No links to rewrite.</summary>
    public static ResolvedLinks None { get; } = new([]);

    /// <summary>How many links are rewritten.</summary>
    public int Count => Links.Count;

    /// <summary>The address to write for <paramref name="written"/>.</summary>
    public string Rewrite(string written)
    {
        foreach (var link in Links)
        {
            if (string.Equals(link.Written, written, StringComparison.Ordinal))
            {
                return link.Url;
            }
        }
        return written;
    }
}

/// <summary>A link as written and the address it goes to.</summary>
internal readonly record struct ResolvedLink(string Written, string Url);
