using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// The open corrections log at <c>/corrections/</c>: every correction on the site, newest first, with its article.
/// Written even when there is none yet, so the footer's link always works and says so.
/// </summary>
internal sealed class BuildCorrectionsPage(SiteParts parts) : IModule
{
    /// <summary>Where the log is published.</summary>
    public const string SitePath = "/corrections/";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context, parts);
        ValueArray<CorrectionView> corrections = [.. context.ValuesOf<ArticleCard>(parts.Content, Keys.Card).DistinctBy(c => c.Source)
            .SelectMany(card => card.Corrections.Select(c => new CorrectionView(c.Date, c.Text, card.Title, card.Url)))
            .OrderByDescending(c => c.Date).ThenBy(c => c.Url, StringComparer.Ordinal).ThenBy(c => c.Text, StringComparer.Ordinal)];
        var page = models.Page("Corrections", $"Every correction made to an article on {models.Settings.SiteTitle}, newest first.", SitePath, "corrections");
        return Task.FromResult(inputs.Add(models.Document(SitePath, "corrections", "corrections", page, new ModelValue("corrections", corrections))));
    }
}
