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
        var builder = _blockText ??= new StringBuilder();
        builder.Clear();
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
        // The text trimmed, as string.Trim would: one copy out of the builder, not the whole text and then the trimmed one.
        var lead = 0;
        while (lead < builder.Length && char.IsWhiteSpace(builder[lead]))
        {
            lead++;
        }
        var end = builder.Length;
        while (end > lead && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }
        var trimmed = builder.ToString(lead, end - lead);
        if (builder.Capacity > LargestKept)
        {
            _blockText = null;
        }
        if (headings is not null)
        {
            // The trimmed text starts later by the leading spaces (a heading may even have been only spaces).
            for (var i = 0; i < headings.Count; i++)
            {
                var (heading, start, length) = headings[i];
                var from = Math.Clamp(start - lead, 0, trimmed.Length);
                headings[i] = (heading, from, Math.Clamp(start + length - lead, from, trimmed.Length) - from);
            }
        }
        return trimmed;
    }

    // The text of each thread's last block, kept for its next (a search document's text is made for every article), unless
    // an article made it this large.
    private const int LargestKept = 1 << 20;

    [ThreadStatic]
    private static StringBuilder? _blockText;

    /// <summary>
    /// The words in the text <see cref="OfBlock(Block)"/> gives, counted as it is walked rather than from a copy: letters,
    /// marks, digits and connectors (regular expressions' <c>\w</c>), with an apostrophe or hyphen inside one word.
    /// </summary>
    public static int CountWords(Block block)
    {
        var counter = new WordCounter();
        foreach (var leaf in block.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                Append(ref counter, inline);
                counter.Append(" ");
            }
        }
        return counter.Count;
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        var sink = new BuilderSink(builder);
        Append(ref sink, inline);
    }

    // One walk for both the text and its word count, so that the two can never disagree on what the text is.
    private static void Append<TSink>(ref TSink sink, Inline inline) where TSink : struct, ITextSink
    {
        switch (inline)
        {
            case LiteralInline literal:
                sink.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                sink.Append(code.Content);
                break;
            case Markdig.Extensions.Abbreviations.AbbreviationInline abbreviation:
                sink.Append(abbreviation.Abbreviation.Label);
                break;
            case LineBreakInline:
                sink.Append(" ");
                break;
            case Markdig.Extensions.Footnotes.FootnoteLink:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(ref sink, child);
                }
                break;
        }
    }

    private interface ITextSink
    {
        void Append(ReadOnlySpan<char> text);
    }

    private readonly struct BuilderSink(StringBuilder builder) : ITextSink
    {
        public void Append(ReadOnlySpan<char> text) => builder.Append(text);
    }

    private struct WordCounter : ITextSink
    {
        private State _state;

        public int Count { get; private set; }

        public void Append(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (Words.IsWordChar(c))
                {
                    // A word char after a joiner continues the word before it ("long-term", "patient's").
                    Count += _state == State.Between ? 1 : 0;
                    _state = State.InWord;
                }
                else
                {
                    _state = _state == State.InWord && Words.IsJoiner(c) ? State.AfterJoiner : State.Between;
                }
            }
        }

        private enum State : byte
        {
            Between,
            InWord,
            AfterJoiner,
        }
    }
}
