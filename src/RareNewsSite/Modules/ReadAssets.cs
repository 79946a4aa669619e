using System.Collections.Immutable;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Reads the theme's assets (CSS, JS, icons) as bytes.</summary>
public sealed class ReadAssets(string folder) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Files.ListFiles(folder, "")
            .Select(path => new Document { Source = path, Bytes = context.Files.ReadAllBytes(path), Dependencies = Document.DependencySet([path]) })
            .ToImmutableArray());
}
