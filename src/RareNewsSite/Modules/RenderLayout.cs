using System.Collections.Immutable;
using RareNewsSite.Engine;
using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>
/// Renders each page's model with its theme layout; a page whose template fails is dropped after reporting.
/// In preview, a page none of whose dependencies changed keeps its previous HTML (see <see cref="Incremental.RenderCache"/>);
/// the layout's own files (<see cref="LayoutDependencies"/>) are checked once per layout rather than added to every page.
/// </summary>
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
            if (doc.Destination is { } destination && context.RenderCache?.TryReuse(destination, layout, LayoutDependencies(layout), doc.Dependencies) is { } previous)
            {
                return doc.With(Keys.Reused, true) with { Content = previous };
            }
            var html = context.Services.Templates.RenderPage(layout, doc.Get<Func<ScriptObject>>(Keys.Model)(), site, context.Diagnostics);
            if (html is not null && doc.Destination is not null)
            {
                context.RenderCache?.Store(doc.Destination, layout, doc.Dependencies, html);
            }
            return html is null ? null : doc with { Content = html };
        }, cancellationToken));
    }

    /// <summary>
    /// What every page rendered with <paramref name="layout"/> is also made from: its templates, the settings,
    /// the asset fingerprints and the static pages (their titles are in every page's navigation and footer).
    /// </summary>
    public static IEnumerable<string> LayoutDependencies(string layout) =>
        ["theme/layouts/base.sbn-html", $"theme/layouts/{layout}.sbn-html", "theme/partials/", "theme/assets/", "input/pages/", "statiq.json"];
}
