namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// Writes a metadata value as bytes and reads it back equal, for the values an incremental build keeps with its cache.
/// The engine knows no value types; whoever builds the site gives it a codec that does (<c>Pipelines/Values/DocumentCodec</c>).
/// </summary>
internal interface IValueCodec
{
    /// <summary>The bytes of <paramref name="value"/>.</summary>
    byte[] WriteValue(object value);

    /// <summary>The value written as <paramref name="bytes"/>.</summary>
    object ReadValue(byte[] bytes);
}
