using System.Collections.Immutable;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Lists the files below a folder of the site root, one document each, holding only its path (see <see cref="ReadText"/>).</summary>
internal sealed class ListFiles(string folder, string suffix = ".md") : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Files.ListFiles(folder, suffix).Select(path => new Document { Source = path }).ToImmutableArray());
}
