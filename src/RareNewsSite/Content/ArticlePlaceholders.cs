using RareNewsSite.Diagnostics;

namespace RareNewsSite.Content;

/// <summary>
/// The text <c>new article</c> writes for the editor to replace, and the check that none of it is published:
/// a draft may hold it, but once <c>draft: true</c> is removed the page would show it to readers.
/// </summary>
public static class ArticlePlaceholders
{
    /// <summary>The summary <c>new article</c> writes.</summary>
    public const string Summary = "One or two sentences for lists, feeds and search: what happened, and for whom.";

    /// <summary>The body <c>new article</c> writes.</summary>
    public const string Body = "Start with the news in one short paragraph: what was found, and who it helps.\n\n" +
        "## What this means for families\n\nExplain it in plain words. Remove `draft: true` above to publish.\n";

    // Sentences of the body that no real article would contain; the heading alone could be real.
    private static readonly string[] BodySentences =
        ["Start with the news in one short paragraph: what was found, and who it helps.", "Explain it in plain words. Remove `draft: true` above to publish."];

    /// <summary>Reports placeholder text left in an article that is not a draft.</summary>
    internal static void Check(Article article, string fileText, DiagnosticBag diagnostics)
    {
        if (article.Draft)
        {
            return;
        }
        if (article.Summary.Trim() == Summary)
        {
            diagnostics.Error(article.SpanOf("summary"), DiagnosticIds.PlaceholderText,
                "'summary' is still the placeholder that 'new article' wrote; write one or two sentences about this article");
        }
        foreach (var sentence in BodySentences)
        {
            var index = fileText.IndexOf(sentence, StringComparison.Ordinal);
            if (index >= 0)
            {
                var line = 1 + fileText.AsSpan(0, index).Count('\n');
                var column = index - (fileText.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
                diagnostics.Error(new SourceSpan(article.Source, line, column), DiagnosticIds.PlaceholderText,
                    $"placeholder text from 'new article' would be published: \"{sentence}\"; replace it with the article's own words");
            }
        }
    }
}
