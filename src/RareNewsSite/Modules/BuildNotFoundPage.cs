using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;

using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>Generates <c>404.html</c>, which static hosts serve for unknown URLs.</summary>
public sealed class BuildNotFoundPage : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = PageModels.Of(context);
        ScriptObject Model() => models.Model(models.Page("Page not found", "This page does not exist.", "/404.html", "404") with { NoIndex = true });
        // Kept with the lists (it shows only the site's navigation), so a preview rebuild can hand the whole list on.
        return Task.FromResult(inputs.AddRange(models.Lists(nameof(BuildNotFoundPage), [], symptoms: false, () => [PageModels.Document("/404.html", "404", Model, "404", [])])));
    }
}
