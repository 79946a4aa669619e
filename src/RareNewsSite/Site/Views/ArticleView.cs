using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Templates;

namespace RareNewsSite.Site.Views;

/// <summary>An article as templates see it: plain values, links already built, the body as raw HTML.</summary>
public sealed record ArticleView
{
    /// <summary>The headline.</summary>
    public required string Title { get; init; }
    /// <summary>The page link (under LinkRoot).</summary>
    public required string Url { get; init; }
    /// <summary>The canonical absolute URL.</summary>
    public required string AbsoluteUrl { get; init; }
    /// <summary>Publication date.</summary>
    public required DateTimeOffset Date { get; init; }
    /// <summary>Last substantive change, or null.</summary>
    public DateTimeOffset? Updated { get; init; }
    /// <summary>The summary.</summary>
    public required string Summary { get; init; }
    /// <summary>The authors, in the order given.</summary>
    public required ValueArray<AuthorView> Authors { get; init; }
    /// <summary>The diseases the article is about.</summary>
    public required ValueArray<DiseaseView> Diseases { get; init; }
    /// <summary>The tags.</summary>
    public required ValueArray<TagView> Tags { get; init; }
    /// <summary>Drug names.</summary>
    public required ValueArray<string> Drugs { get; init; }
    /// <summary>Where the news came from.</summary>
    public required ValueArray<Content.Trust.Citation> Sources { get; init; }
    /// <summary>Symptoms listed in the body.</summary>
    public required ValueArray<string> Symptoms { get; init; }
    /// <summary>The rendered body.</summary>
    public required RawHtml Body { get; init; }
    /// <summary>The second-level headings, for "On this page".</summary>
    public required ValueArray<HeadingView> Toc { get; init; }
    /// <summary>Words in the body.</summary>
    public required int Words { get; init; }
    /// <summary>Minutes to read at 200 words a minute, at least 1.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(Words / 200.0));
    /// <summary>The lead image link, or null.</summary>
    public string? Image { get; init; }
    /// <summary>The lead image's alt text.</summary>
    public string? ImageAlt { get; init; }
    /// <summary>The lead image's caption, credit and licence, or null.</summary>
    public Content.ImageCredit? ImageCredit { get; init; }
    /// <summary>The lead image's files and size, when it is a local image.</summary>
    public Images.ResponsiveImage? LeadImage { get; init; }
    /// <summary>Medical reviewer's name (with credentials when a record gives them), or the free text written, or null.</summary>
    public string? ReviewedBy { get; init; }
    /// <summary>The trials the article reports on, each with its ClinicalTrials.gov link.</summary>
    public ValueArray<LinkView> Trials { get; init; } = [];
    /// <summary>Corrections made after publication, oldest first.</summary>
    public ValueArray<Content.Trust.Correction> Corrections { get; init; } = [];
    /// <summary>The most recent correction, for the notice at the top, or null.</summary>
    public Content.Trust.Correction? LatestCorrection => Corrections.Count > 0 ? Corrections[^1] : null;
    /// <summary>The medical reviewer's record, when <c>reviewed_by</c> names one.</summary>
    public ReviewerView? Reviewer { get; init; }
    /// <summary>Date of the medical review, or null.</summary>
    public DateTimeOffset? LastReviewed { get; init; }
    /// <summary>When the next review is due (<c>next_review</c>, or <c>last_reviewed</c> plus <c>ReviewInterval</c>), or null.</summary>
    public DateTimeOffset? NextReview { get; init; }
    /// <summary>Funding, conflicts of interest and sponsorship, as the article declares them.</summary>
    public Content.Trust.Disclosures Disclosures { get; init; } = Content.Trust.Disclosures.None;
    /// <summary>True when a sponsor paid for the article: it is labelled "Sponsored" on its page, its cards and in feeds.</summary>
    public bool Sponsored => Disclosures.Sponsored;
    /// <summary>The "About this study" box, or null when the article names no <c>study</c>.</summary>
    public StudyView? Study { get; init; }
    /// <summary>True for drafts (shown only in preview and --drafts builds).</summary>
    public bool Draft { get; init; }
    /// <summary>True for a scheduled article, dated after "now" (shown only in preview and --future builds).</summary>
    public bool Scheduled { get; init; }
    /// <summary>The article's source file.</summary>
    public required string Source { get; init; }
    /// <summary>The author keys, for grouping.</summary>
    public required ValueArray<string> AuthorKeys { get; init; }
    /// <summary>The disease keys, for grouping.</summary>
    public required ValueArray<string> DiseaseKeys { get; init; }
}
