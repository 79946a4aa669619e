using RareNewsSite.Diagnostics;

namespace RareNewsSite.Building;

/// <summary>What a build did: its diagnostics, the pages it wrote by kind, and how long it took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, int> PagesByKind, int FilesWritten, TimeSpan Elapsed)
{
    /// <summary>True when no error was reported (and so output was written).</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>Number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.IsError);

    /// <summary>How many pages an incremental build took from the last output rather than making them again.</summary>
    public int PagesReused { get; init; }

    /// <summary>Number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
