using RareNewsSite.Diagnostics;

namespace RareNewsSite.Cli.ExternalLinks;

/// <summary>Turns answers into warnings at each place an address is written: gone, moved for good, or unreachable.</summary>
public static class ExternalLinkReport
{
    /// <summary>The warnings, in file and line order.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(IEnumerable<ExternalLink> links, IReadOnlyDictionary<string, LinkResult> results)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var link in links)
        {
            if (!results.TryGetValue(link.Url, out var result))
            {
                continue;
            }
            var (id, message) = result switch
            {
                { Status: 404 } => (DiagnosticIds.ExternalLinkGone, $"link \"{link.Url}\" is broken: the server answers 404 Not Found; find where the page went, or link to an archived copy"),
                { Status: 410 } => (DiagnosticIds.ExternalLinkGone, $"link \"{link.Url}\" is broken: the server answers 410 Gone; find where the page went, or link to an archived copy"),
                { Status: 301 or 308, Location: { } to } => (DiagnosticIds.ExternalLinkMoved, $"link \"{link.Url}\" has moved for good ({result.Status}) to \"{to}\"; link to the new address"),
                { Problem: { } problem } => (DiagnosticIds.ExternalLinkUnreachable, $"link \"{link.Url}\" {problem}; check the address, or try again later"),
                _ => (null, null),
            };
            if (id is not null)
            {
                diagnostics.Add(new Diagnostic(link.Span, DiagnosticSeverity.Warning, id, message!));
            }
        }
        return diagnostics;
    }
}
