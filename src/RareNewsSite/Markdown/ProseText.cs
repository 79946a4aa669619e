using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace RareNewsSite.Markdown;

/// <summary>The running prose of a document: its paragraphs, leaving out headings, lists, tables, footnotes and front matter.</summary>
internal static class ProseText
{
    /// <summary>The text of each prose paragraph, in order.</summary>
    public static IEnumerable<string> Paragraphs(MarkdownDocument document) =>
        document.Descendants<ParagraphBlock>()
            .Where(p => !InsideListOrTable(p))
            .Select(p => InlineText.Of(p))
            .Where(t => t.Length > 0);

    private static bool InsideListOrTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ListBlock or Table or Markdig.Extensions.Footnotes.FootnoteGroup)
            {
                return true;
            }
        }
        return false;
    }
}
