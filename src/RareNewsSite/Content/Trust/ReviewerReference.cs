using RareNewsSite.Diagnostics;

namespace RareNewsSite.Content.Trust;

/// <summary>
/// What <c>reviewed_by</c> names: a reviewer record by key, or (the old way) free text. A value written like a key
/// that names no record is an error with "did you mean"; free text still works, with a warning that suggests a record.
/// </summary>
internal static class ReviewerReference
{
    /// <summary>The record <paramref name="value"/> names, or null (reporting an unknown key or free text).</summary>
    public static Reviewer? Check(string value, SourceSpan span, IReadOnlyList<Reviewer> reviewers, DiagnosticBag diagnostics)
    {
        if (reviewers.FirstOrDefault(r => r.Key == value) is { } reviewer)
        {
            return reviewer;
        }
        if (Slugs.IsValid(value))
        {
            var hint = Suggestions.Closest(value, reviewers.Select(r => r.Key)) is { } best ? $"; did you mean '{best}'?" : $"; add input/reviewers/{value}.md";
            diagnostics.Error(span, DiagnosticIds.UnknownReviewer, $"unknown reviewer '{value}'{hint}");
            return null;
        }
        // Free text: point at the record that has this name, if any, else at the file to make.
        var named = reviewers.FirstOrDefault(r => value.Contains(r.Name, StringComparison.OrdinalIgnoreCase));
        var advice = named is not null
            ? $"write its key instead: reviewed_by: {named.Key}"
            : $"make a record input/reviewers/{Slugs.FromText(value)}.md (name, credentials, affiliation) and write reviewed_by: {Slugs.FromText(value)}";
        diagnostics.Warning(span, DiagnosticIds.FreeTextReviewer, $"'reviewed_by' is free text (\"{value}\"), so readers see no credentials; {advice}");
        return null;
    }
}
