using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>
/// Checks that no two articles, aliases or pages claim the same URL: pages first, then articles oldest first (by
/// date, then path); the first to claim an address keeps it, and a later one is an error and marked invalid. An
/// article invalid as read claims none.
/// </summary>
internal sealed class CheckAddresses(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var claimed = context.ValuesOf<StaticPage>(parts.Pages, Keys.Record).ToDictionary(p => p.UrlPath, p => p.Source, StringComparer.Ordinal);
        // The older article keeps its address and the newer one is blamed: that is the one just written, usually by
        // copying the older file, so the message lands in the file the editor has open.
        var articles = ParallelDocuments.Values<Article>(inputs, Keys.Record);
        var ok = new bool[inputs.Length];
        foreach (var i in Enumerable.Range(0, inputs.Length).OrderBy(i => articles[i].Date).ThenBy(i => articles[i].Source, StringComparer.Ordinal))
        {
            var article = articles[i];
            ok[i] = true;
            if (!article.Invalid)
            {
                ok[i] &= Claim(article, article.UrlPath, claimed, context.Diagnostics);
                foreach (var alias in article.Aliases)
                {
                    ok[i] &= Claim(article, alias, claimed, context.Diagnostics);
                }
            }
        }
        var valid = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            valid.Add(ok[i] ? inputs[i] : inputs[i].With(Keys.Record, articles[i] with { Invalid = true }));
        }
        return Task.FromResult(valid.MoveToImmutable());
    }

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
}
