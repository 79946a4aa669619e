using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RareNewsSite.Site.Views;

/// <summary>
/// HTML that templates print as it is: rendered Markdown and included partials. Every other value a
/// template prints is HTML-escaped.
/// </summary>
[JsonConverter(typeof(Json))]
public sealed class RawHtml : IEquatable<RawHtml>
{
    // One of the two: the text, or (see Compact) its UTF-8 bytes.
    private readonly string? _text;
    private readonly byte[]? _utf8;

    /// <summary>The HTML <paramref name="html"/>.</summary>
    public RawHtml(string html) => _text = html;

    private RawHtml(byte[] utf8) => _utf8 = utf8;

    /// <summary>No HTML at all.</summary>
    public static readonly RawHtml Empty = new("");

    /// <summary>
    /// The HTML <paramref name="html"/> kept as UTF-8, half the size of the string, and decoded where it is printed: for
    /// HTML that lives long, such as every article's rendered body, which waits from the Process phase until its page is
    /// laid out (at 100,000 articles the strings took 1 GiB).
    /// </summary>
    public static RawHtml Compact(string html) => new(Encoding.UTF8.GetBytes(html));

    /// <summary>
    /// What <see cref="Compact(string)"/> makes of the text in <paramref name="html"/>, encoded from its chunks without
    /// making the string first.
    /// </summary>
    internal static RawHtml CompactOf(StringBuilder html)
    {
        // Encoded chunk by chunk into a rented buffer, the encoder carrying a surrogate pair split between two chunks
        // (counting chunk by chunk cannot: counting leaves the encoder as it was), then copied out at its length.
        var encoder = Encoding.UTF8.GetEncoder();
        var scratch = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(html.Length));
        try
        {
            var written = 0;
            foreach (var chunk in html.GetChunks())
            {
                written += encoder.GetBytes(chunk.Span, scratch.AsSpan(written), flush: false);
            }
            written += encoder.GetBytes([], scratch.AsSpan(written), flush: true);
            return new RawHtml(scratch.AsSpan(0, written).ToArray());
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>HTML given as its UTF-8 bytes, kept as they are.</summary>
    internal static RawHtml FromUtf8(byte[] utf8) => new(utf8);

    /// <summary>The UTF-8 bytes of HTML made by <see cref="Compact"/> or <see cref="FromUtf8"/>, else null.</summary>
    internal byte[]? Utf8 => _utf8;

    /// <summary>The HTML text.</summary>
    public string Html => _text ?? Encoding.UTF8.GetString(_utf8!);

    /// <inheritdoc />
    public bool Equals(RawHtml? other) =>
        other is not null && (_utf8 is not null && other._utf8 is not null
            ? _utf8.AsSpan().SequenceEqual(other._utf8)
            : string.Equals(Html, other.Html, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RawHtml);

    /// <inheritdoc />
    public override int GetHashCode() => Html.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Html;

    /// <summary>Keeps HTML in the build cache as a JSON string, read back as UTF-8 (what long-lived HTML is kept as).</summary>
    internal sealed class Json : JsonConverter<RawHtml>
    {
        public override RawHtml Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            FromUtf8(Encoding.UTF8.GetBytes(reader.GetString()!));

        public override void Write(Utf8JsonWriter writer, RawHtml value, JsonSerializerOptions options)
        {
            if (value._utf8 is { } utf8)
            {
                writer.WriteStringValue(utf8);
            }
            else
            {
                writer.WriteStringValue(value._text);
            }
        }
    }
}
