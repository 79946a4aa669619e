using System.Globalization;
using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Images;

namespace RareNewsSite.Modules;

/// <summary>
/// Makes each article's share card (1200 x 630) beside its page: from the <see cref="SharePicture"/> its page named, or
/// from the <see cref="ProcessedImageStore"/> when a build made the same card before. The page passes through.
/// </summary>
internal sealed class MakeShareCard(string styles) : IExpandingModule
{
    /// <summary>The key of an article page's <see cref="SharePicture"/>.</summary>
    public const string Key = nameof(SharePicture);

    /// <inheritdoc />
    public IEnumerable<Document> Execute(Document doc, BuildContext context)
    {
        if (doc.GetOrDefault<SharePicture>(Key) is not { } card)
        {
            return [doc];
        }
        var settings = context.Input<SiteSettings>();
        var store = context.Input<ProcessedImageStore>();
        var name = "card" + System.IO.Path.GetExtension(card.Path);
        string key;
        Func<byte[]> make;
        if (card.Photo is { } photo)
        {
            key = ProcessedImageStore.KeyOf("card", photo.ContentHash, Number(card.FocusX), Number(card.FocusY), settings.ImageQuality.ToString(CultureInfo.InvariantCulture), ShareCard.Version.ToString(CultureInfo.InvariantCulture));
            make = () => ImageProcessor.InSlot(() => context.Files.ReadAllBytes(photo.Source), bytes => ShareCard.FromPhoto(bytes, card.FocusX, card.FocusY, settings.ImageQuality));
        }
        else if (context.ValueAt<ShareCardStyle>(styles, ShareCard.FontPath, ShareCardStyle.Key) is { } style)
        {
            key = ProcessedImageStore.KeyOf("drawn", card.Headline, card.Kicker ?? "", settings.SiteTitle, style.Background, style.Foreground,
                style.FontHash, ShareCard.Version.ToString(CultureInfo.InvariantCulture));
            make = () => ShareCard.Drawn(card.Headline, card.Kicker, settings.SiteTitle, style);
        }
        else
        {
            return [doc]; // not reached: a page names a drawn card only when the style was read (BuildArticlePage)
        }
        var kept = store.Read(key, [name]);
        if (kept is null)
        {
            try
            {
                kept = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [name] = make() };
            }
            catch (ImageException error)
            {
                context.Diagnostics.Error(SourceSpan.File(card.Photo?.Source ?? ShareCard.FontPath), DiagnosticIds.BrokenImage, error.Message);
                return [doc];
            }
            store.Write(key, kept);
        }
        return [doc, new Document { Source = doc.Source, Destination = card.Path.TrimStart('/'), Bytes = kept[name] }];
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
