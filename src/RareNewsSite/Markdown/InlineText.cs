using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RareNewsSite.Markdown;

/// <summary>The plain text of Markdown inlines and blocks, for symptoms, headings, search and chart labels.</summary>
internal static class InlineText
{
    /// <summary>The text of a leaf block (paragraph, heading), markup dropped.</summary>
    public static string Of(LeafBlock? block) => block?.Inline is { } inline ? Of(inline) : "";

    /// <summary>The text of an inline tree, markup dropped.</summary>
    public static string Of(Inline inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString().Trim();
    }

    /// <summary>The text of every paragraph and heading inside a block, separated by spaces.</summary>
    public static string OfBlock(Block block) => OfBlock(block, headings: null);

    /// <summary>
    /// The text of every paragraph and heading inside a block, separated by spaces; each heading that has an id is
    /// added to <paramref name="headings"/> with where its text starts in the returned text and how long it is.
    /// </summary>
    public static string OfBlock(Block block, List<(HeadingBlock Heading, int Start, int Length)>? headings)
    {
        var builder = new StringBuilder();
        foreach (var leaf in block.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                var start = builder.Length;
                Append(builder, inline);
                if (headings is not null && leaf is HeadingBlock heading && heading.GetAttributes().Id is not null)
                {
                    headings.Add((heading, start, builder.Length - start));
                }
                builder.Append(' ');
            }
        }
        var text = builder.ToString();
        var trimmed = text.Trim();
        if (headings is not null)
        {
            // The trimmed text starts later by the leading spaces (a heading may even have been only spaces).
            var lead = text.Length - text.TrimStart().Length;
            for (var i = 0; i < headings.Count; i++)
            {
                var (heading, start, length) = headings[i];
                var from = Math.Clamp(start - lead, 0, trimmed.Length);
                headings[i] = (heading, from, Math.Clamp(start + length - lead, from, trimmed.Length) - from);
            }
        }
        return trimmed;
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case Markdig.Extensions.Abbreviations.AbbreviationInline abbreviation:
                builder.Append(abbreviation.Abbreviation.Label);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case Markdig.Extensions.Footnotes.FootnoteLink:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(builder, child);
                }
                break;
        }
    }
}
