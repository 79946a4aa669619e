using System.Collections.Immutable;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Content;

/// <summary>Validates an article's front matter against the schema and builds the <see cref="Article"/>.</summary>
internal static class ArticleReader
{
    /// <summary>The longest summary without a warning: two plain sentences; search results show about 160 characters.</summary>
    public const int MaxSummaryLength = 300;

    /// <summary>The article; <see cref="Article.Invalid"/> when a required value is missing or wrong (all problems reported).</summary>
    public static Article Read(FrontMatter fm, DiagnosticBag diagnostics)
    {
        fm = fm.Following(FrontMatterSchema.Article);
        fm.WarnAboutUnknownKeys();
        var title = fm.Text("title", required: true);
        var date = fm.Date("date", required: true);
        var summary = fm.Text("summary", required: true);
        var authors = ReadAuthors(fm, diagnostics);
        var image = fm.Text("image");
        var imageAlt = fm.Text("image_alt");
        if (image is not null && !fm.Has("image_alt"))
        {
            fm.ErrorAt("image", DiagnosticIds.MissingAltText, "'image' needs 'image_alt' describing it (use \"\" for a decorative image)");
        }
        else if (image is not null && fm.IsBlank("image_alt"))
        {
            // "image_alt:" with nothing after it reads as "", which would mark the image decorative without anyone choosing so.
            fm.ErrorAt("image_alt", DiagnosticIds.MissingAltText, "'image_alt' has no value; describe the image, or write image_alt: \"\" if it is purely decorative");
        }
        if (summary is { Length: > MaxSummaryLength })
        {
            fm.WarningAt("summary", DiagnosticIds.LongSummary,
                $"'summary' is {summary.Length} characters; it is the meta description search results show (about 160) and the text of every list, so keep it to one or two sentences under {MaxSummaryLength}");
        }
        var slug = ReadSlug(fm);
        var aliases = fm.List("aliases");
        foreach (var alias in aliases.Where(a => !IsValidAlias(a)))
        {
            fm.ErrorAt("aliases", DiagnosticIds.InvalidSlug,
                $"alias \"{alias}\" must be a site path such as \"/old-news/story/\" (letters, digits, '-', '_' and '/', no '..')");
        }
        var study = Trust.StudyReader.Read(fm);
        var trials = Trust.TrialReader.Read(fm);
        if (study?.Registry is { } registry && Trust.TrialNumbers.IsValid(registry) && !trials.Contains(registry))
        {
            // The study the article reports on is one of its trials: the disease page and the JSON-LD list it too.
            trials = [.. trials, registry];
        }
        var article = new Article
        {
            Source = fm.Path,
            Slug = slug ?? "",
            Title = title ?? "",
            Date = date ?? default,
            Updated = fm.Date("updated"),
            Summary = summary ?? "",
            Authors = authors,
            Diseases = fm.List("diseases"),
            Drugs = fm.List("drugs"),
            Tags = fm.List("tags"),
            Sources = Trust.CitationReader.Read(fm),
            Image = image,
            ImageAlt = imageAlt,
            ImageCredit = LeadImageReader.Credit(fm),
            ImageFocus = LeadImageReader.Focus(fm),
            ReviewedBy = fm.Text("reviewed_by"),
            Review = Trust.ReviewReader.Read(fm),
            Corrections = Trust.CorrectionReader.Read(fm),
            Trials = trials,
            Disclosures = Trust.DisclosureReader.Read(fm),
            Study = study,
            Draft = fm.Bool("draft"),
            Aliases = aliases,
            KeySpans = fm.KeySpans,
        };
        var complete = title is { Length: > 0 } && date is not null && summary is { Length: > 0 } && authors.Length > 0 && slug is not null;
        return article with { Invalid = !complete };
    }

    private static ImmutableArray<string> ReadAuthors(FrontMatter fm, DiagnosticBag diagnostics)
    {
        if (fm.Has("authors"))
        {
            return fm.List("authors");
        }
        if (fm.Has("author"))
        {
            return fm.Text("author", required: true) is { Length: > 0 } one ? [one.Trim()] : [];
        }
        diagnostics.Error(new SourceSpan(fm.Path, 1, 1), DiagnosticIds.MissingKey, "missing required key 'author'");
        return [];
    }

    private static string? ReadSlug(FrontMatter fm)
    {
        if (fm.Text("slug") is { } explicitSlug)
        {
            if (Slugs.IsValid(explicitSlug))
            {
                return explicitSlug;
            }
            fm.ErrorAt("slug", DiagnosticIds.InvalidSlug,
                $"slug \"{explicitSlug}\" may only use lower-case letters, digits and single hyphens");
            return null;
        }
        var fromName = Slugs.FromText(Path.GetFileNameWithoutExtension(fm.Path));
        if (fromName.Length == 0)
        {
            fm.ErrorAt("title", DiagnosticIds.InvalidSlug, "the file name gives no usable slug; rename the file or set 'slug'");
            return null;
        }
        return fromName;
    }

    private static bool IsValidAlias(string alias) =>
        alias.StartsWith('/') && !alias.Contains("..", StringComparison.Ordinal) && !alias.Contains("//", StringComparison.Ordinal)
        && alias.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or '.');
}
