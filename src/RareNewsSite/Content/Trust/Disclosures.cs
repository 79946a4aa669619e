namespace RareNewsSite.Content.Trust;

/// <summary>
/// What an article declares about money and interests: who paid for it (<c>funding</c>), the interests of the people
/// who wrote and checked it (<c>conflicts</c>), and whether a sponsor paid for it to be published (<c>sponsored</c>).
/// </summary>
/// <param name="Funding">Who paid for the article, as plain text, or null.</param>
/// <param name="Conflicts">The conflicts of interest declared, as plain text, or null.</param>
/// <param name="Sponsored">True when a sponsor paid for the article: it is labelled "Sponsored" wherever it appears.</param>
public sealed record Disclosures(string? Funding, string? Conflicts, bool Sponsored)
{
    /// <summary>Nothing declared.</summary>
    public static readonly Disclosures None = new(null, null, false);

    /// <summary>True when the article declares something, so its page shows a "Disclosures" section.</summary>
    public bool Any => Funding is not null || Conflicts is not null || Sponsored;
}
