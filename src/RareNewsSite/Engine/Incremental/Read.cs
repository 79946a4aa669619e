using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// One thing a step read through its <see cref="BuildContext"/>: a file, a build input, another pipeline's documents,
/// the clock. The engine records each read with the value the step saw, and later asks what the value is now
/// (<see cref="Current"/>): while every value a step saw is the same, the step would make the same again.
/// </summary>
internal abstract record Read
{
    /// <summary>What the read gives in the build <paramref name="state"/> describes.</summary>
    public abstract object? Current(BuildState state);

    /// <summary>True when a value seen earlier is the same as the current one.</summary>
    public virtual bool Same(object? seen, object? current) => ReferenceEquals(seen, current) || Equals(seen, current);

    /// <summary>
    /// The content hash of a value this read saw: the same in every process for an equal value, so that a build cache on
    /// disk can tell whether a read still gives what it gave (<see cref="Same"/>, over hashes). The build's inputs (the
    /// settings, the theme) hash as their type alone: a cache on disk is kept for one set of inputs, never compared
    /// across them.
    /// </summary>
    public abstract UInt128 Hash(object? seen, IContentHasher hasher);

    /// <summary>What is read, as text: the same read in every process writes the same (a look-up's position, a hint, is left out).</summary>
    public virtual string Describe() => ToString();

    /// <summary>The hash of no value; any other value than null here is a read that kept something it should not (a bug).</summary>
    protected static UInt128 Nothing(object? seen) =>
        seen is null ? UInt128.Zero : throw new InvalidOperationException($"A read saw a value of type {seen.GetType()}, which it cannot hash.");

    /// <summary>
    /// The hash of <paramref name="doc"/>'s value at <paramref name="key"/> (zero for none): a value kept with the build
    /// cache hashes as its bytes, without being read back.
    /// </summary>
    internal static UInt128 HashOfValue(Document doc, string key, IContentHasher hasher) =>
        doc.Metadata.TryGetValue(key, out var value) ? HashOfValue(value, key, doc, hasher) : UInt128.Zero;

    /// <summary>The hash of a value seen, as <see cref="HashOfValue(Document, string, IContentHasher)"/>.</summary>
    internal static UInt128 HashOfValue(object? value, string key, Document? doc, IContentHasher hasher) => value switch
    {
        null => UInt128.Zero,
        KeptValue kept => kept.Hash,
        NotKeptValue { Hash: var known } when known != UInt128.Zero => known,
        ReleasedValue => throw ReleasedValue.Error(key, doc?.Source ?? doc?.Destination),
        DeferredValue deferred => deferred.Resolve(key) is { } resolved ? hasher.HashValue(resolved) : UInt128.Zero,
        _ => hasher.HashValue(value),
    };

    /// <summary>The hash of a text (UTF-8).</summary>
    internal static UInt128 HashOfText(string text) => XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// <see cref="HashOfText"/> of <paramref name="lines"/> joined by line breaks, without the joined text: a folder of
    /// 10,000 articles lists half a MiB of paths.
    /// </summary>
    internal static UInt128 HashOfLines(IReadOnlyList<string> lines)
    {
        var all = new XxHash128();
        Span<byte> buffer = stackalloc byte[1024];
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                all.Append("\n"u8);
            }
            var line = lines[i];
            var bytes = Encoding.UTF8.GetMaxByteCount(line.Length) <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(line, buffer)] : Encoding.UTF8.GetBytes(line);
            all.Append(bytes);
        }
        return all.GetCurrentHashAsUInt128();
    }

    /// <summary>The hash of a list of hashes, in order.</summary>
    internal static UInt128 HashOfHashes(IEnumerable<UInt128> hashes)
    {
        var all = new XxHash128();
        Span<byte> one = stackalloc byte[16];
        foreach (var hash in hashes)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(one, hash);
            all.Append(one);
        }
        return all.GetCurrentHashAsUInt128();
    }

    /// <summary>
    /// True when asking for the current value and comparing it costs less than remembering the answer: a lookup, not a
    /// list of 10,000 values. Per-document reads are mostly of this kind, and there are as many of them as documents.
    /// </summary>
    public virtual bool Cheap => false;
}

/// <summary>A file's bytes (null when it does not exist).</summary>
internal sealed record FileRead(string Path) : Read
{
    public override UInt128 Hash(object? seen, IContentHasher hasher) => seen is byte[] bytes ? FileStamps.HashOf(bytes) : Nothing(seen);

    public override bool Cheap => true;

    public override object? Current(BuildState state) => state.Files.FileExists(Path) ? state.Files.ReadAllBytes(Path) : null;

    public override bool Same(object? seen, object? current) =>
        ReferenceEquals(seen, current) || seen is byte[] a && current is byte[] b && a.AsSpan().SequenceEqual(b);
}

/// <summary>Whether a file exists.</summary>
internal sealed record FileExistsRead(string Path) : Read
{
    public override UInt128 Hash(object? seen, IContentHasher hasher) => seen is true ? UInt128.One : UInt128.Zero;

    public override bool Cheap => true;

    public override object? Current(BuildState state) => state.Files.FileExists(Path);
}

/// <summary>The files below a folder, with a suffix.</summary>
internal sealed record FileListRead(string Folder, string Suffix) : Read
{
    public override UInt128 Hash(object? seen, IContentHasher hasher) =>
        seen is IReadOnlyList<string> paths ? HashOfLines(paths) : Nothing(seen);

    public override object? Current(BuildState state) => state.Files.ListFiles(Folder, Suffix);

    public override bool Same(object? seen, object? current) =>
        ReferenceEquals(seen, current) || seen is IReadOnlyList<string> a && current is IReadOnlyList<string> b && a.SequenceEqual(b, StringComparer.Ordinal);
}

/// <summary>Whether a date is still in the future: the answer, not the clock, so a step is redone only when it flips.</summary>
internal sealed record ClockRead(DateTimeOffset Date) : Read
{
    public override UInt128 Hash(object? seen, IContentHasher hasher) => seen is true ? UInt128.One : UInt128.Zero;

    // The two answers, boxed once: thousands of articles ask on every build.
    internal static readonly object Yes = true;
    internal static readonly object No = false;

    public override bool Cheap => true;

    public override object? Current(BuildState state) => state.IsFuture(Date) ? Yes : No;
}

/// <summary>A build input the front door gave (settings, the Markdown pipeline, the theme), compared by its own equality.</summary>
internal sealed record InputRead(Type Type) : Read
{
    public override UInt128 Hash(object? seen, IContentHasher hasher) => HashOfText(Type.FullName!);

    public override bool Cheap => true;

    public override object? Current(BuildState state) => state.Input(Type);
}

/// <summary>How the build was asked for (drafts, future posts, editorial checks).</summary>
internal sealed record OptionsRead : Read
{
    public override UInt128 Hash(object? seen, IContentHasher hasher) => HashOfText(seen?.ToString() ?? "");

    public static OptionsRead Instance { get; } = new();

    public override object? Current(BuildState state) => (state.Options.IncludeDrafts, state.Options.IncludeFuture, state.Options.EditorialChecks);
}

/// <summary>A pipeline's documents after its Process phase, compared one by one as the very same documents.</summary>
internal sealed record OutputsRead(string Pipeline) : Read
{
    public override UInt128 Hash(object? seen, IContentHasher hasher) =>
        seen is ImmutableArray<Document> docs
            ? Traces.OfList(docs.AsSpan()) is var traced && traced != UInt128.Zero ? traced : HashOfHashes(docs.Select(hasher.Hash))
            : Nothing(seen);

    public override object? Current(BuildState state) => state.OutputsOf(Pipeline);

    public override bool Same(object? seen, object? current) =>
        seen is ImmutableArray<Document> a && current is ImmutableArray<Document> b && SameItems(a.AsSpan(), b.AsSpan(), reference: true);

    internal static bool SameItems<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, bool reference)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && (reference || !Equals(a[i], b[i])))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>One metadata value of each of a pipeline's documents after Process, compared by value: a step that reads
/// only the cards of the articles is not redone when a body changes.</summary>
/// <remarks>What is remembered is the documents, not the values: a document handed on holds the very same value, so
/// most positions compare as one reference, and a step that is not redone never needs the values listed.</remarks>
internal sealed record ValuesRead(string Pipeline, string Key) : Read
{
    public override UInt128 Hash(object? seen, IContentHasher hasher) =>
        seen is Document[] docs ? HashOfHashes(docs.Select(d => hasher.Noted(d, Key, HashOfValue(d, Key, hasher)))) : Nothing(seen);

    public override object? Current(BuildState state) => ImmutableCollectionsMarshal.AsArray(state.OutputsOf(Pipeline));

    public override bool Same(object? seen, object? current) => seen is Document[] a && current is Document[] b && SameValues(a, b, Key);

    /// <summary>True when both lists have documents with equal values at <paramref name="key"/> (and equal destinations), in order.</summary>
    internal static bool SameValues(Document[] a, Document[] b, string key, bool destinations = false)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (ReferenceEquals(a[i], b[i]))
            {
                continue;
            }
            var (x, y) = (a[i].GetOrDefault<object>(key), b[i].GetOrDefault<object>(key));
            if (!(ReferenceEquals(x, y) || Equals(x, y)) || destinations && x is not null && !string.Equals(a[i].Destination, b[i].Destination, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>The destination and one metadata value of every page that has one, after PostProcess (the sitemap's view of the site).</summary>
internal sealed record RenderedRead(string Key) : Read
{
    public override UInt128 Hash(object? seen, IContentHasher hasher) =>
        seen is Document[][] pipelines
            ? HashOfHashes(pipelines.SelectMany(docs => WithKey(docs, Key)).Select(p => HashOfHashes([HashOfText(p.Item1 ?? ""), p.Item2 is { } value ? hasher.HashValue(value) : UInt128.Zero])))
            : Nothing(seen);

    public override object? Current(BuildState state) => state.RenderedDocuments;

    public override bool Same(object? seen, object? current)
    {
        if (seen is not Document[][] a || current is not Document[][] b)
        {
            return false;
        }
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var p = 0; p < a.Length; p++)
        {
            // Pages without the key may come and go (the search index's files): then that pipeline's pages with it are compared alone.
            if (!ValuesRead.SameValues(a[p], b[p], Key, destinations: true) && (a[p].Length == b[p].Length || !WithKey(a[p]).SequenceEqual(WithKey(b[p]))))
            {
                return false;
            }
        }
        return true;
    }

    private IEnumerable<(string?, object?)> WithKey(Document[] docs) => WithKey(docs, Key);

    /// <summary>The destination and value at <paramref name="key"/> of each of <paramref name="docs"/> that has one.</summary>
    internal static IEnumerable<(string?, object?)> WithKey(IEnumerable<Document> docs, string key) =>
        docs.Where(d => d.Metadata.ContainsKey(key)).Select(d => (d.Destination, d.GetOrDefault<object>(key)));
}

/// <summary>
/// One metadata value of the processed document with a given source, compared by value. It remembers where the
/// document was (<paramref name="Position"/>), so checking it again is an array look-up, not a search by path.
/// </summary>
internal sealed record LookupRead(string Pipeline, string Source, string Key, int Position) : Read
{
    public override string Describe() => $"{nameof(LookupRead)} {Pipeline} {Source} {Key}";

    public override UInt128 Hash(object? seen, IContentHasher hasher) => HashOfValue(seen, Key, null, hasher);

    public override bool Cheap => true;

    public override object? Current(BuildState state)
    {
        var docs = state.OutputsOf(Pipeline);
        var at = Position >= 0 && Position < docs.Length && string.Equals(docs[Position].Source, Source, StringComparison.Ordinal)
            ? Position
            : state.PositionOf(Pipeline, Source);
        // A value kept with the build cache is handed as it is: its hash is that of its bytes, and only checking reads this.
        return at >= 0 && docs[at].Metadata.TryGetValue(Key, out var value)
            ? value is NotKeptValue d && d.Hash == UInt128.Zero ? d.Resolve(Key) : value is ReleasedValue ? throw ReleasedValue.Error(Key, Source) : value
            : null;
    }

    /// <summary>
    /// Where the document is in this build: the position remembered is only a hint, kept from the build that read it
    /// while the document moved (an article added before it) and the value stayed the same.
    /// </summary>
    public int PositionNow(BuildState state)
    {
        var docs = state.OutputsOf(Pipeline);
        return Position >= 0 && Position < docs.Length && string.Equals(docs[Position].Source, Source, StringComparison.Ordinal)
            ? Position
            : state.ValueAt(Pipeline, Source, Key).Position;
    }
}

/// <summary>A pipeline's processed documents by source: a table the engine makes once per build for <see cref="LookupRead"/>.</summary>
internal sealed record SourcesRead(string Pipeline) : Read
{
    public override UInt128 Hash(object? seen, IContentHasher hasher) =>
        seen is Dictionary<string, int> table ? HashOfText(string.Join('\n', table.OrderBy(e => e.Value).Select(e => e.Key))) : Nothing(seen);

    public override object? Current(BuildState state)
    {
        var docs = state.OutputsOf(Pipeline);
        var table = new Dictionary<string, int>(docs.Length, StringComparer.Ordinal);
        for (var i = 0; i < docs.Length; i++)
        {
            if (docs[i].Source is { } path)
            {
                table.TryAdd(path, i);
            }
        }
        return table;
    }
}
