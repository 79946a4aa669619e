using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        // In preview, when every article claims what the one at its position claimed in the last good build (which
        // had no clash), no address is claimed twice now either.
        var documents = ImmutableCollectionsMarshal.AsArray(inputs)!;
        var pagesClaim = new SameObjects([.. context.OutputsOf(Pipelines.PipelineNames.Pages)]);
        var last = DocumentMemo.Exchange<CheckArticleReferences>(context, "claims", new StepRuns.Run(pagesClaim, documents, documents, []));
        if (last is not null && last.SameKey(pagesClaim) && SameClaims(last.Inputs, documents))
        {
            return Task.FromResult(referenced);
        }
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

    // The same articles in the same order, or at a changed position one that claims the same addresses (or none).
    private static bool SameClaims(Document[] before, Document[] now)
    {
        if (before.Length != now.Length)
        {
            return false;
        }
        for (var i = 0; i < now.Length; i++)
        {
            if (ReferenceEquals(before[i], now[i]))
            {
                continue;
            }
            var (was, read) = (before[i].Get<Article>(Keys.Record), now[i].Get<Article>(Keys.Record));
            if (!read.Invalid && (was.UrlPath != read.UrlPath || !was.Aliases.SequenceEqual(read.Aliases, StringComparer.Ordinal)))
            {
                return false;
            }
        }
        return true;
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
