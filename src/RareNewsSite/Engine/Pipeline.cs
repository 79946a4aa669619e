namespace RareNewsSite.Engine;

/// <summary>A named list of modules per phase, with the pipelines whose Process output it reads.</summary>
public sealed class Pipeline(string name)
{
    /// <summary>The pipeline's name, used by others to depend on it.</summary>
    public string Name { get; } = name;

    /// <summary>Names of the pipelines whose Process phase must finish before this one's starts.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>
    /// Metadata keys whose values this pipeline's documents hold only for the Process phase: working values (a syntax
    /// tree, the source text) that steps of this pipeline and of the pipelines depending on it directly read while
    /// processing, and nothing reads after. A cold build releases them once this pipeline and those have ended their
    /// Process phase, so the build does not carry them through later steps or page rendering; reading one later fails loudly. A build that keeps a cache (the preview) holds
    /// them, as its cache holds every step's documents anyway.
    /// </summary>
    public IReadOnlyList<string> ProcessOnly { get; init; } = [];

    /// <summary>
    /// Metadata keys whose values only this pipeline's own Process steps read: a cold build releases them from each
    /// document as it leaves this pipeline's Process phase, so that they are never all held at once. Reading one from
    /// another pipeline fails loudly; a build that keeps a cache holds them, as for <see cref="ProcessOnly"/>.
    /// </summary>
    public IReadOnlyList<string> PassOnly { get; init; } = [];

    /// <summary>Modules of the Input phase.</summary>
    public IReadOnlyList<IModule> Input { get; init; } = [];

    /// <summary>
    /// The values an incremental build keeps with its cache for each of the pipeline's documents, because other steps read
    /// them from many documents at once (the cards for every list, the records for the address check, the search
    /// documents for the index): a document taken from the cache reads these from there. Any other value is made again,
    /// from the document's source file, when a step reads it. Only speed depends on this list, never what is built.
    /// </summary>
    public IReadOnlyList<string> Kept { get; init; } = [];

    /// <summary>Modules of the Process phase.</summary>
    public IReadOnlyList<IModule> Process { get; init; } = [];

    /// <summary>Modules of the PostProcess phase.</summary>
    public IReadOnlyList<IModule> PostProcess { get; init; } = [];

    /// <summary>Modules of the Output phase.</summary>
    public IReadOnlyList<IModule> Output { get; init; } = [];

    internal IReadOnlyList<IModule> ModulesOf(PipelinePhase phase) => phase switch
    {
        PipelinePhase.Input => Input,
        PipelinePhase.Process => Process,
        PipelinePhase.PostProcess => PostProcess,
        _ => Output,
    };
}
