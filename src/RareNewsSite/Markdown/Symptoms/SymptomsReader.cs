using System.Collections.Immutable;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace RareNewsSite.Markdown.Symptoms;

/// <summary>Reads the symptoms of every <c>::: symptoms</c> list, for disease pages, JSON-LD and search.</summary>
internal static class SymptomsReader
{
    /// <summary>The text of each list item, in order, without duplicates.</summary>
    public static ImmutableArray<string> Read(MarkdownDocument document) =>
        [.. document.Descendants<CustomContainer>()
            .Where(c => c.Info == "symptoms")
            .SelectMany(c => c.Descendants<ListItemBlock>())
            .Select(item => InlineText.Of(item.Descendants<ParagraphBlock>().FirstOrDefault()))
            .Where(text => text.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
}
