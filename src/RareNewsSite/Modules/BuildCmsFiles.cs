using System.Collections.Immutable;
using RareNewsSite.Cms;
using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>
/// Writes the Decap CMS editor, <c>admin/index.html</c> and <c>admin/config.yml</c>, when <c>GenerateCms</c> is on.
/// Both come from the settings and the content model alone, so they are made once per change of settings.
/// </summary>
internal sealed class BuildCmsFiles : IModule
{
    /// <summary>The admin page's kind: <c>_headers</c> asks browsers to check it each time, the sitemap leaves it out, the preview serves it as built.</summary>
    public const string PageKind = "cms";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var settings = context.Input<SiteSettings>();
        if (!settings.GenerateCms)
        {
            return Task.FromResult(inputs);
        }
        var links = context.Input<LinkBuilder>();
        return Task.FromResult(inputs.AddRange(
            new Document { Destination = $"{DecapAdminPage.Folder}/index.html", Content = DecapAdminPage.Write(settings, links) }.With(Keys.PageKind, PageKind),
            new Document { Destination = $"{DecapAdminPage.Folder}/config.yml", Content = DecapConfig.Write(settings, links) }));
    }
}
