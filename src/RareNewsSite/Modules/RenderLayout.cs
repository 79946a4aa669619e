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
        // In preview a page document at the same position as in the last good build, while no theme file changed,
        // is handed on as laid out then; the last good build recorded it in the cache already.
        var theme = cache?.ThemeVersion(LayoutFolders);
        return Task.FromResult(DocumentMemo.MapAll<RenderLayout>(context, inputs, theme,
            doc => doc.GetOrDefault<string>(Keys.Layout) is { } layout ? cache?.LayoutVersion(layout, LayoutDependencies) : null,
            (doc, bag) => LayOut(doc, context, site, cache, bag), cancellationToken,
            kept: (doc, page) =>
            {
                // Laid out in an earlier build, maybe one that failed: the cache compares the next build with it.
                if (page?.Destination is { } destination && doc.GetOrDefault<string>(Keys.Layout) is { } layout)
                {
                    cache?.Keep(destination, layout, doc.Dependencies, page.Content);
                }
            },
            handedOn: pages => cache?.HandedOn(pages)));
    }

    /// <summary>Every file a layout can depend on (see <see cref="LayoutDependencies"/>), as folders.</summary>
    private static readonly string[] LayoutFolders = ["theme/", "input/pages/", "statiq.json"];

    private static Document? LayOut(Document doc, BuildContext context, Templates.TemplateSite site, RenderCache? cache, Diagnostics.DiagnosticBag bag)
    {
        if (doc.GetOrDefault<string>(Keys.Layout) is not { } layout)
        {
            return doc;
        }
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
    }

    /// <summary>
    /// What every page rendered with <paramref name="layout"/> is also made from: its templates, the settings,
    /// the asset fingerprints and the static pages (their titles are in every page's navigation and footer).
    /// </summary>
    public static IEnumerable<string> LayoutDependencies(string layout) =>
        ["theme/layouts/base.sbn-html", $"theme/layouts/{layout}.sbn-html", "theme/partials/", "theme/assets/", "input/pages/", "statiq.json"];
}
