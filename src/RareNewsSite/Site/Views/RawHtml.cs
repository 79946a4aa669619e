namespace RareNewsSite.Site.Views;

/// <summary>
/// HTML that templates print as it is: rendered Markdown and included partials. Every other value a
/// template prints is HTML-escaped.
/// </summary>
public sealed record RawHtml(string Html)
{
    /// <summary>No HTML at all.</summary>
    public static readonly RawHtml Empty = new("");

    /// <inheritdoc />
    public override string ToString() => Html;
}
