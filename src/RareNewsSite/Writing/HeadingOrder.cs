using Markdig.Syntax;
using RareNewsSite.Diagnostics;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Writing;

/// <summary>
/// Headings must go down one level at a time below the page title (the only <c>#</c>): a body that starts at
/// <c>###</c> or jumps from <c>##</c> to <c>####</c> confuses screen-reader users, who navigate by heading.
/// </summary>
internal static class HeadingOrder
{
    /// <summary>Warns about each heading out of order in <paramref name="document"/>.</summary>
    public static void Check(MarkdownDocument document, string path, DiagnosticBag diagnostics)
    {
        var previous = 1;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var span = new SourceSpan(path, heading.Line + 1, heading.Column + 1);
            var marks = new string('#', previous + 1);
            if (heading.Level == 1)
            {
                diagnostics.Warning(span, DiagnosticIds.HeadingOrder, "the title is the page's only level-1 heading; use '##' for sections");
            }
            else if (heading.Level > previous + 1)
            {
                diagnostics.Warning(span, DiagnosticIds.HeadingOrder, previous == 1
                    ? $"the body starts at a level-{heading.Level} heading; start sections with '##'"
                    : $"a level-{heading.Level} heading follows a level-{previous} heading; use '{marks}'");
            }
            previous = Math.Max(heading.Level, 1);
        }
    }
}
