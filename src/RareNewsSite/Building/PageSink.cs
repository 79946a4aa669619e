using System.Collections.Concurrent;
using System.Collections.Immutable;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;

namespace RareNewsSite.Building;

/// <summary>
/// Writes a cold build's pages while it runs, each as soon as it is final, keeping the document without its text, so the
/// build never holds every page at once and writing overlaps with work still to do. Where two documents make the same
/// destination, the one a whole build would write last wins, whichever is made first: the later pipeline in name order,
/// and within a pipeline the later document, as in <see cref="SiteBuilder.Pages"/>.
/// </summary>
/// <remarks>Only for an output that is thrown away when the build fails (a staging folder): pages are written before the build knows.</remarks>
internal sealed class PageSink(IOutputFolder output, string outputShownAs)
{
    // A claim and its write happen under one lock per destination's stripe, so a document that claimed later cannot be
    // overwritten by one that claimed earlier and wrote late.
    private readonly object[] _stripes = [.. Enumerable.Range(0, 64).Select(_ => new object())];
    // Records and strings as values, not tuples or bytes: a framework dictionary of a value type is compiled at every start.
    private readonly ConcurrentDictionary<string, Claim> _writtenBy = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _pipelinesWritten = new(StringComparer.Ordinal);
    private OutputFullException? _full;

    /// <summary>The full-disk error that stopped writing, or null.</summary>
    public Diagnostic? Full => _full is null ? null : PageWriter.DiskFull(_full, outputShownAs);

    /// <summary>True when any of <paramref name="pipeline"/>'s documents came through here.</summary>
    public bool Wrote(string pipeline) => _pipelinesWritten.ContainsKey(pipeline);

    /// <summary>
    /// Writes <paramref name="doc"/> if it is a page, as the <paramref name="order"/>th document of <paramref name="pipeline"/>;
    /// returns it without its text once written.
    /// </summary>
    public Document Write(string pipeline, Document doc, long order)
    {
        // Looked up first: an add takes a lock even for a key already there, and every document of a pipeline has the same.
        if (!_pipelinesWritten.ContainsKey(pipeline))
        {
            _pipelinesWritten.TryAdd(pipeline, pipeline);
        }
        if (doc.Destination is not { } destination || _full is not null)
        {
            return doc;
        }
        try
        {
            lock (_stripes[(StringComparer.Ordinal.GetHashCode(destination) & int.MaxValue) % _stripes.Length])
            {
                var claim = new Claim(pipeline, order);
                if (!_writtenBy.TryGetValue(destination, out var other) || Precedes(other, claim))
                {
                    _writtenBy[destination] = claim;
                    if (doc.Reused is not { } reused || !output.Keep(destination, reused.Hash, reused.Length))
                    {
                        PageWriter.Write(output, doc.Reused?.Remade ?? doc);
                    }
                }
            }
        }
        catch (OutputFullException full)
        {
            // Several writers may hit the full disk at once; name one, the same one whichever thread got there first.
            lock (_stripes)
            {
                if (_full is null || string.CompareOrdinal(full.Path, _full.Path) < 0)
                {
                    _full = full;
                }
            }
            return doc;
        }
        return doc.Reused is not null ? doc : doc with { Content = "", Bytes = null };
    }

    /// <summary>Writes those of a whole pipeline's documents that are pages; returns them without their text.</summary>
    public ImmutableArray<Document> Write(string pipeline, ImmutableArray<Document> docs)
    {
        var kept = new Document[docs.Length];
        Parallel.For(0, docs.Length, i => kept[i] = Write(pipeline, docs[i], i));
        return [.. kept];
    }

    private static bool Precedes(Claim written, Claim now) =>
        string.CompareOrdinal(written.Pipeline, now.Pipeline) is var byName && (byName < 0 || byName == 0 && written.Order < now.Order);

    // Which pipeline's document, at which place in its list, wrote a destination.
    private sealed record Claim(string Pipeline, long Order);
}
