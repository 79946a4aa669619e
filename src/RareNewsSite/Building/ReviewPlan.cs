using RareNewsSite.Content.Trust;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Pipelines;

namespace RareNewsSite.Building;

/// <summary>One page whose medical review is due: what <c>rarenews list review-due</c> prints.</summary>
/// <param name="Source">The article or disease file, relative to the site root.</param>
/// <param name="Title">The article's title or the disease's name.</param>
/// <param name="Due">When the next review is due.</param>
/// <param name="Overdue">True when the due day has passed.</param>
public sealed record ReviewDue(string Source, string Title, DateTimeOffset Due, bool Overdue);

/// <summary>The pages due for review by a date, from the same reading and checks a build does (nothing is written).</summary>
public static class ReviewPlan
{
    /// <summary>
    /// Published articles and disease records whose next review is due on or before "now" plus <paramref name="within"/>,
    /// soonest first; with the build's errors, if any.
    /// </summary>
    public static async Task<(IReadOnlyList<ReviewDue> Due, IReadOnlyList<Diagnostic> Errors)> DueAsync(
        ISiteFileSystem files, BuildRequest request, ReviewInterval within, CancellationToken cancellationToken = default)
    {
        var (documents, diagnostics, setup) = await SiteBuilder.RunAsync(files, request, null, cancellationToken);
        var interval = setup.Settings.ReviewIntervalSpan();
        var now = setup.Options.Clock.GetUtcNow();
        var until = within.After(now);
        var pages = documents.TryGetValue(PipelineNames.Reviews, out var docs) ? docs.Select(d => d.Get<ReviewedPage>(Keys.Record)) : [];
        var due = new List<ReviewDue>();
        foreach (var page in pages)
        {
            if (page.Review.DueBy(interval) is { } date && date <= until)
            {
                due.Add(new ReviewDue(page.Source, page.Title, date, date.AddDays(1) <= now));
            }
        }
        return ([.. due.OrderBy(d => d.Due).ThenBy(d => d.Source, StringComparer.Ordinal)], [.. diagnostics.ToSortedList().Where(d => d.IsError)]);
    }
}
