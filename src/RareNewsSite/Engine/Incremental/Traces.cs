using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// A build with a cache on disk: every document a step makes gets a trace (<see cref="Document.Trace"/>), the hash of
/// the steps it went through, the trace of what they were given and the hashes of everything they read, which is the
/// same in every process for the same making. The steps that make a pipeline's pages keep what they did for each
/// document (<see cref="ChainRun"/>), and the next build (<paramref name="last"/>) reuses a run whose document has the
/// same trace and whose reads all hash the same now: its pages come from the last output, and the steps do not run.
/// </summary>
/// <remarks>
/// This is the rule the preview's cache follows (<see cref="ReadSet.IsValid"/>) over hashes instead of objects, so that
/// nothing has to be the very same object in another process. Modules know nothing of it: a run is found by what it was
/// given and what it read, never by a key a module names.
/// </remarks>
internal sealed class Traces(IContentHasher hasher, IReadOnlyDictionary<(string Chain, UInt128 Input), ChainRun>? last)
{
    private readonly ReadHashes _hashes = new(hasher);
    private readonly ConcurrentDictionary<Read, UInt128> _now = new();
    private readonly ConcurrentQueue<ChainRun> _made = new();
    private int _reused;
    private int _ran;
    private int _pagesReused;

    /// <summary>What this build did, for the next one; call once the build is over.</summary>
    public IReadOnlyCollection<ChainRun> Made => _made;

    /// <summary>How many documents' page-making steps were reused and how many ran.</summary>
    public (int Reused, int Ran) Counts => (_reused, _ran);

    /// <summary>How many pages and feeds (files with a kind of page) the reused runs had made.</summary>
    public int PagesReused => _pagesReused;

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
    public ((Read Read, UInt128 Hash)[] Reads, UInt128 Hash) Hash(ReadLog log)
    {
        var reads = log.Hashed(_hashes);
        return (reads, _hashes.Of(reads));
    }

    /// <summary>The last build's run of <paramref name="chain"/> on a document traced <paramref name="input"/>, when every read it made hashes the same in <paramref name="state"/>.</summary>
    public ChainRun? Reusable(string chain, UInt128 input, BuildState state)
    {
        if (last is null || input == UInt128.Zero || !last.TryGetValue((chain, input), out var run))
        {
            return null;
        }
        foreach (var (read, hash) in run.Reads)
        {
            if (_now.GetOrAdd(read, static (r, arg) => arg.Item1.Now(r, arg.state), (_hashes, state)) != hash)
            {
                return null;
            }
        }
        return run;
    }

    /// <summary>Notes a run this build made or reused, for the next one.</summary>
    public void Keep(ChainRun run, bool reused)
    {
        _made.Enqueue(run);
        if (reused)
        {
            Interlocked.Increment(ref _reused);
            Interlocked.Add(ref _pagesReused, run.Outputs.Count(o => o.Destination is not null && o.Kept.Any(k => k.Key == Keys.PageKind)));
        }
        else
        {
            Interlocked.Increment(ref _ran);
        }
    }

    /// <summary>
    /// The documents <paramref name="run"/> made, as the pages of the last output: each keeps the values the run kept, and
    /// reading any other makes the documents again (<paramref name="remake"/>, at most once).
    /// </summary>
    public static Document[] Reuse(ChainRun run, Func<Document[]> remake)
    {
        var all = new Lazy<Document[]>(remake, LazyThreadSafetyMode.ExecutionAndPublication);
        var docs = new Document[run.Outputs.Length];
        for (var j = 0; j < docs.Length; j++)
        {
            var output = run.Outputs[j];
            var at = j;
            var remade = new Lazy<Document>(() => all.Value[at], LazyThreadSafetyMode.ExecutionAndPublication);
            var metadata = DocumentMetadata.Empty;
            foreach (var (key, value) in output.Kept)
            {
                metadata = metadata.SetItem(key, value);
            }
            var notKept = new NotKeptValue(remade);
            foreach (var key in output.NotKept)
            {
                metadata = metadata.SetItem(key, notKept);
            }
            docs[j] = new Document
            {
                Source = output.Source,
                Destination = output.Destination,
                Metadata = metadata,
                Reused = new ReusedPage(output.FileHash, output.FileLength, remade),
                Trace = output.Trace,
            };
        }
        return docs;
    }

    /// <summary>What to keep of a run that made <paramref name="outputs"/>: their files' hashes are filled in from the output's listing when the build is saved.</summary>
    public static ChainRun Run(string chain, UInt128 input, (Read, UInt128)[] reads, Document[] outputs, Diagnostic[] reported) =>
        new(chain, input, reads, Array.ConvertAll(outputs, MadeFileOf), reported);

    private static MadeFile MadeFileOf(Document doc)
    {
        var kept = new List<(string, object)>();
        var notKept = new List<string>();
        foreach (var key in doc.Metadata.Keys)
        {
            doc.Metadata.TryGetValue(key, out var value);
            if (value is not null && MadeFile.Keeps(value))
            {
                kept.Add((key, value));
            }
            else
            {
                notKept.Add(key);
            }
        }
        return new MadeFile(doc.Source, doc.Destination, doc.Trace, UInt128.Zero, 0, [.. kept], [.. notKept]);
    }
}
