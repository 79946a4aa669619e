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
}

/// <summary>
/// Stands in, on a <see cref="ReusedPage"/>'s document, for a value that was not kept with the cache (anything but
/// text, numbers, dates and switches): reading it makes the page again and reads the value from that.
/// </summary>
internal sealed class NotKeptValue(Lazy<Document> remade)
{
    /// <summary>The document made again.</summary>
    public Document Remade => remade.Value;
}
