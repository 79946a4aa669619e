using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Pipelines;

namespace RareNewsSite.Building;

/// <summary>Where an article stands at "now": what <c>rarenews list drafts|scheduled|recent</c> sorts by.</summary>
public enum ArticleState
{
    /// <summary>Marked <c>draft: true</c>, whatever its date: published only when the line goes.</summary>
    Draft,

    /// <summary>Not a draft, dated after "now": published by the first build on or after its date.</summary>
    Scheduled,

    /// <summary>Not a draft, dated now or earlier: on the site.</summary>
    Published,
}

/// <summary>One article as the lists show it.</summary>
/// <param name="Source">The file, relative to the site root.</param>
/// <param name="Title">The headline.</param>
/// <param name="Date">Its <c>date</c>.</param>
/// <param name="State">Draft, scheduled or published, at the request's clock.</param>
public sealed record ArticleEntry(string Source, string Title, DateTimeOffset Date, ArticleState State);

/// <summary>Every article of a site with where it stands, from the same reading and checks a build does (nothing is written).</summary>
public static class ArticlePlan
{
    /// <summary>
    /// The articles whose front matter is valid, drafts and scheduled ones included whatever the request says, oldest
    /// first; with the build's errors (drafts and scheduled articles are checked too), if any.
    /// </summary>
    public static async Task<(IReadOnlyList<ArticleEntry> Articles, IReadOnlyList<Diagnostic> Errors)> ListAsync(
        ISiteFileSystem files, BuildRequest request, CancellationToken cancellationToken = default)
    {
        var everything = request with { Options = request.Options with { IncludeDrafts = true, IncludeFuture = true } };
        var (documents, diagnostics, setup) = await SiteBuilder.RunAsync(files, everything, null, cancellationToken);
        var now = setup.Options.Clock.GetUtcNow();
        var articles = documents.TryGetValue(PipelineNames.Articles, out var docs) ? docs.Select(d => d.Get<Article>(Keys.Record)) : [];
        var entries = articles
            .Where(a => !a.Invalid)
            .Select(a => new ArticleEntry(a.Source, a.Title, a.Date,
                a.Draft ? ArticleState.Draft : a.Date > now ? ArticleState.Scheduled : ArticleState.Published))
            .OrderBy(e => e.Date).ThenBy(e => e.Source, StringComparer.Ordinal);
        return ([.. entries], [.. diagnostics.ToSortedList().Where(d => d.IsError)]);
    }
}
