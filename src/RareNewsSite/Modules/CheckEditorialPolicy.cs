using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Warns when the site publishes articles but the page the <c>EditorialPolicy</c> setting names does not exist: every
/// article would then go without the link (<c>check</c> only) to how the site chooses, checks, corrects and funds what it publishes.
/// </summary>
internal sealed class CheckEditorialPolicy(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var setting = context.Input<SiteSettings>().EditorialPolicy;
        // A check of the site's setup, like the review and writing checks: `check` reports it, a plain build stays quiet.
        if (!context.Options.EditorialChecks || !setting.StartsWith('/') || context.ValuesOf<ArticleCard>(parts.Content, Keys.Card).Count == 0)
        {
            return Task.FromResult(inputs);
        }
        var pages = context.ValuesOf<StaticPage>(parts.Pages, Keys.Record);
        if (EditorialPolicy.PageOf(setting, pages) is null)
        {
            var path = EditorialPolicy.SitePath(setting);
            var file = path.Trim('/') is { Length: > 0 } name && Slugs.IsValid(name) ? $"input/pages/{name}.md" : "a page in input/pages/";
            var fix = Suggestions.Closest(path, pages.Select(p => p.UrlPath)) is { } best
                ? $"did you mean '{best}'?"
                : $"write {file} (how you choose, write, check, correct and fund articles)";
            context.Diagnostics.Warning(SourceSpan.File("statiq.json"), DiagnosticIds.MissingEditorialPolicy,
                $"'EditorialPolicy' names '{path}', but the site has no such page, so articles show no link to an editorial policy; {fix}");
        }
        return Task.FromResult(inputs);
    }
}
