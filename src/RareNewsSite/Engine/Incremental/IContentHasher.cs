namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// Content hashes of documents and metadata values: equal ones hash the same in every process. The engine knows no
/// value types; whoever builds the site gives it a hasher that does (<c>Pipelines/Values/ContentStore</c>).
/// </summary>
internal interface IContentHasher
{
    /// <summary>The content hash of <paramref name="document"/>: its addresses, text, bytes and every metadata value.</summary>
    UInt128 Hash(Document document);

    /// <summary>The content hash of a metadata value.</summary>
    UInt128 HashValue(object value);

    /// <summary>Hears that <paramref name="doc"/>'s value at <paramref name="key"/> was read across documents and hashes as <paramref name="hash"/>; returns the hash.</summary>
    UInt128 Noted(Document doc, string key, UInt128 hash) => hash;
}
