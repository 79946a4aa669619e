using Markdig.Syntax;
using RareNewsSite.Engine;
using RareNewsSite.Site.Views;
using RareNewsSite.Writing;

namespace RareNewsSite.Building;

/// <summary>What the preview's editor panel shows of an article page: its source, the readability of its prose, its length.</summary>
public sealed record ArticleFacts(string Source, Readability Readability, int Words, int ReadingMinutes)
{
    /// <summary>The facts of an article page, measured now; null for other pages.</summary>
    internal static ArticleFacts? Of(Document page) =>
        page.GetOrDefault<string>(Keys.PageKind) == "article" && page.GetOrDefault<ArticleView>(Keys.View) is { } view
            && page.GetOrDefault<MarkdownDocument>(Keys.MarkdownAst) is { } ast
            ? new ArticleFacts(view.Source, Readability.Of(ast), view.Words, view.ReadingMinutes)
            : null;
}
