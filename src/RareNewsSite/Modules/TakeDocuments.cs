using System.Collections.Immutable;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Starts a pipeline's Process phase from another pipeline's processed documents.</summary>
internal sealed class TakeDocuments(string pipeline) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(inputs.AddRange(context.OutputsOf(pipeline)));
}
