namespace RareNewsSite.Engine;

/// <summary>The phases every pipeline runs in, as in Statiq.</summary>
public enum PipelinePhase
{
    /// <summary>Reads files; runs for all pipelines at once, with no dependencies.</summary>
    Input,
    /// <summary>Parses and transforms; runs after the Process phase of the pipelines depended on.</summary>
    Process,
    /// <summary>Renders; runs after every pipeline finished Process, so it may read all of them.</summary>
    PostProcess,
    /// <summary>Writes files.</summary>
    Output,
}
