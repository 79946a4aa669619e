using System.Collections.Concurrent;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// What the cached steps of earlier builds made, by step (<c>pipeline/phase/position</c>), kept by whoever builds the
/// same site again and again (the preview). Each step keeps only its last run: a step's results are pure functions of
/// what it was given and read, so they hold whatever became of the build they were made in.
/// </summary>
internal sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, object> _steps = new(StringComparer.Ordinal);

    /// <summary>What changed from build to build: files read and pipelines' documents.</summary>
    internal ChangeLog Changes { get; } = new();

    internal T Step<T>(string name) where T : class, new() => (T)_steps.GetOrAdd(name, static _ => new T());

    /// <summary>Every document a step was given or made in its last run.</summary>
    internal IEnumerable<Document> Documents => _steps.Values.OfType<IRemembers>().SelectMany(m => m.Documents);

    /// <summary>Every read set of the steps' last runs.</summary>
    internal IEnumerable<ReadSet> ReadSets => _steps.Values.OfType<IRemembers>().SelectMany(m => m.ReadSets).Distinct();

    /// <summary>What each step (<c>pipeline/phase/position</c>) made in its last run.</summary>
    internal IEnumerable<(string Step, IEnumerable<Document> Made)> Made =>
        _steps.Where(s => s.Value is IRemembers).Select(s => (s.Key, ((IRemembers)s.Value).Made));
}

/// <summary>A step's memory, which can list the documents it holds.</summary>
internal interface IRemembers
{
    /// <summary>The documents the step was given and made in its last run.</summary>
    IEnumerable<Document> Documents { get; }

    /// <summary>The documents the step made in its last run.</summary>
    IEnumerable<Document> Made { get; }

    /// <summary>What the step's last run read, by set.</summary>
    IEnumerable<ReadSet> ReadSets { get; }
}
