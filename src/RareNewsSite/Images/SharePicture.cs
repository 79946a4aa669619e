namespace RareNewsSite.Images;

/// <summary>
/// What an article's share card is made from, decided when its page is laid out so the page can name the card before
/// it exists: a crop of the lead photo, or a card drawn from the headline.
/// </summary>
/// <param name="Path">The card's site path (<c>/articles/x/share.jpg</c>).</param>
/// <param name="Alt">What the card shows, for <c>og:image:alt</c>.</param>
/// <param name="Photo">The lead photo it is cropped from, or null for a drawn card.</param>
/// <param name="FocusX">The focal point from the left, in percent.</param>
/// <param name="FocusY">The focal point from the top, in percent.</param>
/// <param name="Headline">The headline a drawn card shows.</param>
/// <param name="Kicker">The disease a drawn card shows above it, or null.</param>
public sealed record SharePicture(string Path, string Alt, ImageSet? Photo, double FocusX, double FocusY, string Headline, string? Kicker)
{
    /// <summary>
    /// The card of the article at <paramref name="urlPath"/>: cropped from <paramref name="photo"/> when it is a photo, else
    /// drawn when the theme can draw cards (its font was read); null when neither can be made.
    /// </summary>
    public static SharePicture? For(string urlPath, ImageSet? photo, string? imageAlt, double focusX, double focusY, string headline, string? kicker, bool themeCanDraw)
    {
        if (photo is { IsPhoto: true })
        {
            return new SharePicture(urlPath + "share.jpg", imageAlt is { Length: > 0 } ? imageAlt : headline, photo, focusX, focusY, headline, kicker);
        }
        return themeCanDraw ? new SharePicture(urlPath + "share.png", headline, null, 50, 50, headline, kicker) : null;
    }
}
