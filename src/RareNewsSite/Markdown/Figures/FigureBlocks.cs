using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RareNewsSite.Markdown.Figures;

/// <summary>What makes a figure: an image alone in its paragraph, and a caption's credit line.</summary>
internal static class FigureBlocks
{
    /// <summary>The word a caption paragraph starts with to be the figure's credit.</summary>
    public const string CreditPrefix = "Credit:";

    /// <summary>The image of a paragraph that holds one image and nothing else (spaces and line breaks aside), or null.</summary>
    public static LinkInline? LoneImage(Block block)
    {
        if (block is not ParagraphBlock { Inline: { } inline })
        {
            return null;
        }
        LinkInline? image = null;
        foreach (var child in inline)
        {
            switch (child)
            {
                case LinkInline { IsImage: true } link when image is null:
                    image = link;
                    break;
                case LineBreakInline:
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }
        return image;
    }

    /// <summary>True for a <c>::: figure</c> whose first block is a lone image.</summary>
    public static bool StartsWithImage(CustomContainer figure) => figure.Count > 0 && LoneImage(figure[0]) is not null;

    /// <summary>True for a caption paragraph that is the credit (<c>Credit: Photo by Ana Silva, CC BY 4.0</c>).</summary>
    public static bool IsCredit(Block block) =>
        block is ParagraphBlock { Inline.FirstChild: LiteralInline first } && first.Content.ToString().TrimStart().StartsWith(CreditPrefix, StringComparison.Ordinal);
}
