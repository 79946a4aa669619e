using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>Generates <c>404.html</c>, which static hosts serve for missing pages.</summary>
internal sealed class BuildNotFoundPage(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context, parts);
        var page = models.Page("Page not found", "This page does not exist.", "/404.html", "404") with { NoIndex = true };
        return Task.FromResult(inputs.Add(models.Document("/404.html", "404", "404", page)));
    }
}
