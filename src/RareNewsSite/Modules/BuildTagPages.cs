using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Generates a page per tag listing its articles, newest first.</summary>
public sealed class BuildTagPages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context);
        var pages = models.Articles
            .SelectMany(a => a.Tags.Select(t => (Tag: t, Article: a)))
            .GroupBy(x => x.Tag.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var tag = group.First().Tag;
                var articles = group.Select(x => x.Article).ToList();
                var sitePath = TagViews.PathOf(tag.Key);
                var page = models.Page($"Topic: {tag.Name}", $"News about {tag.Name}", sitePath, "tag");
                var model = models.Model(page, ("tag", tag), ("articles", articles));
                return PageModels.Document(sitePath, "tag", model, "tag", articles.SelectMany(a => a.Inputs));
            });
        return Task.FromResult(inputs.AddRange(pages));
    }
}
