using System.Collections.Immutable;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Content;

/// <summary>A news article from <c>input/articles/**/&lt;slug&gt;.md</c>, as its front matter describes it.</summary>
public sealed record Article
{
    /// <summary>The source file relative to the site root.</summary>
    public required string Source { get; init; }
    /// <summary>The URL segment: <c>/articles/&lt;slug&gt;/</c>.</summary>
    public required string Slug { get; init; }
    /// <summary>The headline.</summary>
    public required string Title { get; init; }
    /// <summary>When it was published.</summary>
    public required DateTimeOffset Date { get; init; }
    /// <summary>The last substantive change, if any.</summary>
    public DateTimeOffset? Updated { get; init; }
    /// <summary>Keys of its authors, in the order given.</summary>
    public Engine.ValueArray<string> Authors { get; init; } = [];
    /// <summary>One or two sentences for lists, meta descriptions, feeds and search.</summary>
    public required string Summary { get; init; }
    /// <summary>Keys of the diseases it is about.</summary>
    public Engine.ValueArray<string> Diseases { get; init; } = [];
    /// <summary>Drug names mentioned.</summary>
    public Engine.ValueArray<string> Drugs { get; init; } = [];
    /// <summary>Free tags; each becomes a page.</summary>
    public Engine.ValueArray<string> Tags { get; init; } = [];
    /// <summary>Where the news came from: links, and journal articles cited Vancouver-style.</summary>
    public Engine.ValueArray<Trust.Citation> Sources { get; init; } = [];
    /// <summary>The lead image path, if any.</summary>
    public string? Image { get; init; }
    /// <summary>The lead image's alt text; empty marks it decorative.</summary>
    public string? ImageAlt { get; init; }
    /// <summary>The lead image's caption, credit and licence, or null.</summary>
    public ImageCredit? ImageCredit { get; init; }
    /// <summary>The point of the lead image that crops keep in view, or null (the middle).</summary>
    public ImageFocus? ImageFocus { get; init; }
    /// <summary>Who reviewed it medically.</summary>
    public string? ReviewedBy { get; init; }
    /// <summary>When it was last reviewed and when the next review is due, or null.</summary>
    public Trust.ReviewCycle? Review { get; init; }
    /// <summary>ClinicalTrials.gov numbers of the trials the article reports on.</summary>
    public Engine.ValueArray<string> Trials { get; init; } = [];
    /// <summary>Corrections made after publication, oldest first.</summary>
    public Engine.ValueArray<Trust.Correction> Corrections { get; init; } = [];
    /// <summary>Funding, conflicts of interest and sponsorship, as declared.</summary>
    public Trust.Disclosures Disclosures { get; init; } = Trust.Disclosures.None;
    /// <summary>The study the article reports on, for the "About this study" box, or null.</summary>
    public Trust.Study? Study { get; init; }
    /// <summary>Only built with <c>--drafts</c>.</summary>
    public bool Draft { get; init; }
    /// <summary>Old URLs that should redirect here.</summary>
    public Engine.ValueArray<string> Aliases { get; init; } = [];
    /// <summary>
    /// True when the front matter had errors: the article still goes through reference and link checks,
    /// so one build reports everything, but it is never rendered.
    /// </summary>
    public bool Invalid { get; init; }
    /// <summary>Where each front matter key was written, for diagnostics found later.</summary>
    public KeySpans KeySpans { get; init; } = KeySpans.Empty;

    /// <summary>The site-relative URL path of the article page.</summary>
    public string UrlPath => $"/articles/{Slug}/";

    /// <summary>The most recent of <see cref="Date"/>, <see cref="Updated"/> and the last correction.</summary>
    public DateTimeOffset LastModified => EffectiveUpdated is { } u && u > Date ? u : Date;

    /// <summary><see cref="Updated"/>, or the last correction's date when that is later: a correction is a change readers must see.</summary>
    public DateTimeOffset? EffectiveUpdated =>
        Corrections.Count > 0 && (Updated is null || Corrections[^1].Date > Updated) ? Corrections[^1].Date : Updated;

    /// <summary>The position of a key, or the file itself.</summary>
    public SourceSpan SpanOf(string key) => KeySpans.TryGetValue(key, out var span) ? span : SourceSpan.File(Source);
}
