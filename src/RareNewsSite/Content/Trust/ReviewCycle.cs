using RareNewsSite.Diagnostics;

namespace RareNewsSite.Content.Trust;

/// <summary>
/// When a page (an article or a disease record) was last medically reviewed and when its next review is planned.
/// <paramref name="Span"/> is where the editor fixes an overdue review: the <c>next_review</c> key when written, else
/// <c>last_reviewed</c>.
/// </summary>
/// <param name="LastReviewed">The <c>last_reviewed</c> date, or null.</param>
/// <param name="NextReview">The <c>next_review</c> date as written, or null (the site's interval then decides).</param>
/// <param name="Span">Where the review dates are written.</param>
public sealed record ReviewCycle(DateTimeOffset? LastReviewed, DateTimeOffset? NextReview, SourceSpan Span)
{
    /// <summary>When the next review is due: <c>next_review</c>, else <c>last_reviewed</c> plus the site's interval; null when neither says.</summary>
    public DateTimeOffset? DueBy(ReviewInterval interval) =>
        NextReview ?? (LastReviewed is { } last && !interval.IsNone ? interval.After(last) : null);

    /// <summary>
    /// The RN0521 warning when the review is overdue, else null. <paramref name="isFuture"/> says whether a moment is after
    /// "now": overdue once the due day has passed (on the day itself the review is due, not late).
    /// </summary>
    public Diagnostic? OverdueWarning(ReviewInterval interval, Func<DateTimeOffset, bool> isFuture)
    {
        if (DueBy(interval) is not { } due || isFuture(due.AddDays(1)))
        {
            return null;
        }
        var written = NextReview is not null ? "'next_review'" : $"'last_reviewed' plus ReviewInterval ({interval})";
        return new Diagnostic(Span, DiagnosticSeverity.Warning, DiagnosticIds.ReviewOverdue,
            $"the review is overdue: the next review was due on {due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} ({written}); review the page, then update 'last_reviewed' and 'next_review'");
    }
}
