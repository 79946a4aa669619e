using RareNewsSite.Content.Trust;
using RareNewsSite.Engine;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Finds a reviewer's view by the key <c>reviewed_by</c> names, reading only that reviewer's document.</summary>
internal static class ReviewerViews
{
    /// <summary>The view of the reviewer <paramref name="key"/> names, or null when it names no record (free text).</summary>
    public static ReviewerView? Find(BuildContext context, string reviewers, string? key) =>
        key is null || context.ValuesOf<Reviewer>(reviewers, Keys.Record).FirstOrDefault(r => r.Key == key) is not { } record
            ? null
            : context.ValueAt<ReviewerView>(reviewers, record.Source, Keys.View);
}
