using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Content.Trust;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>
/// Checks that an article names existing authors and diseases (with "did you mean"). A failing article is marked
/// invalid but stays for the link checks that follow (see <see cref="DropInvalidArticles"/>).
/// </summary>
internal sealed class CheckReferences(SiteParts parts, string reviewers) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var article = doc.Get<Article>(Keys.Record);
        var authors = context.ValuesBy(parts.Authors, Keys.Record, static (Author a) => a.Key);
        var diseases = context.ValuesBy(parts.Diseases, Keys.Record, static (Disease d) => d.Key);
        var ok = CheckKeys(article, article.Authors, authors, article.KeySpans.ContainsKey("authors") ? "authors" : "author",
            DiagnosticIds.UnknownAuthor, "author", "input/authors", context.Diagnostics);
        ok &= CheckKeys(article, article.Diseases, diseases, "diseases", DiagnosticIds.UnknownDisease, "disease", "input/diseases", context.Diagnostics);
        if (article.ReviewedBy is { Length: > 0 } reviewedBy && !ReviewerExists(reviewedBy, article.SpanOf("reviewed_by"), context))
        {
            ok = false;
        }
        return ok ? doc : doc.With(Keys.Record, article with { Invalid = true });
    }

    // Free text is accepted (with a warning); only a key that names no record fails the article.
    private bool ReviewerExists(string reviewedBy, SourceSpan span, BuildContext context)
    {
        var records = context.ValuesOf<Reviewer>(reviewers, Keys.Record);
        return ReviewerReference.Check(reviewedBy, span, records, context.Diagnostics) is not null || !Slugs.IsValid(reviewedBy);
    }

    private static bool CheckKeys<T>(Article article, ValueArray<string> keys, IReadOnlyDictionary<string, T> known, string key, string id,
        string kind, string folder, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var missing in keys)
        {
            if (known.ContainsKey(missing))
            {
                continue;
            }
            var hint = Suggestions.Closest(missing, known.Keys) is { } best ? $"; did you mean '{best}'?" : $"; add {folder}/{missing}.md";
            diagnostics.Error(article.SpanOf(key), id, $"unknown {kind} '{missing}'{hint}");
            ok = false;
        }
        return ok;
    }
}
