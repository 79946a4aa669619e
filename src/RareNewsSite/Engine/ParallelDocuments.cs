using System.Collections.Immutable;

namespace RareNewsSite.Engine;

/// <summary>The one helper per-document modules use to work over their inputs in parallel, keeping order.</summary>
public static class ParallelDocuments
{
    /// <summary>Maps every document, in parallel, to zero or one result, keeping the input order.</summary>
    public static ImmutableArray<Document> Select(
        ImmutableArray<Document> inputs, Func<Document, Document?> map, CancellationToken cancellationToken)
    {
        var results = new Document?[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = cancellationToken },
            i => results[i] = map(inputs[i]));
        return [.. results.OfType<Document>()];
    }
}
