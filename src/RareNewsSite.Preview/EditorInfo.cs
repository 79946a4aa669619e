using System.Globalization;
using Markdig.Syntax;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Site.Views;
using RareNewsSite.Writing;

namespace RareNewsSite.Preview;

/// <summary>The editor panel of one article page: readability of its prose, length, and its warnings.</summary>
public sealed record EditorInfo(string Source, Readability Readability, int Words, int ReadingMinutes, int LongSentences, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The panel of an article page, measured when the page is served (one article, not every article on every save),
    /// with the build's warnings about its file; null for other pages.
    /// </summary>
    public static EditorInfo? Of(Document page, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (page.GetOrDefault<string>(Keys.PageKind) != "article" || page.GetOrDefault<ArticleView>(Keys.View) is not { } view
            || page.GetOrDefault<MarkdownDocument>(Keys.MarkdownAst) is not { } ast)
        {
            return null;
        }
        var readability = Readability.Of(ast);
        var longSentences = readability.LongSentences.Count;
        return new EditorInfo(view.Source, readability, view.Words, view.ReadingMinutes, longSentences,
            WarningsFor(view.Source, readability, longSentences, diagnostics));
    }

    /// <summary>The warnings an editor should see: the build's for this file, then plain-language ones.</summary>
    public static IReadOnlyList<string> WarningsFor(string source, Readability readability, int longSentences, IEnumerable<Diagnostic> diagnostics)
    {
        var warnings = diagnostics.Where(d => d.Span.Path == source).Select(d => d.ToString()).ToList();
        if (readability.AboveTarget)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"reading grade {readability.Grade:0.0} is above {Readability.TargetGrade:0}: use shorter sentences and shorter words"));
        }
        if (longSentences > 0)
        {
            warnings.Add($"{longSentences} sentence{(longSentences == 1 ? "" : "s")} over {Readability.LongSentenceWords} words");
        }
        return warnings;
    }
}
