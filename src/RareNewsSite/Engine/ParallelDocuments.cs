using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace RareNewsSite.Engine;

/// <summary>The one helper per-document modules use to work over their inputs in parallel, keeping order.</summary>
public static class ParallelDocuments
{
    /// <summary>Maps every document, in parallel, to zero or one result, keeping the input order.</summary>
    public static ImmutableArray<Document> Select(
        ImmutableArray<Document> inputs, Func<Document, Document?> map, CancellationToken cancellationToken) =>
        Select(inputs, (doc, _) => map(doc), cancellationToken);

    /// <summary>
    /// Maps every document with its position, in parallel, keeping the input order; the position lets a module
    /// keep a side result per document in a plain array instead of a contended concurrent dictionary.
    /// </summary>
    public static ImmutableArray<Document> Select(
        ImmutableArray<Document> inputs, Func<Document, int, Document?> map, CancellationToken cancellationToken)
    {
        var results = new Document?[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = cancellationToken },
            i => results[i] = map(inputs[i], i));
        return WithoutNulls(results);
    }

    /// <summary>Makes a document (or none) from every item, in parallel, keeping the order of the items.</summary>
    public static ImmutableArray<Document> Select<T>(IReadOnlyList<T> items, Func<T, Document?> make, CancellationToken cancellationToken)
    {
        var results = new Document?[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = make(items[i]));
        return WithoutNulls(results);
    }

    /// <summary>
    /// The value at <paramref name="key"/> of every document, in order, as <see cref="Document.Get{T}"/> reads it. For a
    /// whole-list step that reads one value of each of its inputs (a check over every article's record).
    /// </summary>
    public static T[] Values<T>(ImmutableArray<Document> docs, string key) => Each(docs, key, doc => doc.Get<T>(key));

    /// <summary>
    /// What <paramref name="read"/> gives for every document, in order. Values taken from the build cache are read back
    /// (decoded) on every core when there are many: 10,000 search documents take a second and a half on one.
    /// </summary>
    internal static T[] Each<T>(ImmutableArray<Document> docs, string key, Func<Document, T> read)
    {
        var values = new T[docs.Length];
        if (docs.Length >= 256 && docs.Any(d => d.Metadata.TryGetValue(key, out var value) && value is DeferredValue))
        {
            try
            {
                Parallel.For(0, docs.Length, i => values[i] = read(docs[i]));
            }
            catch (AggregateException many) when (many.InnerExceptions.Count == 1)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(many.InnerExceptions[0]);
            }
        }
        else
        {
            for (var i = 0; i < docs.Length; i++)
            {
                values[i] = read(docs[i]);
            }
        }
        return values;
    }

    /// <summary>The documents made, without the dropped ones (nulls), in order.</summary>
    // Usually nothing was dropped: then the array itself becomes the result, without a second 10,000-slot copy.
    public static ImmutableArray<Document> WithoutNulls(Document?[] results) =>
        Array.IndexOf(results, null) < 0
            ? ImmutableCollectionsMarshal.AsImmutableArray<Document>(results!)
            : [.. results.OfType<Document>()];
}
