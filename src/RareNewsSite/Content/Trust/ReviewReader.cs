using RareNewsSite.Diagnostics;

namespace RareNewsSite.Content.Trust;

/// <summary>Reads <c>last_reviewed</c> and <c>next_review</c>, which articles and disease records share.</summary>
internal static class ReviewReader
{
    /// <summary>The review cycle, or null when the page names neither date.</summary>
    public static ReviewCycle? Read(FrontMatter fm)
    {
        var last = fm.Date("last_reviewed");
        var next = fm.Date("next_review");
        if (last is { } l && next is { } n && n < l)
        {
            fm.ErrorAt("next_review", DiagnosticIds.ReviewBeforeLastReview,
                $"'next_review' ({Iso(n)}) is before 'last_reviewed' ({Iso(l)}); the next review comes after the last one");
            next = null;
        }
        if (last is null && next is null)
        {
            return null;
        }
        return new ReviewCycle(last, next, fm.SpanOfKey(fm.Has("next_review") ? "next_review" : "last_reviewed"));
    }

    private static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
