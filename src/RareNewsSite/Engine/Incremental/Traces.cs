using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// A build with a cache on disk: every document a step makes gets a trace (<see cref="Document.Trace"/>), the hash of
/// the steps it went through, the trace of what they were given and the hashes of everything they read, which is the
/// same in every process for the same making. Each chain of per-document steps keeps what it did for each document,
/// and each whole-list step what it did with its list (<see cref="ChainRun"/>); the next build (the runs it is given)
/// reuses a run whose input has the same trace and whose reads all hash the same now: the steps do not run, what they
/// made is taken from the cache (files of the output from the last output), and what they reported is reported again.
/// </summary>
/// <remarks>
/// This is the rule the preview's cache follows (<see cref="ReadSet.IsValid"/>) over hashes instead of objects, so that
/// nothing has to be the very same object in another process. Modules know nothing of it: a run is found by what it was
/// given and what it read, never by a key a module names.
/// </remarks>
internal sealed class Traces
{
    private readonly IReadOnlyDictionary<(string Chain, UInt128 Input), ChainRun>? _last;
    private readonly ReadHashes _hashes;

    // The content hash of each value read across documents, by the trace of the document holding it and the key.
    private readonly ConcurrentDictionary<(UInt128 Trace, string Key), UInt128> _valueHashes;

    public Traces(IContentHasher hasher, IReadOnlyDictionary<(string Chain, UInt128 Input), ChainRun>? last)
    {
        _last = last;
        _hashes = new ReadHashes(new NotingHasher(hasher, this));
        // Made at about the size the last build filled, with many locks: grown from nothing, each table doubled a dozen
        // times under all its locks while both cores added to it, and the default two locks on two cores made every
        // other add wait (a fifth of a second of waiting in a build after an edit at 10,000 articles).
        var size = last?.Count ?? 0;
        _valueHashes = new(Stripes, size);
        _now = new(Stripes, size);
    }

    // Locks per lookup table that both cores add to.
    internal const int Stripes = 64;

    private readonly ConcurrentDictionary<Read, UInt128> _now;
    private readonly ConcurrentQueue<ChainRun> _made = new();

    // A value handed from step to step is the same object: it is written once.
    private readonly ConditionalWeakTable<object, EncodedValue> _encoded = [];
    private int _reused;
    private int _ran;

    /// <summary>How many runs the last build kept.</summary>
    public int Loaded => _last?.Count ?? 0;

    /// <summary>The sizes of the tables of the trace file loaded, to make those of the next at about their size; null when none was.</summary>
    public TraceFile.TableSizes? LoadedSizes { get; init; }

    /// <summary>Where the runs loaded came from (the trace file, or its delta), for saving only what changed; null when none were loaded.</summary>
    public TraceFile.Lineage? Lineage { get; init; }

    /// <summary>True when <paramref name="run"/> is the very run the trace file itself gave (not its delta), so that it is still there as it was.</summary>
    public bool FromFile(ChainRun run) =>
        _last is not null && _last.TryGetValue((run.Chain, run.Input), out var loaded) && ReferenceEquals(loaded, run)
        && Lineage is { } lineage && !lineage.FromDelta.Contains(run);

    /// <summary>What this build did, for the next one; call once the build is over.</summary>
    public IReadOnlyCollection<ChainRun> Made => _made;

    /// <summary>How many runs of steps (a chain on one document, or a whole-list step) were reused, and how many ran and were kept.</summary>
    public (int Reused, int Ran) Counts => (_reused, _ran);

    /// <summary>The trace of the <paramref name="index"/>th document that <paramref name="steps"/> made from a document traced <paramref name="input"/>, having read what hashes as <paramref name="reads"/>; zero when the input's is unknown.</summary>
    public static UInt128 Of(string steps, UInt128 input, UInt128 reads, int index) =>
        input == UInt128.Zero ? UInt128.Zero : Read.HashOfHashes([Read.HashOfText(steps), input, reads, (UInt128)(uint)index]);

    /// <summary>The trace of a list of documents, zero when any one's is unknown.</summary>
    public static UInt128 OfList(ReadOnlySpan<Document> docs)
    {
        var traces = new UInt128[docs.Length + 1];
        traces[0] = UInt128.One; // an empty list is known
        for (var i = 0; i < docs.Length; i++)
        {
            if ((traces[i + 1] = docs[i].Trace) == UInt128.Zero)
            {
                return UInt128.Zero;
            }
        }
        return Read.HashOfHashes(traces);
    }

    /// <summary>What a run read, each read with the hash of the value it saw, and the hash of them all.</summary>
    public ((Read Read, UInt128 Hash)[] Reads, UInt128 Hash) Hash(ReadLog log, BuildState state)
    {
        var reads = log.Hashed(_hashes);
        foreach (var (read, hash) in reads)
        {
            if (read is LookupRead lookup && state.PositionOf(lookup.Pipeline, lookup.Source) is var at and >= 0)
            {
                Note(state.OutputsOf(lookup.Pipeline)[at], lookup.Key, hash);
            }
        }
        return (reads, _hashes.Of(reads));
    }

    private void Note(Document doc, string key, UInt128 hash)
    {
        if (doc.Trace != UInt128.Zero && hash != UInt128.Zero)
        {
            _valueHashes.TryAdd((doc.Trace, key), hash);
        }
    }

    /// <summary><paramref name="run"/> with the hash of each value not kept that a step read across documents in this build.</summary>
    public ChainRun WithValueHashes(ChainRun run)
    {
        MadeFile[]? outputs = null;
        for (var j = 0; j < run.Outputs.Length; j++)
        {
            var made = run.Outputs[j];
            (string, UInt128)[]? notKept = null;
            for (var k = 0; k < made.NotKept.Length; k++)
            {
                if (made.NotKept[k].Hash == UInt128.Zero && _valueHashes.TryGetValue((made.Trace, made.NotKept[k].Key), out var hash))
                {
                    notKept ??= [.. made.NotKept];
                    notKept[k] = (made.NotKept[k].Key, hash);
                }
            }
            if (notKept is not null)
            {
                outputs ??= [.. run.Outputs];
                outputs[j] = made with { NotKept = notKept };
            }
        }
        return outputs is null ? run : run with { Outputs = outputs };
    }

    // Hears of every value a read of many documents hashed.
    private sealed class NotingHasher(IContentHasher inner, Traces traces) : IContentHasher
    {
        public UInt128 Hash(Document document) => inner.Hash(document);

        // A value kept for the next build hashes as its kept bytes (the codec writes what the hasher hashes): a step that
        // reads it later in this build (the search index reads every article's search document) does not write it again.
        public UInt128 HashValue(object value) => traces._encoded.TryGetValue(value, out var kept) ? kept.Hash : inner.HashValue(value);

        public UInt128 Noted(Document doc, string key, UInt128 hash)
        {
            traces.Note(doc, key, hash);
            return hash;
        }
    }

    /// <summary>The last build's run of <paramref name="chain"/> on a document traced <paramref name="input"/>, when every read it made hashes the same in <paramref name="state"/>.</summary>
    public ChainRun? Reusable(string chain, UInt128 input, BuildState state)
    {
        if (_last is null || input == UInt128.Zero || !_last.TryGetValue((chain, input), out var run))
        {
            if (StepTrace.On && _last is not null && input != UInt128.Zero)
            {
                StepTrace.NotReused(chain, "no run of these steps on this document");
            }
            return null;
        }
        foreach (var (read, hash) in run.Reads)
        {
            if (_now.GetOrAdd(read, static (r, arg) => arg.traces.Now(r, arg.state), (traces: this, state)) != hash)
            {
                if (StepTrace.On)
                {
                    StepTrace.NotReused(chain, $"{read.Describe()} changed");
                }
                return null;
            }
        }
        return run;
    }

    // The hash of what a read gives now; a file's, from the last build's when the file still has the length and time it had.
    private UInt128 Now(Read read, BuildState state) =>
        read is FileRead file ? Stamps.Hash(file.Path, state.Files, () => _hashes.Now(read, state)) : _hashes.Now(read, state);

    /// <summary>The files the last build read, by length and time, and those this build reads.</summary>
    public FileStamps Stamps { get; init; } = new(null, DateTime.UtcNow);

    /// <summary>Notes a run this build made or reused, for the next one.</summary>
    public void Keep(ChainRun? run, bool reused)
    {
        if (run is null)
        {
            return;
        }
        _made.Enqueue(run);
        if (reused)
        {
            Interlocked.Increment(ref _reused);
        }
        else
        {
            Interlocked.Increment(ref _ran);
        }
    }

    /// <summary>Where the values kept are written as they are made (else they are held until the traces are saved).</summary>
    public ValueFile? Values { get; init; }

    /// <summary>Writes and reads the values kept; given once the build's settings are known, before any step runs.</summary>
    public IValueCodec? Codec { get; set; }

    /// <summary>The values each pipeline keeps (<see cref="Pipeline.Kept"/>), by pipeline name.</summary>
    public Dictionary<string, HashSet<string>> Kept { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The documents <paramref name="run"/> made: each has the values the run kept, and reading any other makes the
    /// documents again (<paramref name="remake"/>, at most once). Files of the output are taken from the last output; a
    /// document the step handed on as it was given is that one (<paramref name="inputs"/>).
    /// </summary>
    public Document[] Reuse(ChainRun run, Func<Document[]> remake, ReadOnlySpan<Document> inputs = default)
    {
        var all = new Lazy<Document[]>(remake, LazyThreadSafetyMode.ExecutionAndPublication);
        var docs = new Document[run.Outputs.Length];
        for (var j = 0; j < docs.Length; j++)
        {
            var output = run.Outputs[j];
            if (output.HandedOn >= 0)
            {
                docs[j] = inputs[output.HandedOn];
                continue;
            }
            var at = j;
            var remade = new Lazy<Document>(() => all.Value[at], LazyThreadSafetyMode.ExecutionAndPublication);
            var metadata = DocumentMetadata.Empty;
            foreach (var (key, value) in output.Kept)
            {
                metadata = metadata.SetItem(key, value is EncodedValue encoded ? new KeptValue(encoded, Codec!, remade) : value);
            }
            foreach (var (key, hash) in output.NotKept)
            {
                metadata = metadata.SetItem(key, new NotKeptValue(remade, hash));
            }
            docs[j] = new Document
            {
                TextLater = output.TextLater ? remade : null,
                Source = output.Source,
                Destination = output.Destination,
                Metadata = metadata,
                Reused = run.Pages && output.Destination is not null ? new ReusedPage(output.FileHash, output.FileLength, remade) : null,
                Trace = output.Trace,
            };
        }
        return docs;
    }

    /// <summary>
    /// What to keep of a run of <paramref name="chain"/> (of <paramref name="pipeline"/>) that made <paramref name="outputs"/>;
    /// null when it cannot be kept: documents that are not files of the output but hold text or bytes (a file read) are
    /// made again every time. A document that holds text (a file read) is kept without it, and its text is made again
    /// when read (<see cref="Reuse"/>). Files' hashes are filled in from the output's listing when the build is saved.
    /// </summary>
    public ChainRun? Run(string pipeline, string chain, UInt128 input, (Read, UInt128)[] reads, Document[] outputs, Diagnostic[] reported, bool pages,
        ReadOnlySpan<Document> handedOn = default)
    {
        // A file of the output is taken from the last output; any other document that holds bytes is made again.
        if (outputs.Any(d => d.Bytes is not null && !(pages && d.Destination is not null)))
        {
            return null;
        }
        Dictionary<Document, int>? given = null;
        if (handedOn.Length > 0)
        {
            given = new Dictionary<Document, int>(handedOn.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < handedOn.Length; i++)
            {
                given.TryAdd(handedOn[i], i);
            }
        }
        var kept = Kept.GetValueOrDefault(pipeline);
        var made = new MadeFile[outputs.Length];
        for (var j = 0; j < made.Length; j++)
        {
            // A file of the output keeps only its small plain values (what the sitemap and the summary read).
            made[j] = given is not null && given.TryGetValue(outputs[j], out var at)
                ? new MadeFile(null, null, outputs[j].Trace, UInt128.Zero, 0, [], [], at)
                : pages && outputs[j].Destination is not null ? MadeFileOf(outputs[j], null, page: true) : MadeFileOf(outputs[j], kept, page: false);
        }
        return new(chain, input, reads, made, reported, pages);
    }

    private MadeFile MadeFileOf(Document doc, HashSet<string>? keep, bool page)
    {
        var kept = new List<(string, object)>();
        var notKept = new List<(string, UInt128)>();
        foreach (var key in doc.Metadata.Keys)
        {
            doc.Metadata.TryGetValue(key, out var value);
            if (value is ReleasedValue)
            {
                notKept.Add((key, UInt128.Zero));
            }
            else if (value is KeptValue handed)
            {
                kept.Add((key, handed.Encoded));
            }
            else if (value is not null and not DeferredValue && MadeFile.Keeps(value))
            {
                kept.Add((key, value));
            }
            else if (keep is not null && keep.Contains(key) && Codec is not null && doc.GetOrDefault<object>(key) is { } resolved)
            {
                kept.Add((key, _encoded.GetValue(resolved, Encode)));
            }
            else
            {
                notKept.Add((key, value is NotKeptValue { Hash: var known } ? known : UInt128.Zero));
            }
        }
        return new MadeFile(doc.Source, doc.Destination, doc.Trace, UInt128.Zero, 0, [.. kept], [.. notKept], TextLater: !page && doc.HasText);
    }

    // A value kept for the next build, written once (and hashed as these bytes when read, see NotingHasher).
    private EncodedValue Encode(object value)
    {
        var bytes = Codec!.WriteValue(value);
        return Values is { } file ? file.Append(bytes) : new EncodedValue(bytes);
    }
}
