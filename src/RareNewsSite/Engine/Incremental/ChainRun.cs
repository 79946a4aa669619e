using RareNewsSite.Diagnostics;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// What a build with a cache on disk keeps of one document's way through a chain of per-document steps, or of one run of
/// a whole-list step: the trace of what they were given (<see cref="Input"/>), what they read with the hash of each
/// value seen, what they made and what they reported. A later build that is given the same, and whose every read hashes
/// the same, takes what was made from the cache instead of making it again.
/// </summary>
/// <param name="Chain">The steps, as their names joined.</param>
/// <param name="Input">The trace of the document the steps were given.</param>
/// <param name="Reads">What the steps read, each with the hash of the value seen.</param>
/// <param name="Outputs">What they made.</param>
/// <param name="Diagnostics">What they reported, reported again when the run is reused.</param>
/// <param name="Pages">True when what was made are files of the output (their bytes are there, not here).</param>
internal sealed record ChainRun(string Chain, UInt128 Input, (Read Read, UInt128 Hash)[] Reads, MadeFile[] Outputs, Diagnostic[] Diagnostics, bool Pages = true);

/// <summary>
/// A document a <see cref="ChainRun"/> made: its addresses, its trace, the hash and length of the file it was written as
/// (for files of the output), the values kept with it (small plain values, and those its pipeline lists in
/// <see cref="Pipeline.Kept"/>) and the keys of the values that were not kept.
/// </summary>
/// <param name="Source">The document's source.</param>
/// <param name="Destination">The document's destination.</param>
/// <param name="Trace">The document's trace.</param>
/// <param name="FileHash">The hash of the file it was written as (for files of the output).</param>
/// <param name="FileLength">The file's length.</param>
/// <param name="Kept">The values kept, by key: text, numbers, dates and switches as they are, others as their bytes.</param>
/// <param name="NotKept">The keys of the values not kept, each with its content hash when a step read it across documents (else zero).</param>
/// <param name="HandedOn">For a step over a whole list, the position of the input it handed on as it was; -1 for one it made.</param>
/// <param name="TextLater">True when the document held text (<see cref="Document.Content"/>), which is made again when read.</param>
internal sealed record MadeFile(
    string? Source, string? Destination, UInt128 Trace, UInt128 FileHash, long FileLength,
    (string Key, object Value)[] Kept, (string Key, UInt128 Hash)[] NotKept, int HandedOn = -1, bool TextLater = false)
{
    /// <summary>True for a value small and plain enough to keep with the cache whatever its key (a kind of page, a date), not a text.</summary>
    public static bool Keeps(object value) =>
        value is string { Length: <= 256 } or bool or int or long or double or DateTimeOffset or DateTime;
}

/// <summary>
/// A kept value of any other type, as its bytes (<see cref="IValueCodec"/>): in memory when this build made it, else in
/// the cache's values file, read only when first needed and checked against its hash then.
/// </summary>
internal sealed class EncodedValue
{
    private byte[]? _bytes;

    public EncodedValue(byte[] bytes)
    {
        _bytes = bytes;
        Hash = System.IO.Hashing.XxHash128.HashToUInt128(bytes);
        Length = bytes.Length;
    }

    public EncodedValue(UInt128 hash, ValueFile file, long offset, int length)
    {
        Hash = hash;
        File = file;
        Offset = offset;
        Length = length;
    }

    /// <summary>The hash of the bytes: the value's content hash.</summary>
    public UInt128 Hash { get; }

    /// <summary>The values file that holds the bytes, or null when they are in memory.</summary>
    public ValueFile? File { get; }

    /// <summary>Where the bytes start in <see cref="File"/>.</summary>
    public long Offset { get; }

    /// <summary>How many bytes there are.</summary>
    public int Length { get; }

    /// <summary>The bytes; null when the values file no longer holds them as they were written.</summary>
    public byte[]? Bytes => _bytes ??= File?.Read(Offset, Length, Hash);
}
