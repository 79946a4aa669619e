using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Turns parsed front matter into <see cref="Author"/> records, keyed by file name.</summary>
public sealed class ReadAuthors : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ParallelDocuments.Select(inputs, doc =>
        {
            var fm = doc.Get<FrontMatter>(ParseMarkdown.FrontMatterKey);
            fm.WarnAboutUnknownKeys(FrontMatterSchema.Author);
            var name = fm.Text("name", required: true);
            var author = new Author(Path.GetFileNameWithoutExtension(fm.Path), fm.Path, name ?? "", fm.Text("role"), fm.Text("avatar"), fm.Links("links"));
            return name is { Length: > 0 } ? doc.With(Keys.Record, author) : null;
        }, cancellationToken));
}
