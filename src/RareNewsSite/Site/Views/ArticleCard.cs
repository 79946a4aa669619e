using RareNewsSite.Engine;

namespace RareNewsSite.Site.Views;

/// <summary>
/// What a list (home, tag, disease and author pages, related articles, feeds' lists) may show of an article. Lists
/// are laid out again exactly when a card they show is not equal to last time's, so a theme can only show what is
/// here, and a list can never lag behind its articles. To show more on a list page, add a property here and set it
/// in <see cref="Of"/>: one line each.
/// </summary>
public sealed record ArticleCard
{
    /// <summary>The headline.</summary>
    public required string Title { get; init; }
    /// <summary>The page link (under LinkRoot).</summary>
    public required string Url { get; init; }
    /// <summary>Publication date.</summary>
    public required DateTimeOffset Date { get; init; }
    /// <summary>Last substantive change, or null.</summary>
    public DateTimeOffset? Updated { get; init; }
    /// <summary>The summary.</summary>
    public required string Summary { get; init; }
    /// <summary>The authors: key, name and link.</summary>
    public required ValueArray<NamedLink> Authors { get; init; }
    /// <summary>The diseases the article is about: key, name and link.</summary>
    public required ValueArray<NamedLink> Diseases { get; init; }
    /// <summary>The tags.</summary>
    public required ValueArray<TagView> Tags { get; init; }
    /// <summary>Symptoms listed in the body (a disease page gathers its articles' symptoms).</summary>
    public required ValueArray<string> Symptoms { get; init; }
    /// <summary>Minutes to read at 200 words a minute, at least 1.</summary>
    public required int ReadingMinutes { get; init; }
    /// <summary>The lead image link, or null.</summary>
    public string? Image { get; init; }
    /// <summary>The lead image's alt text.</summary>
    public string? ImageAlt { get; init; }
    /// <summary>True when a sponsor paid for the article: lists and feeds label it "Sponsored".</summary>
    public bool Sponsored { get; init; }
    /// <summary>True for drafts.</summary>
    public bool Draft { get; init; }
    /// <summary>True for a scheduled article.</summary>
    public bool Scheduled { get; init; }
    /// <summary>The author keys as written (for grouping).</summary>
    public required ValueArray<string> AuthorKeys { get; init; }
    /// <summary>The disease keys as written (for grouping and related articles).</summary>
    public required ValueArray<string> DiseaseKeys { get; init; }
    /// <summary>The trials the article reports on (a disease page lists them with their articles).</summary>
    public ValueArray<LinkView> Trials { get; init; } = [];
    /// <summary>Corrections made after publication, oldest first (the corrections page lists them).</summary>
    public ValueArray<Content.Trust.Correction> Corrections { get; init; } = [];
    /// <summary>The key of the article's medical reviewer record, or null (reviewer pages list their articles).</summary>
    public string? ReviewerKey { get; init; }
    /// <summary>The article's source file: which article this is.</summary>
    public required string Source { get; init; }

    /// <summary>The card of an article's view.</summary>
    public static ArticleCard Of(ArticleView view) => new()
    {
        Title = view.Title,
        Url = view.Url,
        Date = view.Date,
        Updated = view.Updated,
        Summary = view.Summary,
        Authors = [.. view.Authors.Select(a => new NamedLink(a.Key, a.Name, a.Url))],
        Diseases = [.. view.Diseases.Select(d => new NamedLink(d.Key, d.Name, d.Url))],
        Tags = view.Tags,
        Symptoms = view.Symptoms,
        ReadingMinutes = view.ReadingMinutes,
        Image = view.Image,
        ImageAlt = view.ImageAlt,
        Sponsored = view.Sponsored,
        Draft = view.Draft,
        Scheduled = view.Scheduled,
        AuthorKeys = view.AuthorKeys,
        DiseaseKeys = view.DiseaseKeys,
        Source = view.Source,
        ReviewerKey = view.Reviewer?.Key,
        Corrections = view.Corrections,
        Trials = view.Trials,
    };
}
