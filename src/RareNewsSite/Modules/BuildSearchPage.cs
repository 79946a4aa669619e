using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>
/// Generates <c>/search/</c>: a plain GET form that the search script enhances, and, for readers without
/// JavaScript, links to the A–Z indexes. Runs after <see cref="BuildSearchIndex"/>, whose version it links.
/// </summary>
public sealed class BuildSearchPage : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Settings.GenerateSearchIndex)
        {
            return Task.FromResult(inputs);
        }
        var version = inputs.Select(d => d.GetOrDefault<string>(BuildSearchIndex.VersionKey)).FirstOrDefault(v => v is not null) ?? "";
        var models = PageModels.Of(context);
        ScriptObject Model() => models.Model(
            models.Page("Search", "Search our news by disease, drug, symptom, author or any word", BuildSearchIndex.SitePath, "search"),
            ("search", new SearchView(context.Services.Links.To(BuildSearchIndex.SitePath), version)));
        // The page carries the index version, which changes with anything the index holds.
        return Task.FromResult(inputs.Add(PageModels.Document(BuildSearchIndex.SitePath, "search", Model, "search", [$"@search={version}"])));
    }
}
