using RareNewsSite.Diagnostics;

namespace RareNewsSite.Cli;

/// <summary>Where a command writes: results to stdout, diagnostics to stderr.</summary>
public sealed class Output(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>Prints every diagnostic, one per line, in <c>path:line:col: error RN0000: message</c> form.</summary>
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Error.WriteLine(diagnostic.ToString());
        }
    }
}
