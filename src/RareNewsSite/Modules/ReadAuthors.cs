using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;

namespace RareNewsSite.Modules;

/// <summary>Turns parsed front matter into <see cref="Author"/> records, keyed by file name.</summary>
public sealed class ReadAuthors : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(DocumentMemo.MapAll<ReadAuthors>(context, inputs, null, (doc, bag) =>
        {
            var parsed = doc.Get<FrontMatter>(ParseMarkdown.FrontMatterKey);
            var author = Memoized.Get<Memo, FrontMatter, Author>(context.Memory, parsed, null, bag, diagnostics =>
            {
                var fm = parsed.ReportingTo(diagnostics);
                fm.WarnAboutUnknownKeys(FrontMatterSchema.Author);
                var name = fm.Text("name", required: true);
                return name is { Length: > 0 } ? new Author(Path.GetFileNameWithoutExtension(fm.Path), fm.Path, name, fm.Text("role"), fm.Text("avatar"), fm.Links("links")) : null;
            });
            return author is null ? null : doc.With(Keys.Record, author);
        }, cancellationToken));

    /// <summary>Authors by parsed front matter, in preview.</summary>
    private sealed class Memo : IdentityMemo<FrontMatter, Author>;
}
