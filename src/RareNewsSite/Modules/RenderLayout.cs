using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>
/// Renders each page's model with its theme layout; a page whose template fails is dropped after reporting.
/// In preview, the same page document laid out with unchanged layout files gives the same rendered document; a
/// new page document none of whose dependencies changed keeps its previous HTML (see <see cref="RenderCache"/>).
/// The layout's own files (<see cref="LayoutDependencies"/>) are checked once per layout rather than added to every page.
/// </summary>
public sealed class RenderLayout : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var site = context.Services.TemplateSite;
        var cache = context.RenderCache;
        return Task.FromResult(ParallelDocuments.Select(inputs, doc =>
        {
            if (!doc.Metadata.TryGetValue(Keys.Layout, out var value) || value is not string layout)
            {
                return doc;
            }
            var laidOut = false;
            var page = DocumentMemo.Map<RenderLayout>(context, doc, cache?.LayoutVersion(layout, LayoutDependencies), bag =>
            {
                laidOut = true;
                if (doc.Destination is { } destination && cache?.TryReuse(destination, layout, doc.Dependencies) is { } previous)
                {
                    return doc with { Content = previous };
                }
                var html = context.Services.Templates.RenderPage(layout, doc.Get<Func<ScriptObject>>(Keys.Model)(), site, bag);
                if (html is not null && doc.Destination is not null)
                {
                    cache?.Store(doc.Destination, layout, doc.Dependencies, html);
                }
                return html is null ? null : doc with { Content = html };
            });
            if (!laidOut && page?.Destination is { } kept)
            {
                cache?.Keep(kept, layout, doc.Dependencies, page.Content);
            }
            return page;
        }, cancellationToken));
    }

    /// <summary>
    /// What every page rendered with <paramref name="layout"/> is also made from: its templates, the settings,
    /// the asset fingerprints and the static pages (their titles are in every page's navigation and footer).
    /// </summary>
    public static IEnumerable<string> LayoutDependencies(string layout) =>
        ["theme/layouts/base.sbn-html", $"theme/layouts/{layout}.sbn-html", "theme/partials/", "theme/assets/", "input/pages/", "statiq.json"];
}
