using System.Collections.Immutable;
using System.Text;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Writes every document that has a destination to the output folder.</summary>
public sealed class WriteFiles : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ParallelDocuments.Select(inputs, doc =>
        {
            // A page reused from the previous preview build is already in the output as it is.
            if (doc.Destination is { } destination && !doc.Metadata.ContainsKey(Keys.Reused))
            {
                if (doc.Bytes is { } bytes)
                {
                    context.Output.Write(destination, bytes.Span);
                }
                else
                {
                    context.Output.Write(destination, Encoding.UTF8.GetBytes(doc.Content));
                }
            }
            return doc;
        }, cancellationToken));
}
