namespace RareNewsSite.Diagnostics;

/// <summary>How bad a diagnostic is: any error fails the build.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth fixing; the build still succeeds.</summary>
    Warning,

    /// <summary>The build fails and the previous output is kept.</summary>
    Error,
}
