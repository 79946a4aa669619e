namespace RareNewsSite.Engine;

/// <summary>
/// An immutable unit of work flowing through a pipeline: where it came from, where it goes, and what is
/// known about it. Modules return new documents instead of changing one. Two documents are equal when all of
/// that is equal, which is how the engine tells that a step made what it made last time.
/// </summary>
public sealed record Document
{
    /// <summary>The input file, relative to the site root (<c>input/articles/a.md</c>), or null for generated pages.</summary>
    public string? Source { get; init; }

    /// <summary>The output file, relative to the output folder (<c>articles/a/index.html</c>), or null if not written.</summary>
    public string? Destination { get; init; }

    /// <summary>The text content; rendered HTML once a layout has been applied.</summary>
    public string Content
    {
        get => _content ??= TextLater?.Value.Content ?? "";
        init => _content = value;
    }

    private string? _content;

    /// <summary>Binary content, for assets copied as they are.</summary>
    public ReadOnlyMemory<byte>? Bytes { get; init; }

    /// <summary>The pooled array <see cref="Bytes"/> is in, when the engine lent it (<see cref="LentBytes"/>); not part of equality.</summary>
    internal byte[]? Lent { get; init; }

    /// <summary>Typed values attached by modules; keys are in <see cref="Keys"/>.</summary>
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;

    /// <summary>
    /// In a build that keeps a cache on disk, what the document is made of, as a hash the same in every process: the steps
    /// it went through, the file it came from and the hashes of everything those steps read. Zero when unknown. Set by the
    /// engine on each document a step makes (not part of equality; a copy made with <c>with</c> carries its parent's until
    /// the engine sets its own).
    /// </summary>
    internal UInt128 Trace
    {
        get => new(_traceHigh, _traceLow);
        set => (_traceHigh, _traceLow) = ((ulong)(value >> 64), (ulong)value);
    }

    // Kept as two halves: ahead-of-time compilation (ReadyToRun) leaves every method that touches a type with a UInt128
    // field to the JIT, whose first code is unoptimized, and every step of a build passes documents.
    private ulong _traceHigh;
    private ulong _traceLow;

    /// <summary>
    /// For a document taken from a build cache on disk whose text was not kept (a file read): the document made again,
    /// whose text <see cref="Content"/> gives when first asked. Null for any other.
    /// </summary>
    internal Lazy<Document>? TextLater { get; init; }

    /// <summary>True when the document holds text, or will when asked; asks nothing.</summary>
    internal bool HasText => _content is null ? TextLater is not null : _content.Length > 0;

    /// <summary>A page the last build made from the same trace, taken from its output rather than made again; null for any other.</summary>
    internal ReusedPage? Reused { get; init; }

    /// <summary>Returns a copy with one metadata value set (this document itself if it already holds that very value).</summary>
    public Document With(string key, object value) =>
        Metadata.SetItem(key, value) is var metadata && ReferenceEquals(metadata, Metadata) ? this : this with { Metadata = metadata };

    /// <summary>Returns a copy without the metadata value at <paramref name="key"/> (this document itself if it has none).</summary>
    internal Document Without(string key) =>
        Metadata.Remove(key) is var metadata && ReferenceEquals(metadata, Metadata) ? this : this with { Metadata = metadata };

    /// <summary>Reads a typed metadata value, failing loudly if a module forgot to set it (a bug, not user error).</summary>
    public T Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed and not ReleasedValue
        ? typed
        : value is DeferredValue deferred && deferred.Resolve(key) is T resolved and not ReleasedValue
        ? resolved
        : throw (value is ReleasedValue
            ? ReleasedValue.Error(key, Source ?? Destination)
            : new InvalidOperationException($"Document '{Source ?? Destination}' has no '{key}' of type {typeof(T).Name}."));

    /// <summary>Reads a typed metadata value or a default; a value released after the Process phase fails loudly.</summary>
    public T? GetOrDefault<T>(string key) => Metadata.TryGetValue(key, out var value)
        ? value is ReleasedValue ? throw ReleasedValue.Error(key, Source ?? Destination)
            : value is DeferredValue deferred ? deferred.Resolve(key) is T resolved ? resolved : default
            : value is T typed ? typed : default
        : default;

    /// <summary>Returns a copy whose values at <paramref name="keys"/> are released (this document itself if it has none of them).</summary>
    internal Document Release(IReadOnlyList<string> keys)
    {
        var metadata = Metadata;
        foreach (var key in keys)
        {
            if (metadata.ContainsKey(key))
            {
                metadata = metadata.SetItem(key, ReleasedValue.Instance);
            }
        }
        return ReferenceEquals(metadata, Metadata) ? this : this with { Metadata = metadata };
    }

    /// <inheritdoc />
    public bool Equals(Document? other) =>
        ReferenceEquals(this, other) || other is not null
            && string.Equals(Source, other.Source, StringComparison.Ordinal)
            && string.Equals(Destination, other.Destination, StringComparison.Ordinal)
            && string.Equals(Content, other.Content, StringComparison.Ordinal)
            && SameBytes(Bytes, other.Bytes)
            && Metadata.Equals(other.Metadata);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Destination, Content.Length, Metadata.Count);

    /// <summary>True when <paramref name="other"/> comes from the same file and goes to the same place: the same page, perhaps changed.</summary>
    internal bool SameAddress(Document other) =>
        string.Equals(Source, other.Source, StringComparison.Ordinal) && string.Equals(Destination, other.Destination, StringComparison.Ordinal);

    private static bool SameBytes(ReadOnlyMemory<byte>? a, ReadOnlyMemory<byte>? b) =>
        a is null ? b is null : b is not null && a.Value.Span.SequenceEqual(b.Value.Span);
}
