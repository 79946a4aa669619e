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
        var models = new PageModels(context);
        var links = context.Services.Links;
        var counts = (Func<ArticleView, bool> match) => models.Articles.Count(match);

        var diseases = context.OutputsOf(PipelineNames.Diseases).Select(d => d.Get<Disease>(Keys.Record))
            .SelectMany(d => new[] { d.Name }.Concat(d.AlsoKnownAs).Concat(d.Abbreviation is { } a ? [a] : [])
                .Select(name => new LinkView(name == d.Name ? name : $"{name} (see {d.Name})", links.To(d.UrlPath), counts(x => x.DiseaseKeys.Contains(d.Key)))));
        var authors = context.OutputsOf(PipelineNames.Authors).Select(d => d.Get<Author>(Keys.Record))
            .Select(a => new LinkView(a.Name, links.To(a.UrlPath), counts(x => x.AuthorKeys.Contains(a.Key))));
        var tags = models.Articles.SelectMany(a => a.Tags).DistinctBy(t => t.Key)
            .Select(t => new LinkView(t.Name, t.Url, counts(x => x.Tags.Any(y => y.Key == t.Key))));

        ImmutableArray<Document> pages =
        [
            Index(models, "/diseases/", "Diseases A to Z", "Every condition we write about, with its other names", diseases),
            Index(models, "/authors/", "Authors", "The people who write our news", authors),
            Index(models, "/tags/", "Topics A to Z", "Every topic we write about", tags),
        ];
        return Task.FromResult(inputs.AddRange(pages));
    }

    private static Document Index(PageModels models, string sitePath, string title, string description, IEnumerable<LinkView> items)
    {
        var sorted = items.OrderBy(i => i.Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Url, StringComparer.Ordinal).ToList();
        var groups = sorted.GroupBy(i => char.ToUpperInvariant(i.Title[0]))
            .Select(g => new LetterGroup(g.Key.ToString(), [.. g]))
            .ToList();
        var page = models.Page(title, description, sitePath, "index");
        return PageModels.Document(sitePath, "index", models.Model(page, ("groups", groups)), "index", []);
    }
}

/// <summary>The entries of an A–Z index under one letter.</summary>
public sealed record LetterGroup(string Letter, IReadOnlyList<LinkView> Items);
