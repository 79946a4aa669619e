using System.Text;

namespace RareNewsSite.Site.Views;

/// <summary>
/// HTML that templates print as it is: rendered Markdown and included partials. Every other value a
/// template prints is HTML-escaped.
/// </summary>
/// <remarks>
/// Held as UTF-8, half the size of the string: every article's rendered body lives from the Process phase until its
/// page is laid out, and at 100,000 articles the strings took 1 GiB. The text is decoded where it is printed.
/// </remarks>
public sealed class RawHtml : IEquatable<RawHtml>
{
    private readonly byte[] _utf8;

    /// <summary>The HTML <paramref name="html"/>.</summary>
    public RawHtml(string html) => _utf8 = Encoding.UTF8.GetBytes(html);

    /// <summary>No HTML at all.</summary>
    public static readonly RawHtml Empty = new("");

    /// <summary>The HTML text.</summary>
    public string Html => Encoding.UTF8.GetString(_utf8);

    /// <inheritdoc />
    public bool Equals(RawHtml? other) => other is not null && _utf8.AsSpan().SequenceEqual(other._utf8);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RawHtml);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_utf8);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => Html;
}
