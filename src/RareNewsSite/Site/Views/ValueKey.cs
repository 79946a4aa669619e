using System.Globalization;

namespace RareNewsSite.Site.Views;

/// <summary>
/// Value dependencies: a page that shows a value rather than a whole file depends on <c>@name=hash</c>, so it
/// is rendered again when that value changes and not when something else in the same file does.
/// </summary>
public static class ValueKey
{
    private const char Separator = '\u001f';

    /// <summary><c>@name=hash</c> of the given values, in order (null and empty differ).</summary>
    public static string Of(string name, IEnumerable<string?> values)
    {
        var hasher = new ValueHasher();
        foreach (var value in values)
        {
            hasher.Add(value);
        }
        return hasher.Key(name);
    }

    /// <summary>
    /// What a page showing <paramref name="article"/> as a card (a list, related articles) depends on: every
    /// field but the ones only its own page shows (body, table of contents, symptoms, sources, word count), and
    /// of its authors, diseases and tags their key, name and link. A body edit therefore re-renders the article's
    /// own page only; a title edit also re-renders the lists it is on.
    /// </summary>
    public static string CardOf(ArticleView article)
    {
        static string Date(DateTimeOffset? date) => date?.ToString("O", CultureInfo.InvariantCulture) ?? "";
        IEnumerable<string?> Fields()
        {
            yield return article.Title;
            yield return article.Url;
            yield return article.AbsoluteUrl;
            yield return Date(article.Date);
            yield return Date(article.Updated);
            yield return article.Summary;
            yield return article.Image;
            yield return article.ImageAlt;
            yield return article.ReviewedBy;
            yield return Date(article.LastReviewed);
            yield return article.Draft ? "draft" : "";
            yield return article.Scheduled ? "scheduled" : "";
            foreach (var author in article.Authors)
            {
                yield return $"a:{author.Key}{Separator}{author.Name}{Separator}{author.Url}";
            }
            foreach (var disease in article.Diseases)
            {
                yield return $"d:{disease.Key}{Separator}{disease.Name}{Separator}{disease.ShortName}{Separator}{disease.Url}";
            }
            foreach (var tag in article.Tags)
            {
                yield return $"t:{tag.Key}{Separator}{tag.Name}{Separator}{tag.Url}";
            }
            foreach (var drug in article.Drugs)
            {
                yield return $"g:{drug}";
            }
        }
        return Of("card:" + article.Source, Fields());
    }
}
