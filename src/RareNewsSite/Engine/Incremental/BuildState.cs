using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using RareNewsSite.Diagnostics;
using RareNewsSite.IO;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// What one build shares between all its steps: its inputs, files and options, the documents each pipeline has
/// made so far, the diagnostics, and (in a build that keeps a <see cref="BuildCache"/>) the answers to "is what this
/// step read still the same?", each worked out once per build.
/// </summary>
internal sealed class BuildState(IReadOnlyDictionary<Type, object> inputs, ISiteFileSystem files, BuildOptions options, BuildCache? cache, Traces? traces = null)
{
    private static int _builds;
    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> _processed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Read, Lazy<object?>> _current = new();
    private readonly ConcurrentDictionary<(Read, object?), bool> _same = new(SeenComparer.Instance);
    // Keyed by records, not tuples: a framework dictionary keyed by a value type is compiled at every start, one keyed by
    // references shares the framework's ahead-of-time code.
    private readonly ConcurrentDictionary<ValuesKey, Lazy<object?[]>> _values = new();
    private readonly ConcurrentDictionary<ValuesKey, Array> _typedValues = new();
    private readonly ConcurrentDictionary<ValuesKey, object> _lookups = new();
    private readonly ConcurrentDictionary<string, Lazy<(string?, object?)[]>> _renderedValues = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, ImmutableArray<Document>>? _rendered;
    private Document[][]? _renderedDocuments;
    private readonly DateTimeOffset _now = options.Clock.GetUtcNow();

    /// <summary>A number no other build in this process has: read sets remember in which build they were checked.</summary>
    public int Number { get; } = Interlocked.Increment(ref _builds);

    public ISiteFileSystem Files { get; } = files;

    public BuildOptions Options { get; } = options;

    public BuildCache? Cache { get; } = cache;

    /// <summary>In a build that keeps a cache on disk, the documents' traces and the runs kept; null otherwise.</summary>
    public Traces? Traces { get; } = traces;

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Interns the read sets this build makes.</summary>
    public ReadSetInterner ReadSets { get; } = new();

    public object Input(Type type) => inputs.TryGetValue(type, out var value)
        ? value
        : throw new InvalidOperationException($"The build was given no input of type {type.Name}.");

    /// <summary>
    /// True when <paramref name="date"/> is after the build's "now", read from the clock once when the build starts: an
    /// article that falls due during a build is published on all its pages or on none of them.
    /// </summary>
    public bool IsFuture(DateTimeOffset date) => date > _now;

    public ImmutableArray<Document> OutputsOf(string pipeline) =>
        _processed.TryGetValue(pipeline, out var docs)
            ? docs
            : throw new InvalidOperationException($"Pipeline '{pipeline}' has not finished its Process phase; declare it in DependsOn.");

    /// <summary>What <paramref name="read"/> gives in this build, worked out once.</summary>
    public object? CurrentOf(Read read) => _current.GetOrAdd(read, static (r, state) => new Lazy<object?>(() => r.Current(state)), this).Value;

    /// <summary>Every pipeline's documents after its Process phase, of those that have finished it.</summary>
    public IEnumerable<Document> AllProcessed => _processed.Values.SelectMany(docs => docs);

    /// <summary>The metadata value at <paramref name="key"/> of each of a pipeline's documents, listed once per build.</summary>
    public object?[] ValuesOf(string pipeline, string key) =>
        _values.GetOrAdd(new ValuesKey(pipeline, key), static (k, state) => new Lazy<object?[]>(() =>
            ParallelDocuments.Each(state.OutputsOf(k.Pipeline), k.Key, d => d.GetOrDefault<object>(k.Key))), this).Value;

    /// <summary>
    /// <see cref="ValuesOf"/> as <typeparamref name="T"/>, made once per build: every document of a step may ask, and a
    /// copy per document made 10,000 documents quadratic.
    /// </summary>
    public IReadOnlyList<T> ValuesOf<T>(string pipeline, string key) =>
        (T[])_typedValues.GetOrAdd(new ValuesKey(pipeline, key, typeof(T)), static (k, state) => Array.ConvertAll(state.ValuesOf(k.Pipeline, k.Key), v => (T)v!), this);

    /// <summary>
    /// <see cref="ValuesOf{T}"/> by <paramref name="keyOf"/>, made once per build: a step that looked each key up in the
    /// list, or made a set of them, for each of 10,000 documents took time in proportion to both.
    /// </summary>
    public IReadOnlyDictionary<TKey, T> ValuesBy<T, TKey>(string pipeline, string key, Func<T, TKey> keyOf) where TKey : notnull =>
        (IReadOnlyDictionary<TKey, T>)_lookups.GetOrAdd(new ValuesKey(pipeline, key, keyOf), static (k, state) =>
        {
            var lookup = new Dictionary<TKey, T>();
            foreach (var value in state.ValuesOf<T>(k.Pipeline, k.Key))
            {
                lookup.TryAdd(((Func<T, TKey>)k.Made!)(value), value);
            }
            return lookup;
        }, this);

    /// <summary>Every page's destination with its value at <paramref name="key"/> (pages without one left out), once PostProcess has finished.</summary>
    public (string?, object?)[] RenderedValues(string key) =>
        _renderedValues.GetOrAdd(key, static (k, state) => new Lazy<(string?, object?)[]>(() =>
            [.. RenderedRead.WithKey(state.RenderedDocuments.SelectMany(d => d), k)]), this).Value;

    /// <summary>Every pipeline's documents after PostProcess, by pipeline name; empty before.</summary>
    public Document[][] RenderedDocuments =>
        _renderedDocuments ??= [.. Rendered.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ImmutableCollectionsMarshal.AsArray(p.Value)!)];

    /// <summary>Where the processed document from <paramref name="source"/> is among <paramref name="pipeline"/>'s, or -1.</summary>
    public int PositionOf(string pipeline, string source) =>
        ((Dictionary<string, int>)CurrentOf(new SourcesRead(pipeline))!).TryGetValue(source, out var at) ? at : -1;

    /// <summary>The value at <paramref name="key"/> of the processed document from <paramref name="source"/> (or null), and where the document is (or -1).</summary>
    public (object? Value, int Position) ValueAt(string pipeline, string source, string key)
    {
        var positions = (Dictionary<string, int>)CurrentOf(new SourcesRead(pipeline))!;
        if (!positions.TryGetValue(source, out var at))
        {
            return (null, -1);
        }
        var doc = OutputsOf(pipeline)[at];
        return (doc.Metadata.TryGetValue(key, out var value) ? value is ReleasedValue ? throw ReleasedValue.Error(key, doc.Source) : value is DeferredValue d ? d.Resolve(key) : value : null, at);
    }

    /// <summary>Every pipeline's documents after PostProcess; empty before.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Document>> Rendered => _rendered ?? new Dictionary<string, ImmutableArray<Document>>();

    public void SetProcessed(string pipeline, ImmutableArray<Document> docs)
    {
        _processed[pipeline] = docs;
        Cache?.Changes.Processed(pipeline, ImmutableCollectionsMarshal.AsArray(docs)!, Number);
    }

    /// <summary>
    /// Replaces <paramref name="pipeline"/>'s processed documents by the same without the values at <paramref name="keys"/>, in
    /// a build without a cache once no pipeline still in its Process phase may read them, and forgets the lists of the
    /// pipeline's values read so far, which would hold them.
    /// </summary>
    public void ReleaseProcessOnly(string pipeline, IReadOnlyList<string> keys)
    {
        var docs = ImmutableCollectionsMarshal.AsArray(_processed[pipeline])!;
        var released = new Document[docs.Length];
        Parallel.For(0, docs.Length, i => released[i] = docs[i].Release(keys));
        _processed[pipeline] = ImmutableCollectionsMarshal.AsImmutableArray(released);
        foreach (var key in _values.Keys.Where(k => k.Pipeline == pipeline))
        {
            _values.TryRemove(key, out _);
        }
        foreach (var key in _typedValues.Keys.Where(k => k.Pipeline == pipeline))
        {
            _typedValues.TryRemove(key, out _);
        }
        foreach (var key in _lookups.Keys.Where(k => k.Pipeline == pipeline))
        {
            _lookups.TryRemove(key, out _);
        }
        _current.Clear(); // what other steps still ask for is worked out again, once
    }

    public void SetRendered(IReadOnlyDictionary<string, ImmutableArray<Document>> rendered) => _rendered = rendered;

    /// <summary>True when <paramref name="read"/> gives now what a step saw (<paramref name="seen"/>); asked once per build and value.</summary>
    public bool StillSame(Read read, object? seen) => read.Cheap
        ? read.Same(seen, read.Current(this))
        : _same.GetOrAdd((read, seen), static (key, state) =>
        {
            return key.Item1.Same(key.Item2, state.CurrentOf(key.Item1));
        }, this);

    // The same read with the very same value seen (a value type by its own equality).
    internal sealed class SeenComparer : IEqualityComparer<(Read, object?)>
    {
        public static SeenComparer Instance { get; } = new();

        public bool Equals((Read, object?) x, (Read, object?) y) =>
            x.Item1.Equals(y.Item1) && (ReferenceEquals(x.Item2, y.Item2) || x.Item2 is { } v && v.GetType().IsValueType && v.Equals(y.Item2));

        public int GetHashCode((Read, object?) obj) =>
            HashCode.Combine(obj.Item1, obj.Item2 is null || obj.Item2.GetType().IsValueType ? obj.Item2?.GetHashCode() ?? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }

    /// <summary>A pipeline's values at a key, and what they are made as (their type, or the function that keys them).</summary>
    private sealed record ValuesKey(string Pipeline, string Key, object? Made = null);
}
