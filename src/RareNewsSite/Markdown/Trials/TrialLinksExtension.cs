using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Content.Trust;

namespace RareNewsSite.Markdown.Trials;

/// <summary>
/// Links every ClinicalTrials.gov number written in running text (<c>NCT04017000</c>) to its registry record, after
/// parsing, so numbers inside code or inside a link the editor wrote are left alone. Each link keeps the number's
/// line and column, for the check that the article's <c>trials</c> lists it.
/// </summary>
internal sealed class TrialLinksExtension : IMarkdownExtension
{
    /// <summary>The class on every trial link.</summary>
    public const string LinkClass = "trial-link";

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += LinkTrials;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void LinkTrials(MarkdownDocument document)
    {
        var literals = document.Descendants<LiteralInline>()
            .Where(l => l.Content.AsSpan().Contains("NCT", StringComparison.Ordinal) && !InsideLink(l)).ToList();
        foreach (var literal in literals)
        {
            Split(literal);
        }
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }
        return false;
    }

    private static void Split(LiteralInline literal)
    {
        var text = literal.Content.ToString();
        var matches = TrialNumbers.InText().Matches(text);
        if (matches.Count == 0)
        {
            return;
        }
        Inline current = literal;
        var start = 0;
        var pieces = new List<Inline>();
        foreach (System.Text.RegularExpressions.Match match in matches)
        {
            if (match.Index > start)
            {
                pieces.Add(Literal(literal, text[start..match.Index], start));
            }
            var link = new LinkInline(TrialNumbers.Url(match.Value), "")
            {
                Line = literal.Line,
                Column = literal.Column + match.Index,
                Span = new SourceSpan(literal.Span.Start + match.Index, literal.Span.Start + match.Index + match.Length - 1),
            };
            link.GetAttributes().AddClass(LinkClass);
            link.AppendChild(Literal(literal, match.Value, match.Index));
            pieces.Add(link);
            start = match.Index + match.Length;
        }
        if (start < text.Length)
        {
            pieces.Add(Literal(literal, text[start..], start));
        }
        foreach (var piece in pieces)
        {
            current.InsertAfter(piece);
            current = piece;
        }
        literal.Remove();
    }

    private static LiteralInline Literal(LiteralInline from, string text, int offset) => new(text)
    {
        Line = from.Line,
        Column = from.Column + offset,
        Span = new SourceSpan(from.Span.Start + offset, from.Span.Start + offset + text.Length - 1),
    };
}
