using System.Collections.Immutable;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Starts a pipeline from another pipeline's processed documents (those <paramref name="which"/> picks, when given).</summary>
internal sealed class TakeDocuments(string pipeline, Func<Document, bool>? which = null) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(inputs.AddRange(which is null ? context.OutputsOf(pipeline) : context.OutputsOf(pipeline).Where(which)));
}
