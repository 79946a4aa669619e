using RareNewsSite.Cms;
using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Turns parsed front matter into <see cref="StaticPage"/> records, at <c>/&lt;file name&gt;/</c>.</summary>
internal sealed class ReadPages : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var fm = doc.Get<ParsedMarkdown>(Keys.MarkdownAst).FrontMatter.ReportingTo(context.Diagnostics).Following(FrontMatterSchema.Page);
        fm.WarnAboutUnknownKeys();
        var title = fm.Text("title", required: true);
        var name = Path.GetFileNameWithoutExtension(fm.Path);
        if (!Slugs.IsValid(name))
        {
            context.Diagnostics.Error(SourceSpan.File(fm.Path), DiagnosticIds.InvalidSlug,
                $"page file name \"{name}\" must use lower-case letters, digits and single hyphens");
            return null;
        }
        if (name == DecapAdminPage.Folder && context.Input<SiteSettings>().GenerateCms)
        {
            context.Diagnostics.Error(SourceSpan.File(fm.Path), DiagnosticIds.DuplicateUrl,
                $"the URL '/{name}/' is already used by the CMS editor (GenerateCms in statiq.json); rename the page");
            return null;
        }
        var page = new StaticPage(name, fm.Path, title ?? "", fm.Text("description")) { InMenu = fm.Bool("menu"), MenuOrder = fm.Integer("menu_order") };
        return title is { Length: > 0 } ? doc.With(Keys.Record, page) : null;
    }
}
