using RareNewsSite.Content;
using RareNewsSite.Content.Trust;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Turns parsed front matter into <see cref="Disease"/> records, keyed by file name.</summary>
internal sealed class ReadDiseases : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var fm = doc.Get<ParsedMarkdown>(Keys.MarkdownAst).FrontMatter.ReportingTo(context.Diagnostics).Following(FrontMatterSchema.Disease);
        fm.WarnAboutUnknownKeys();
        var name = fm.Text("name", required: true);
        var disease = new Disease
        {
            Key = Path.GetFileNameWithoutExtension(fm.Path),
            Source = fm.Path,
            Name = name ?? "",
            AlsoKnownAs = fm.List("also_known_as"),
            Abbreviation = fm.Text("abbreviation"),
            Orpha = fm.Text("orpha"),
            Omim = fm.Text("omim"),
            Icd10 = fm.Text("icd10"),
            Symptoms = fm.List("symptoms"),
            Review = ReviewReader.Read(fm),
            ReviewedBy = fm.Text("reviewed_by"),
            ReviewedBySpan = fm.SpanOfKey("reviewed_by"),
        };
        return name is { Length: > 0 } ? doc.With(Keys.Record, disease) : null;
    }
}
