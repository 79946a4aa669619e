using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Content.Trust;
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
        foreach (var page in ParallelDocuments.Values<ReviewedPage>(inputs, Keys.Record))
        {
            if (page.Review.OverdueWarning(interval, context.IsFuture) is { } overdue)
            {
                context.Diagnostics.Add(overdue);
            }
        }
        return Task.FromResult(inputs);
    }
}
