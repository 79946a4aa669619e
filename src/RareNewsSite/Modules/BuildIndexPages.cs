using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Pipelines;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Generates the A–Z indexes of diseases, authors and topics: the way to browse without JavaScript.
/// Diseases are listed under their name and again under each other name and abbreviation.
/// </summary>
public sealed class BuildIndexPages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = PageModels.Of(context);
        // The A to Z pages list every author and disease by name, with their articles counted from the cards.
        var read = context.OutputsOf(PipelineNames.Authors).AddRange(context.OutputsOf(PipelineNames.Diseases));
        return Task.FromResult(inputs.AddRange(models.Lists(nameof(BuildIndexPages), read, symptoms: false, () => Build(models, context))));
    }

    private static ImmutableArray<Document> Build(PageModels models, BuildContext context)
    {
        var links = context.Services.Links;
        // Counted from the groups the page models hold already: counting per entry over every article is quadratic.
        var diseases = context.OutputsOf(PipelineNames.Diseases).Select(d => d.Get<Disease>(Keys.Record))
            .SelectMany(d => new[] { d.Name }.Concat(d.AlsoKnownAs).Concat(d.Abbreviation is { } a ? [a] : [])
                .Select(name => new LinkView(name == d.Name ? name : $"{name} (see {d.Name})", links.To(d.UrlPath), models.ByDisease.Count(d.Key))));
        var authors = context.OutputsOf(PipelineNames.Authors).Select(d => d.Get<Author>(Keys.Record))
            .Select(a => new LinkView(a.Name, links.To(a.UrlPath), models.ByAuthor.Count(a.Key)));
        // Each topic as its newest article names it.
        var tags = models.ByTag.Keys.Select(key => models.ByTag.Newest(key, 1)[0].Tags.First(t => t.Key == key))
            .Select(t => new LinkView(t.Name, t.Url, models.ByTag.Count(t.Key)));

        return
        [
            Index(models, "/diseases/", "Diseases A to Z", "Every condition we write about, with its other names", diseases),
            Index(models, "/authors/", "Authors", "The people who write our news", authors),
            Index(models, "/tags/", "Topics A to Z", "Every topic we write about", tags),
        ];
    }

    private static Document Index(PageModels models, string sitePath, string title, string description, IEnumerable<LinkView> items)
    {
        var sorted = items.OrderBy(i => i.Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Url, StringComparer.Ordinal).ToList();
        var groups = sorted.GroupBy(i => char.ToUpperInvariant(i.Title[0]))
            .Select(g => new LetterGroup(g.Key.ToString(), [.. g]))
            .ToList();
        // Names, links and counts come from every article, author and disease: depend on them as values.
        return PageModels.Document(sitePath, "index", () => models.Model(models.Page(title, description, sitePath, "index"), ("groups", groups)), "index",
            [sorted.Aggregate(new ValueHasher(), (hasher, i) => hasher.Add(i.Title).Add(i.Url).Add(i.Count)).Key("index:" + sitePath)]);
    }
}

/// <summary>The entries of an A–Z index under one letter.</summary>
public sealed record LetterGroup(string Letter, IReadOnlyList<LinkView> Items);
