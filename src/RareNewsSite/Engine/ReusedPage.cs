namespace RareNewsSite.Engine;

/// <summary>
/// A page (or any file) that a build with a cache on disk did not make again: the last build made it from the same
/// document, with every read the same, so its bytes are the ones the last output holds (<see cref="Hash"/>,
/// <see cref="Length"/>). Whoever writes the output takes the file from there, or, when it is not there as listed, has
/// the page made (<see cref="Remade"/>).
/// </summary>
internal sealed class ReusedPage(UInt128 hash, long length, Lazy<Document> remade)
{
    /// <summary>The hash of the file's bytes, as the output's listing gives them.</summary>
    public UInt128 Hash { get; } = hash;

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; } = length;

    /// <summary>The page made again, by running its steps once more (at most once).</summary>
    public Document Remade => remade.Value;

    /// <summary>True once the page was made again after all (its file was not in the last output as listed, or a step read a value not kept).</summary>
    public bool WasMadeAgain => remade.IsValueCreated;
}

/// <summary>
/// Stands in, on a document an incremental build took from its cache rather than made, for a value the document holds
/// but that is not at hand: it is read from the cache, or the document is made again, when a step first asks for it.
/// </summary>
internal abstract class DeferredValue
{
    /// <summary>The value at <paramref name="key"/>, worked out once.</summary>
    public abstract object? Resolve(string key);
}

/// <summary>
/// A value not kept with the cache: reading it makes the document again and reads the value from that. Its content hash
/// (<see cref="Hash"/>) is kept when a step read it across documents, so that checking such a read makes nothing again.
/// </summary>
internal sealed class NotKeptValue(Lazy<Document> remade, UInt128 hash = default) : DeferredValue
{
    /// <summary>The value's content hash; zero when not known.</summary>
    public UInt128 Hash { get; } = hash;

    /// <summary>The document made again.</summary>
    public Document Remade => remade.Value;

    public override object? Resolve(string key)
    {
        if (!remade.IsValueCreated && Incremental.StepTrace.On)
        {
            Console.Error.WriteLine($"trace: a document taken from the cache is made again to read '{key}'");
        }
        return Remade.Metadata.TryGetValue(key, out var value) ? value is DeferredValue d ? d.Resolve(key) : value : null;
    }
}

/// <summary>
/// A value kept with the cache as bytes, read back when first asked for; when its bytes can no longer be read as they
/// were written, the document is made again (<paramref name="remade"/>) and the value read from that.
/// </summary>
internal sealed class KeptValue(Incremental.EncodedValue encoded, Incremental.IValueCodec codec, Lazy<Document> remade) : DeferredValue
{
    private object? _value;

    /// <summary>The value's bytes, kept again as they are by a build that hands the value on.</summary>
    public Incremental.EncodedValue Encoded { get; } = encoded;

    /// <summary>The value's content hash, that of its bytes: a read of it is checked without reading it back.</summary>
    public UInt128 Hash => Encoded.Hash;

    public override object? Resolve(string key)
    {
        if (Volatile.Read(ref _value) is { } value)
        {
            return value;
        }
        try
        {
            value = Encoded.Bytes is { } bytes ? codec.ReadValue(bytes) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            value = null; // bytes that hash right but do not read back: written by a program with a bug; made again below
        }
        value ??= new NotKeptValue(remade).Resolve(key);
        Volatile.Write(ref _value, value);
        return value;
    }
}
