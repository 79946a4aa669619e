using RareNewsSite.Content;
using RareNewsSite.Content.Trust;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Turns parsed front matter into <see cref="Reviewer"/> records, keyed by file name.</summary>
internal sealed class ReadReviewers : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var fm = doc.Get<ParsedMarkdown>(Keys.MarkdownAst).FrontMatter.ReportingTo(context.Diagnostics).Following(FrontMatterSchema.Reviewer);
        fm.WarnAboutUnknownKeys();
        var name = fm.Text("name", required: true);
        return name is { Length: > 0 }
            ? doc.With(Keys.Record, new Reviewer(Path.GetFileNameWithoutExtension(fm.Path), fm.Path, name, fm.Text("credentials"), fm.Text("job_title"),
                fm.Text("affiliation"), fm.Links("links")))
            : null;
    }
}
