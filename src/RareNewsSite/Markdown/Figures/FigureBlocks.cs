using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RareNewsSite.Markdown.Figures;

/// <summary>
/// What makes a figure. A <c>::: figure</c> is read line by line, as an editor writes it: its first line is the image,
/// a line that starts with <c>Credit:</c> is the credit, and every other line is the caption, whether or not blank
/// lines separate them.
/// </summary>
internal static class FigureBlocks
{
    /// <summary>The word a caption line starts with to be the figure's credit.</summary>
    public const string CreditPrefix = "Credit:";

    /// <summary>The image of a paragraph that holds one image and nothing else (spaces aside), or null.</summary>
    public static LinkInline? LoneImage(Block block) =>
        block is ParagraphBlock { Inline: { } inline } && Lines(inline) is [var line] ? ImageOf(line) : null;

    /// <summary>The image of a <c>::: figure</c>: its first line, when that is an image alone; else null.</summary>
    public static LinkInline? ImageOf(CustomContainer figure) =>
        figure.Count > 0 && figure[0] is ParagraphBlock { Inline: { } inline } && Lines(inline) is [var first, ..] ? ImageOf(first) : null;

    /// <summary>True for a <c>::: figure</c> whose first line is an image alone.</summary>
    public static bool StartsWithImage(CustomContainer figure) => ImageOf(figure) is not null;

    /// <summary>True when any line of the <c>::: figure</c> is a credit.</summary>
    public static bool HasCredit(CustomContainer figure) =>
        figure.OfType<ParagraphBlock>().Where(p => p.Inline is not null).SelectMany(p => Lines(p.Inline!)).Any(IsCredit);

    /// <summary>The lines of a paragraph's inlines, split at its line breaks (which are left out).</summary>
    public static List<List<Inline>> Lines(ContainerInline inline)
    {
        var lines = new List<List<Inline>> { new() };
        foreach (var child in inline)
        {
            if (child is LineBreakInline)
            {
                lines.Add([]);
            }
            else
            {
                lines[^1].Add(child);
            }
        }
        return [.. lines.Where(l => l.Any(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()))];
    }

    /// <summary>True for a line that starts with <c>Credit:</c>.</summary>
    public static bool IsCredit(List<Inline> line) =>
        line.FirstOrDefault() is LiteralInline first && first.Content.ToString().TrimStart().StartsWith(CreditPrefix, StringComparison.Ordinal);

    private static LinkInline? ImageOf(List<Inline> line)
    {
        var parts = line.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList();
        return parts is [LinkInline { IsImage: true } image] ? image : null;
    }
}
