using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Generates the A–Z indexes of diseases, authors and topics: the way to browse without JavaScript.
/// Diseases are listed under their name and again under each other name and abbreviation.
/// </summary>
internal sealed class BuildIndexPages(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context, parts);
        var links = models.Links;
        var lists = ArrangeArticles.Read(context, parts);
        var diseases = context.ValuesOf<Disease>(parts.Diseases, Keys.Record)
            .SelectMany(d => new[] { d.Name }.Concat(d.AlsoKnownAs).Concat(d.Abbreviation is { } a ? [a] : [])
                .Select(name => new LinkView(name == d.Name ? name : $"{name} (see {d.Name})", links.To(d.UrlPath), lists.ByDisease.Count(d.Key))));
        var authors = context.ValuesOf<Author>(parts.Authors, Keys.Record)
            .Select(a => new LinkView(a.Name, links.To(a.UrlPath), lists.ByAuthor.Count(a.Key)));
        // Each topic as its newest article names it.
        var tags = lists.ByTag.Keys.Select(key => lists.ByTag[key][0].Tags.First(t => t.Key == key))
            .Select(t => new LinkView(t.Name, t.Url, lists.ByTag.Count(t.Key)));
        return Task.FromResult(inputs.AddRange(ImmutableArray.Create(
        [
            Index(models, "/diseases/", "Diseases A to Z", "Every condition we write about, with its other names", diseases),
            Index(models, "/authors/", "Authors", "The people who write our news", authors),
            Index(models, "/tags/", "Topics A to Z", "Every topic we write about", tags),
        ])));
    }

    private static Document Index(PageModels models, string sitePath, string title, string description, IEnumerable<LinkView> items)
    {
        var sorted = items.OrderBy(i => i.Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Url, StringComparer.Ordinal).ToList();
        ValueArray<LetterGroup> groups = [.. sorted.GroupBy(i => char.ToUpperInvariant(i.Title[0])).Select(g => new LetterGroup(g.Key.ToString(), [.. g]))];
        return models.Document(sitePath, "index", "index", models.Page(title, description, sitePath, "index"), new ModelValue("groups", groups));
    }
}

/// <summary>The entries of an A–Z index under one letter.</summary>
internal sealed record LetterGroup(string Letter, ValueArray<LinkView> Items);
