using System.Collections.Concurrent;

namespace RareNewsSite.Diagnostics;

/// <summary>
/// Collects diagnostics from modules running in parallel. Problems are collected, not thrown,
/// so one build reports all of them.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    /// <summary>Adds an error.</summary>
    public void Error(SourceSpan span, string id, string message) =>
        _items.Add(new Diagnostic(span, DiagnosticSeverity.Error, id, message));

    /// <summary>Adds a warning.</summary>
    public void Warning(SourceSpan span, string id, string message) =>
        _items.Add(new Diagnostic(span, DiagnosticSeverity.Warning, id, message));

    /// <summary>Adds a ready-made diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds diagnostics reported elsewhere (a memoised step's, reported again).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>True once an error with a code starting with <paramref name="prefix"/> (e.g. "RN04") was reported.</summary>
    public bool HasErrorsIn(string prefix) => _items.Any(d => d.IsError && d.Id.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>True once any error was reported.</summary>
    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>All diagnostics in a stable order (path, line, column, id), so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. _items.Distinct()
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
