using System.Collections.Immutable;
using RareNewsSite.Engine;
using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>Renders each page's model with its theme layout; a page whose template fails is dropped after reporting.</summary>
public sealed class RenderLayout : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var site = context.Services.TemplateSite;
        return Task.FromResult(ParallelDocuments.Select(inputs, doc =>
        {
            if (!doc.Metadata.ContainsKey(Keys.Layout))
            {
                return doc;
            }
            var layout = doc.Get<string>(Keys.Layout);
            var html = context.Services.Templates.RenderPage(layout, doc.Get<ScriptObject>(Keys.Model), site, context.Diagnostics);
            return html is null
                ? null
                : doc with { Content = html, Dependencies = doc.Dependencies.Union(["theme/layouts/base.sbn-html", $"theme/layouts/{layout}.sbn-html", "theme/partials/", "statiq.json"]) };
        }, cancellationToken));
    }
}
