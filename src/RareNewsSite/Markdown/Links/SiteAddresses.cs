using RareNewsSite.Engine;

namespace RareNewsSite.Markdown.Links;

/// <summary>
/// Every address of the site an editor may link to as it appears in the browser (<c>/articles/x/</c>, <c>/about/</c>,
/// <c>/tags/x/</c>, <c>/diseases/x/</c>, <c>/authors/x/</c>, the A–Z indexes), sorted by address, with the Markdown
/// file behind it where there is one. A record with value equality: documents that link by address are resolved
/// again only when an address appears, goes or moves, not on every edit.
/// </summary>
internal sealed record SiteAddresses(ValueArray<SiteAddress> Entries)
{
    /// <summary>The source of the one document that carries the index.</summary>
    public const string DocumentSource = "site-addresses";

    /// <summary>The metadata key of the index.</summary>
    public const string Key = nameof(SiteAddresses);

    /// <summary>No addresses (a site with nothing in it).</summary>
    public static SiteAddresses Empty { get; } = new([]);

    /// <summary>The entry for a site path such as <c>/articles/x/</c>, or null.</summary>
    public SiteAddress? Find(string sitePath)
    {
        var (low, high) = (0, Entries.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var order = string.CompareOrdinal(Entries[middle].Url, sitePath);
            if (order == 0)
            {
                return Entries[middle];
            }
            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }
        return null;
    }

    /// <summary>The Markdown files behind articles and pages (for "did you mean" on <c>.md</c> links).</summary>
    public IEnumerable<string> Sources => Entries.Select(e => e.Source).OfType<string>().Distinct();
}

/// <summary>One address: its site path, what it shows (article, page, tag, disease, author, index) and its source file.</summary>
internal sealed record SiteAddress(string Url, string Kind, string? Source);

/// <summary>
/// The addresses one article claims, as the address index reads them: a small value that a body edit leaves equal,
/// so the index is not made again on every keystroke (the article record holds arrays without value equality).
/// </summary>
/// <param name="Source">The article's file.</param>
/// <param name="UrlPath">Its page address.</param>
/// <param name="Aliases">Old addresses that redirect to it.</param>
/// <param name="TagPaths">The tag pages it puts on the site: its tags' addresses when it is published, else none.</param>
internal sealed record AddressClaim(string Source, string UrlPath, ValueArray<string> Aliases, ValueArray<string> TagPaths)
{
    /// <summary>The metadata key of an article's claim.</summary>
    public const string Key = nameof(AddressClaim);
}
