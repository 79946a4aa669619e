using System.Collections.Immutable;

namespace RareNewsSite.Engine;

/// <summary>
/// A whole-list step that can bring what it made last time up to date rather than start over (the search index: one
/// edited article changes a few of its thousands of files). The engine hands it the state it returned in the last
/// run of a build that keeps a cache, or null; what it returns must not depend on that, only how fast it is made.
/// Pipelines run it with <see cref="Steps.Updating"/>.
/// </summary>
public interface IUpdatingModule
{
    /// <summary>Makes the outputs from <paramref name="inputs"/>, reusing <paramref name="last"/> (its own state from the last run) where it can.</summary>
    Task<(ImmutableArray<Document> Outputs, object? State)> ExecuteAsync(
        ImmutableArray<Document> inputs, object? last, BuildContext context, CancellationToken cancellationToken);
}
