using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using SkiaSharp;

namespace RareNewsSite.Images;

/// <summary>
/// How drawn share cards look: the theme's font, read and parsed once per build rather than once per card, and the
/// header colours. Two styles are equal when the font's bytes and the colours are, so a preview rebuild that reads the
/// same theme keeps every card.
/// </summary>
[JsonConverter(typeof(Json))]
public sealed class ShareCardStyle : IEquatable<ShareCardStyle>
{
    /// <summary>The key of the style on its document.</summary>
    public const string Key = nameof(ShareCardStyle);

    // The font's bytes stay referenced for as long as the typeface made from them.
    private readonly SKData _fontData;

    private ShareCardStyle(SKData fontData, SKTypeface typeface, string fontHash, string background, string foreground)
    {
        _fontData = fontData;
        Typeface = typeface;
        FontHash = fontHash;
        Background = background;
        Foreground = foreground;
    }

    /// <summary>The SHA-256 of the font file, lower-case hex: part of every drawn card's cache key.</summary>
    public string FontHash { get; }

    /// <summary>The card's background, a CSS hex colour (<c>#005eb8</c>).</summary>
    public string Background { get; }

    /// <summary>The text's colour, a CSS hex colour.</summary>
    public string Foreground { get; }

    internal SKTypeface Typeface { get; }

    /// <summary>The style drawn with the font file's <paramref name="font"/> bytes.</summary>
    /// <exception cref="ImageException">The bytes are not a font Skia can read.</exception>
    internal static ShareCardStyle Load(byte[] font, string background, string foreground)
    {
        var data = SKData.CreateCopy(font);
        var typeface = SKFontManager.Default.CreateTypeface(data);
        if (typeface is null)
        {
            data.Dispose();
            throw new ImageException("the theme's share card font cannot be read");
        }
        return new ShareCardStyle(data, typeface, Convert.ToHexStringLower(SHA256.HashData(font)), background, foreground);
    }

    /// <inheritdoc />
    public bool Equals(ShareCardStyle? other) =>
        other is not null && FontHash == other.FontHash && Background == other.Background && Foreground == other.Foreground;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ShareCardStyle);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FontHash, Background, Foreground);

    /// <summary>Keeps a style in the build cache as its font's bytes and its colours, loaded again when read.</summary>
    internal sealed class Json : JsonConverter<ShareCardStyle>
    {
        public override ShareCardStyle Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray || !reader.Read())
            {
                throw new JsonException("a share card style must be a JSON array");
            }
            var font = reader.GetBytesFromBase64();
            reader.Read();
            var background = reader.GetString()!;
            reader.Read();
            var foreground = reader.GetString()!;
            reader.Read();
            return Load(font, background, foreground);
        }

        public override void Write(Utf8JsonWriter writer, ShareCardStyle value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteBase64StringValue(value._fontData.AsSpan());
            writer.WriteStringValue(value.Background);
            writer.WriteStringValue(value.Foreground);
            writer.WriteEndArray();
        }
    }
}
