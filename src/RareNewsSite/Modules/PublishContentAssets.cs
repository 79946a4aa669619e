using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Images;

namespace RareNewsSite.Modules;

/// <summary>Publishes the files under <c>input/assets/</c> (images, PDFs) unchanged at <c>/assets/…</c>.</summary>
public sealed class PublishContentAssets : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(inputs.Select(doc => doc with { Destination = ImagePaths.SitePathOf(doc.Source!).TrimStart('/') }).ToImmutableArray());
}
