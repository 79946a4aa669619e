using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>
/// Checks that no two articles, aliases or pages claim the same URL: in order, the first to claim an address keeps
/// it, and a later one is an error and marked invalid. An article invalid as read claims none.
/// </summary>
internal sealed class CheckAddresses(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var claimed = context.ValuesOf<StaticPage>(parts.Pages, Keys.Record).ToDictionary(p => p.UrlPath, p => p.Source, StringComparer.Ordinal);
        var valid = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var doc in inputs)
        {
            var article = doc.Get<Article>(Keys.Record);
            var ok = true;
            if (!article.Invalid)
            {
                ok &= Claim(article, article.UrlPath, claimed, context.Diagnostics);
                foreach (var alias in article.Aliases)
                {
                    ok &= Claim(article, alias, claimed, context.Diagnostics);
                }
            }
            valid.Add(ok ? doc : doc.With(Keys.Record, article with { Invalid = true }));
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
