using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>Generates the pages of each tag, listing its articles newest first, paginated.</summary>
public sealed class BuildTagPages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = PageModels.Of(context);
        // Each article once per tag, even if its front matter names the tag twice.
        var pages = models.Lists(nameof(BuildTagPages), [], symptoms: false, () => models.ByTag.Keys
            .Order(StringComparer.Ordinal)
            .SelectMany(key =>
            {
                var articles = models.ByTag[key];
                return models.Group(nameof(BuildTagPages), key, null, articles, () => Pages(key, articles));
            }));
        return Task.FromResult(inputs.AddRange(pages));

        IEnumerable<Document> Pages(string key, IReadOnlyList<ArticleView> articles)
        {
            var tag = articles[0].Tags.First(t => t.Key == key);
            return models.Paginate(articles, TagViews.PathOf(tag.Key)).Select(p =>
            {
                ScriptObject Model()
                {
                    var title = p.Pager.Number == 1 ? $"Topic: {tag.Name}" : $"Topic: {tag.Name}, page {p.Pager.Number} of {p.Pager.Total}";
                    var page = models.Page(title, $"News about {tag.Name}", p.SitePath, "tag", p.Pager);
                    return models.Model(page, ("tag", tag), ("articles", p.Items), ("pager", p.Pager));
                }
                return PageModels.Document(p.SitePath, "tag", Model, "tag", p.Items.Select(a => a.CardKey).Append($"@pages={p.Pager.Total}").Append(ValueKey.Of("tag", [tag.Key, tag.Name])));
            });
        }
    }
}
