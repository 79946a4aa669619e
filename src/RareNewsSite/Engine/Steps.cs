using RareNewsSite.Engine.Incremental;

namespace RareNewsSite.Engine;

/// <summary>
/// How a pipeline runs its modules, written where the pipeline is declared. A step run by <see cref="ForEach(IDocumentModule)"/> or
/// <see cref="Cached"/> is skipped, in a build that keeps a cache, for every input whose document and reads are the
/// same as last time; a module added to a phase as it is runs every time.
/// </summary>
public static class Steps
{
    /// <summary>Runs <paramref name="module"/> on each document in parallel, skipping documents it already made.</summary>
    public static IModule ForEach(IDocumentModule module) =>
        new ForEachStep(module.GetType().Name, (doc, context) => module.Execute(doc, context) is { } made ? [made] : []);

    /// <summary>Runs <paramref name="module"/> on each document in parallel, skipping documents it already made pages of.</summary>
    public static IModule ForEach(IExpandingModule module) => new ForEachStep(module.GetType().Name, (doc, context) => [.. module.Execute(doc, context)]);

    /// <summary>Runs <paramref name="module"/> over the whole list, or hands on what it made last time.</summary>
    public static IModule Cached(IModule module) => new CachedStep(module);

    /// <summary>Like <see cref="Cached"/>, and when it runs, hands <paramref name="module"/> what it kept of its last run.</summary>
    public static IModule Updating(IUpdatingModule module) => new CachedStep(null, module);
}
