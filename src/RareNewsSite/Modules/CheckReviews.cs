using System.Collections.Immutable;
using System.Globalization;
using RareNewsSite.Configuration;
using RareNewsSite.Content.Trust;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>
/// The review check of <c>check</c>: a warning for every reviewed page whose next review (<c>next_review</c>, or
/// <c>last_reviewed</c> plus <c>ReviewInterval</c>) has passed. "Now" is the build's clock (<c>--clock</c>); a plain
/// build leaves the check off, so the same input always builds the same way.
/// </summary>
internal sealed class CheckReviews : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Options.EditorialChecks)
        {
            return Task.FromResult(inputs);
        }
        var interval = context.Input<SiteSettings>().ReviewIntervalSpan();
        foreach (var page in inputs.Select(d => d.Get<ReviewedPage>(Keys.Record)))
        {
            // Overdue once the due day has passed: on the day itself the review is due, not late.
            if (page.Review.DueBy(interval) is { } due && !context.IsFuture(due.AddDays(1)))
            {
                var written = page.Review.NextReview is not null ? "'next_review'" : $"'last_reviewed' plus ReviewInterval ({interval})";
                context.Diagnostics.Warning(page.Review.Span, DiagnosticIds.ReviewOverdue,
                    $"the review is overdue: the next review was due on {due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({written}); review the page, then update 'last_reviewed' and 'next_review'");
            }
        }
        return Task.FromResult(inputs);
    }
}
