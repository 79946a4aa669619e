using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;

namespace RareNewsSite.Modules;

/// <summary>
/// Checks that articles name existing authors and diseases (with "did you mean"), and that no two articles,
/// aliases or pages claim the same URL. Failing articles are marked invalid (see <see cref="DropInvalidArticles"/>).
/// </summary>
public sealed class CheckArticleReferences : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var authors = context.OutputsOf(Pipelines.PipelineNames.Authors).Select(d => d.Get<Author>(Keys.Record).Key).ToHashSet(StringComparer.Ordinal);
        var diseases = context.OutputsOf(Pipelines.PipelineNames.Diseases).Select(d => d.Get<Disease>(Keys.Record).Key).ToHashSet(StringComparer.Ordinal);
        var pages = context.OutputsOf(Pipelines.PipelineNames.Pages).Select(d => d.Get<StaticPage>(Keys.Record));
        var claimed = pages.ToDictionary(p => p.UrlPath, p => p.Source, StringComparer.Ordinal);
        claimed.EnsureCapacity(claimed.Count + inputs.Length);
        // Author and disease keys are checked per article, in parallel; in preview an unchanged article's check is
        // kept while the same keys exist.
        var known = string.Join('\n', authors.Order(StringComparer.Ordinal)) + "\n\n" + string.Join('\n', diseases.Order(StringComparer.Ordinal));
        var referenced = DocumentMemo.MapAll<CheckArticleReferences>(context, inputs, known, (doc, bag) =>
        {
            var article = doc.Get<Article>(Keys.Record);
            var ok = CheckKeys(article, article.Authors, authors, article.KeySpans.ContainsKey("authors") ? "authors" : "author",
                DiagnosticIds.UnknownAuthor, "author", "input/authors", bag);
            ok &= CheckKeys(article, article.Diseases, diseases, "diseases", DiagnosticIds.UnknownDisease, "disease", "input/diseases", bag);
            // Unknown references make the article invalid, but it stays for the link checks that follow.
            return ok ? doc : doc.With(Keys.Record, article with { Invalid = true });
        }, cancellationToken);
        // Addresses in order: the first article to claim one keeps it. An article invalid as read claims none.
        var valid = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            var read = inputs[i].Get<Article>(Keys.Record);
            var doc = referenced[i];
            var ok = true;
            if (!read.Invalid)
            {
                ok &= Claim(read, read.UrlPath, claimed, context.Diagnostics);
                foreach (var alias in read.Aliases)
                {
                    ok &= Claim(read, alias, claimed, context.Diagnostics);
                }
            }
            valid.Add(ok ? doc : doc.With(Keys.Record, doc.Get<Article>(Keys.Record) with { Invalid = true }));
        }
        return Task.FromResult(valid.MoveToImmutable());
    }

    // Every article of every preview build passes through here: plain loops, no allocation for a valid article.
    private static bool Claim(Article article, string url, Dictionary<string, string> claimed, DiagnosticBag diagnostics)
    {
        if (claimed.TryAdd(url, article.Source))
        {
            return true;
        }
        diagnostics.Error(article.SpanOf(url == article.UrlPath ? (article.KeySpans.ContainsKey("slug") ? "slug" : "title") : "aliases"),
            DiagnosticIds.DuplicateUrl, $"the URL '{url}' is already used by {claimed[url]}");
        return false;
    }

    private static bool CheckKeys(Article article, ImmutableArray<string> keys, HashSet<string> known, string key, string id,
        string kind, string folder, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var missing in keys)
        {
            if (known.Contains(missing))
            {
                continue;
            }
            var hint = Suggestions.Closest(missing, known) is { } best ? $"; did you mean '{best}'?" : $"; add {folder}/{missing}.md";
            diagnostics.Error(article.SpanOf(key), id, $"unknown {kind} '{missing}'{hint}");
            ok = false;
        }
        return ok;
    }
}
