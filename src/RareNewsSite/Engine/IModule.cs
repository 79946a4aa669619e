using System.Collections.Immutable;

namespace RareNewsSite.Engine;

/// <summary>
/// One step of a pipeline. It receives the documents of the previous step and returns new ones.
/// Whole arrays rather than streams, because most steps need every document (links, lists, indexes).
/// </summary>
public interface IModule
{
    /// <summary>Runs the step.</summary>
    Task<ImmutableArray<Document>> ExecuteAsync(
        ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken);
}
