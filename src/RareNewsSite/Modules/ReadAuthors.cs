using RareNewsSite.Content;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Turns parsed front matter into <see cref="Author"/> records, keyed by file name.</summary>
internal sealed class ReadAuthors : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var fm = doc.Get<ParsedMarkdown>(Keys.MarkdownAst).FrontMatter.ReportingTo(context.Diagnostics).Following(FrontMatterSchema.Author);
        fm.WarnAboutUnknownKeys();
        var name = fm.Text("name", required: true);
        return name is { Length: > 0 }
            ? doc.With(Keys.Record, new Author(Path.GetFileNameWithoutExtension(fm.Path), fm.Path, name, fm.Text("role"), fm.Text("avatar"), fm.Links("links")))
            : null;
    }
}
