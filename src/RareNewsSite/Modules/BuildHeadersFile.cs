using System.Collections.Immutable;
using System.Text;
using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>
/// Writes <c>_headers</c>, which Netlify and Cloudflare Pages read from the published folder: fingerprinted theme assets
/// may be kept for a year (their name changes with their content), pages and feeds are checked with the server each time
/// (a new article shows at once). Both hosts add up the headers of every rule a path matches, so no two rules here
/// match the same path: assets are named one by one, and pages by the top-level folder or file they are in.
/// Runs in the Output phase, when every page is known.
/// </summary>
internal sealed class BuildHeadersFile : IModule
{
    /// <summary>The file's name at the output root.</summary>
    public const string FileName = "_headers";

    /// <summary>The Cache-Control of fingerprinted assets.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>The Cache-Control of pages and feeds.</summary>
    public const string Revalidate = "no-cache";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Input<SiteSettings>().GenerateHeadersFile)
        {
            return Task.FromResult(inputs);
        }
        var links = context.Input<LinkBuilder>();
        var assets = context.RenderedValues(Keys.Asset).Select(a => ((AssetPath)a.Value!).Destination).Order(StringComparer.Ordinal).ToList();
        var pages = context.RenderedValues(Keys.PageKind).Select(p => p.Destination).OfType<string>();
        var text = new StringBuilder()
            .Append("# Written by rarenews build for Netlify and Cloudflare Pages (other hosts ignore it).\n")
            .Append("# Fingerprinted theme assets: a new version gets a new name, so browsers may keep these for a year.\n");
        foreach (var asset in assets)
        {
            text.Append(links.To("/" + asset)).Append("\n  Cache-Control: ").Append(Immutable).Append('\n');
        }
        text.Append("# Pages and feeds: browsers ask the server each time whether they changed.\n");
        foreach (var rule in PageRules(pages, assets))
        {
            text.Append(links.To(rule)).Append("\n  Cache-Control: ").Append(Revalidate).Append('\n');
        }
        return Task.FromResult(inputs.Add(new Document { Destination = FileName, Content = text.ToString() }));
    }

    // "/" for the home page, "/articles/*" for every page in a folder, "/feed.xml" for a file at the root; the folder
    // that holds fingerprinted assets is never matched as a whole (its pages, if any, are named one by one).
    private static SortedSet<string> PageRules(IEnumerable<string> pages, List<string> assets)
    {
        var assetFolders = assets.Select(a => a.Split('/')[0]).ToHashSet(StringComparer.Ordinal);
        var rules = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var slash = page.IndexOf('/', StringComparison.Ordinal);
            if (page == "index.html")
            {
                rules.Add("/");
            }
            else if (slash < 0)
            {
                rules.Add("/" + page);
            }
            else if (assetFolders.Contains(page[..slash]))
            {
                rules.Add("/" + (page.EndsWith("/index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page));
            }
            else
            {
                rules.Add("/" + page[..(slash + 1)] + "*");
            }
        }
        return rules;
    }
}
