using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Diagnostics;
using RareNewsSite.Site.Views;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Markdown.RawHtml;

/// <summary>
/// Finds raw HTML that the pipeline shows as text (HTML is disabled unless <c>AllowRawHtml</c> is set) and
/// warns once per line, so an editor who pasted a tag learns why it shows up on the page.
/// </summary>
internal static partial class RawHtmlDetector
{
    /// <summary>Reports a warning for each line of <paramref name="document"/>, parsed from <paramref name="text"/>, holding an HTML tag or comment.</summary>
    public static void Warn(MarkdownDocument document, string text, string path, DiagnosticBag diagnostics)
    {
        // A tag starts with '<' as written: most articles have none, and most paragraphs of those that do have none
        // either, so a block is looked at only when its own text holds one (joining its text into strings for the
        // pattern was a quarter of the parse).
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return;
        }
        var reported = new HashSet<int>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null || !Holds(text, leaf.Span, '<'))
            {
                continue;
            }
            foreach (var container in leaf.Inline.Descendants<ContainerInline>().Prepend(leaf.Inline))
            {
                foreach (var run in LiteralRuns(container))
                {
                    var match = TagPattern().Match(run.Text);
                    if (match.Success && reported.Add(run.Line))
                    {
                        var tag = match.Value.Length > 30 ? match.Value[..30] + "…" : match.Value;
                        diagnostics.Warning(new SourceSpan(path, run.Line + 1, run.Column + match.Index + 1), DiagnosticIds.RawHtml,
                            $"raw HTML '{tag}' is shown as text; use Markdown instead (or set AllowRawHtml for a trusted site)");
                    }
                }
            }
        }
    }

    private static bool Holds(string text, Markdig.Syntax.SourceSpan span, char c)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End + 1, start, text.Length);
        return span.IsEmpty || text.AsSpan(start, end - start).Contains(c);
    }

    /// <summary>Consecutive literals of one line joined, as Markdig may split text at '&lt;'.</summary>
    private static IEnumerable<(string Text, int Line, int Column)> LiteralRuns(ContainerInline container)
    {
        var text = new StringBuilder();
        var (line, column) = (-1, 0);
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline literal && (text.Length == 0 || literal.Line == line))
            {
                if (text.Length == 0)
                {
                    (line, column) = (literal.Line, literal.Column);
                }
                text.Append(literal.Content.AsSpan());
                continue;
            }
            if (text.Length > 0)
            {
                yield return (text.ToString(), line, column);
                text.Clear();
            }
            if (child is LiteralInline next)
            {
                (line, column) = (next.Line, next.Column);
                text.Append(next.Content.AsSpan());
            }
        }
        if (text.Length > 0)
        {
            yield return (text.ToString(), line, column);
        }
    }

    [GeneratedRegex(@"<!--|</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")]
    private static partial Regex TagPattern();
}
