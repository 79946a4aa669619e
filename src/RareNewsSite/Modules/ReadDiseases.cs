using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;

namespace RareNewsSite.Modules;

/// <summary>Turns parsed front matter into <see cref="Disease"/> records, keyed by file name.</summary>
public sealed class ReadDiseases : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(DocumentMemo.MapAll<ReadDiseases>(context, inputs, null, (doc, bag) =>
        {
            var parsed = doc.Get<FrontMatter>(ParseMarkdown.FrontMatterKey);
            var disease = Memoized.Get<Memo, FrontMatter, Disease>(context.Memory, parsed, null, bag, diagnostics => Read(parsed.ReportingTo(diagnostics)));
            return disease is null ? null : doc.With(Keys.Record, disease);
        }, cancellationToken));

    private static Disease? Read(FrontMatter fm)
    {
        fm.WarnAboutUnknownKeys(FrontMatterSchema.Disease);
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
        };
        return name is { Length: > 0 } ? disease : null;
    }

    /// <summary>Diseases by parsed front matter, in preview.</summary>
    private sealed class Memo : IdentityMemo<FrontMatter, Disease>;
}
