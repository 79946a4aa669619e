namespace RareNewsSite.Diagnostics;

/// <summary>One problem found in the user's site, in the shape <c>path:line:col: error RN0102: message</c>.</summary>
public sealed record Diagnostic(SourceSpan Span, DiagnosticSeverity Severity, string Id, string Message)
{
    /// <summary>True for errors, which fail the build.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Span}: {(IsError ? "error" : "warning")} {Id}: {Message}";
}
