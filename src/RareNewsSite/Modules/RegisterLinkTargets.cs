using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Links;

namespace RareNewsSite.Modules;

/// <summary>
/// Records every article and page (published or not) as a link target with its anchors, so links between
/// Markdown files resolve, and a link to a draft gets a precise message.
/// </summary>
public sealed class RegisterLinkTargets : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        foreach (var doc in inputs)
        {
            var anchors = doc.Get<ImmutableHashSet<string>>(Keys.Anchors);
            var (url, published) = doc.Get<object>(Keys.Record) switch
            {
                Article a => (a.UrlPath, FilterPublished.IsPublished(a, context)),
                StaticPage p => (p.UrlPath, true),
                _ => throw new InvalidOperationException("Only articles and pages are link targets."),
            };
            context.LinkTargets[doc.Source!] = new LinkTarget(url, anchors, published);
        }
        return Task.FromResult(inputs);
    }
}
