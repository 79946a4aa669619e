namespace RareNewsSite.Engine;

/// <summary>A named list of modules per phase, with the pipelines whose Process output it reads.</summary>
public sealed class Pipeline(string name)
{
    /// <summary>The pipeline's name, used by others to depend on it.</summary>
    public string Name { get; } = name;

    /// <summary>Names of the pipelines whose Process phase must finish before this one's starts.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>Modules of the Input phase.</summary>
    public IReadOnlyList<IModule> Input { get; init; } = [];

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
