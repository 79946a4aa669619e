namespace RareNewsSite.Diagnostics;

/// <summary>
/// Collects diagnostics from modules running in parallel. Problems are collected, not thrown,
/// so one build reports all of them.
/// </summary>
/// <remarks>
/// A plain list under a lock rather than a <c>ConcurrentBag</c>: a preview makes a bag for every step it redoes,
/// and each <c>ConcurrentBag</c> holds a <c>ThreadLocal</c> that the garbage collector has to finalize.
/// </remarks>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    /// <summary>Adds an error.</summary>
    public void Error(SourceSpan span, string id, string message) =>
        Add(new Diagnostic(span, DiagnosticSeverity.Error, id, message));

    /// <summary>Adds a warning.</summary>
    public void Warning(SourceSpan span, string id, string message) =>
        Add(new Diagnostic(span, DiagnosticSeverity.Warning, id, message));

    /// <summary>Adds a ready-made diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds diagnostics reported elsewhere (a memoised step's, reported again).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            _items.AddRange(diagnostics);
        }
    }

    /// <summary>True once an error with a code starting with <paramref name="prefix"/> (e.g. "RN04") was reported.</summary>
    public bool HasErrorsIn(string prefix) => Any(d => d.IsError && d.Id.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>True once any error was reported.</summary>
    public bool HasErrors => Any(d => d.IsError);

    private bool Any(Func<Diagnostic, bool> match)
    {
        lock (_lock)
        {
            return _items.Exists(d => match(d));
        }
    }

    /// <summary>All diagnostics in a stable order (path, line, column, id), so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var items = Snapshot();
        return items.Length == 0
            ? []
            : [.. items.Distinct()
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
    }

    /// <summary>Every diagnostic reported, in the order reported.</summary>
    public Diagnostic[] ToArray() => Snapshot();

    private Diagnostic[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _items];
        }
    }
}
