using System.Security.Cryptography;
using SkiaSharp;

namespace RareNewsSite.Images;

/// <summary>
/// How drawn share cards look: the theme's font, read and parsed once per build rather than once per card, and the
/// header colours. Two styles are equal when the font's bytes and the colours are, so a preview rebuild that reads the
/// same theme keeps every card.
/// </summary>
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
}
