using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Content.Trust;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Site.Views;
using RareNewsSite.Writing;

namespace RareNewsSite.Building;

/// <summary>What the preview's editor panel shows of an article page: its source, the readability of its prose, its length.</summary>
public sealed record ArticleFacts(string Source, Readability Readability, int Words, int ReadingMinutes)
{
    /// <summary>
    /// The warnings a build leaves to <c>check</c>, measured for this page: the evidence check (RN0534–RN0537) and an
    /// overdue review (RN0521) by the preview's clock. Empty when there is nothing to say.
    /// </summary>
    public IReadOnlyList<Diagnostic> Checks { get; init; } = [];

    /// <summary>The facts of an article page, measured now; null for other pages.</summary>
    internal static ArticleFacts? Of(Document page, DateTimeOffset now, ReviewInterval interval)
    {
        if (!SiteSession.IsArticlePage(page) || page.GetOrDefault<ArticleView>(Keys.View) is not { } view
            || page.GetOrDefault<ParsedMarkdown>(Keys.MarkdownAst) is not { } parsed)
        {
            return null;
        }
        var checks = new List<Diagnostic>();
        if (page.GetOrDefault<Article>(Keys.Record) is { } article)
        {
            checks.AddRange(EvidenceCheck.Check(article, parsed.FrontMatter, parsed.Tree));
            if (article.Review?.OverdueWarning(interval, date => date > now) is { } overdue)
            {
                checks.Add(overdue);
            }
        }
        return new ArticleFacts(view.Source, Readability.Of(parsed.Tree), view.Words, view.ReadingMinutes) { Checks = checks };
    }
}
