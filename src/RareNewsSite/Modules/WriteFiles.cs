using System.Collections.Immutable;
using System.Text;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;

namespace RareNewsSite.Modules;

/// <summary>Writes every document that has a destination to the output folder.</summary>
public sealed class WriteFiles : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        // In preview, a document at the same position as in the last good build was written (or found written) then.
        var unhanded = DocumentMemo.Unhanded<WriteFiles>(context, inputs);
        Parallel.For(0, unhanded.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var doc = inputs[unhanded[i]];
            // An unchanged page is handed on as the very document the last good build wrote there.
            if (doc.Destination is { } destination && context.Written?.Holds(destination, doc) != true)
            {
                context.Written?.Record(destination, doc);
                if (doc.Bytes is { } bytes)
                {
                    context.Output.Write(destination, bytes.Span);
                }
                else
                {
                    // Feeds and the sitemap are made again on every preview build, mostly as the same text: encode it once.
                    context.Output.Write(destination, Memoized.Get<Memo, string, byte[]>(context.Memory, doc.Content, null, context.Diagnostics,
                        _ => Encoding.UTF8.GetBytes(doc.Content))!);
                }
            }
        });
        return Task.FromResult(inputs);
    }

    /// <summary>UTF-8 bytes by text, in preview.</summary>
    private sealed class Memo : IdentityMemo<string, byte[]>;
}
