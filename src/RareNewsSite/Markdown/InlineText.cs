using System.Text;
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
    public static string OfBlock(Block block)
    {
        var builder = new StringBuilder();
        foreach (var leaf in block.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                Append(builder, inline);
                builder.Append(' ');
            }
        }
        return builder.ToString().Trim();
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
