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
        // In preview, a pipeline whose pages are all the very documents of the last build (its lists were kept),
        // laid out with unchanged theme files, gets the last build's laid-out pages back in one comparison.
        // The list is remembered by its first document (each pipeline's list has its own).
        var key = cache is null || context.Memory is null || inputs.IsEmpty ? null : new LaidOut(new SameObjects([.. inputs]), cache.ThemeVersion(LayoutFolders));
        var lists = context.Memory?.Get<ListMemo>();
        var kept = key is null ? null : lists!.Find(inputs[0], key);
        if (kept is not null)
        {
            foreach (var page in kept.Documents)
            {
                if (page.Destination is { } destination && page.Metadata.TryGetValue(Keys.Layout, out var layout))
                {
                    cache!.Keep(destination, (string)layout, page.Dependencies, page.Content);
                }
            }
            return Task.FromResult(kept.Documents);
        }
        var pages = ParallelDocuments.Select(inputs, doc => LayOut(doc, context, site, cache), cancellationToken);
        // Only a list laid out without a failing template is kept: a failing one reports an error and drops its page.
        if (key is not null && pages.Length == inputs.Length)
        {
            lists!.Set(inputs[0], key, new Pages(pages));
        }
        return Task.FromResult(pages);
    }

    /// <summary>Every file a layout can depend on (see <see cref="LayoutDependencies"/>), as folders.</summary>
    private static readonly string[] LayoutFolders = ["theme/", "input/pages/", "statiq.json"];

    private sealed record LaidOut(SameObjects Inputs, object Theme);

    private sealed record Pages(ImmutableArray<Document> Documents);

    /// <summary>Laid-out lists by their first input document, in preview.</summary>
    private sealed class ListMemo : IdentityMemo<Document, Pages>;

    private static Document? LayOut(Document doc, BuildContext context, Templates.TemplateSite site, RenderCache? cache)
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
    }

    /// <summary>
    /// What every page rendered with <paramref name="layout"/> is also made from: its templates, the settings,
    /// the asset fingerprints and the static pages (their titles are in every page's navigation and footer).
    /// </summary>
    public static IEnumerable<string> LayoutDependencies(string layout) =>
        ["theme/layouts/base.sbn-html", $"theme/layouts/{layout}.sbn-html", "theme/partials/", "theme/assets/", "input/pages/", "statiq.json"];
}
