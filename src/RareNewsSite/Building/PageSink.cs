using System.Collections.Concurrent;
using System.Collections.Immutable;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;

namespace RareNewsSite.Building;

/// <summary>
/// Writes a cold build's pages while it runs: each pipeline's as soon as they are final, handing back the documents
/// without their text, so the build never holds every page at once and writing overlaps with work still to do. Where two
/// pipelines make the same destination, the one later in name order wins whichever finishes first, as in
/// <see cref="SiteBuilder.Pages"/>.
/// </summary>
/// <remarks>Only for an output that is thrown away when the build fails (a staging folder): pages are written before the build knows.</remarks>
internal sealed class PageSink(IOutputFolder output, string outputShownAs)
{
    // A claim and its write happen under one lock per destination's stripe, so a pipeline that claimed later cannot be
    // overwritten by one that claimed earlier and wrote late.
    private readonly object[] _stripes = [.. Enumerable.Range(0, 64).Select(_ => new object())];
    private readonly ConcurrentDictionary<string, string> _writtenBy = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _pipelinesWritten = new(StringComparer.Ordinal);
    private readonly IOutputFolder _output = output;
    private Diagnostic? _full;

    /// <summary>The full-disk error that stopped writing, or null.</summary>
    public Diagnostic? Full => _full;

    /// <summary>True when <paramref name="pipeline"/>'s pages were written.</summary>
    public bool Wrote(string pipeline) => _pipelinesWritten.ContainsKey(pipeline);

    /// <summary>Writes the pages among <paramref name="docs"/>; returns the documents with their text dropped.</summary>
    public ImmutableArray<Document> Write(string pipeline, ImmutableArray<Document> docs)
    {
        if (_full is not null)
        {
            return docs;
        }
        // Within a pipeline the last document for a destination wins.
        var pages = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            if (doc.Destination is { } destination)
            {
                pages[destination] = doc;
            }
        }
        if (PageWriter.WriteAll(pages.Values, new ClaimingFolder(this, pipeline), outputShownAs) is { } full)
        {
            Interlocked.CompareExchange(ref _full, full, null);
            return docs;
        }
        _pipelinesWritten.TryAdd(pipeline, 0);
        return docs.Select(d => d.Destination is null ? d : d with { Content = "", Bytes = null }).ToImmutableArray();
    }

    // Writes a page unless a pipeline later in name order has written that destination already.
    private sealed class ClaimingFolder(PageSink sink, string pipeline) : IOutputFolder
    {
        public void Write(string path, ReadOnlySpan<byte> content)
        {
            lock (sink._stripes[(StringComparer.Ordinal.GetHashCode(path) & int.MaxValue) % sink._stripes.Length])
            {
                if (sink._writtenBy.TryGetValue(path, out var other) && string.CompareOrdinal(other, pipeline) > 0)
                {
                    return;
                }
                sink._writtenBy[path] = pipeline;
                sink._output.Write(path, content);
            }
        }
    }
}
