using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Markdown;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Writing;

/// <summary>
/// The evidence check, after HealthNewsReview's criteria and the NHS's "Behind the headlines": words that promise more than
/// research can (RN0534), a relative change with no absolute figures beside it (RN0535), a results table that does not say
/// how many people each group had (RN0536), and an article about a treatment that names no source (RN0537). Warnings,
/// each at the words concerned; <c>check</c> reports them and the preview's editor panel shows them.
/// </summary>
internal static partial class EvidenceCheck
{
    /// <summary>Every evidence warning for one article.</summary>
    internal static IReadOnlyList<Diagnostic> Check(Article article, FrontMatter frontMatter, MarkdownDocument body)
    {
        var found = new List<Diagnostic>();
        Hype(frontMatter, found);
        RelativeFigures(article.Source, body, found);
        ResultsWithoutGroupSizes(article.Source, body, found);
        TreatmentWithoutSources(article, found);
        return found;
    }

    private static void Hype(FrontMatter frontMatter, List<Diagnostic> found)
    {
        foreach (var key in new[] { "title", "summary" })
        {
            foreach (var (span, word) in frontMatter.FindInValue(key, HypeWord()))
            {
                found.Add(Warn(span, DiagnosticIds.HypeWord,
                    $"'{key}' says \"{word}\", a word that promises more than research news can show; say what the study found, such as \"more babies were alive two years later\""));
            }
        }
    }

    private static void RelativeFigures(string source, MarkdownDocument body, List<Diagnostic> found)
    {
        foreach (var section in Sections(body))
        {
            var text = string.Join("\n", section.SelectMany(LeavesOf).Select(InlineText.Of));
            if (section.Any(b => b is Table || b is ContainerBlock c && c.Descendants<Table>().Any()) || HasAbsoluteFigures(text))
            {
                continue;
            }
            foreach (var literal in section.SelectMany(LiteralsOf))
            {
                foreach (Match match in RelativeFigure().Matches(literal.Content.ToString()))
                {
                    found.Add(Warn(new SourceSpan(source, literal.Line + 1, literal.Column + 1 + match.Index), DiagnosticIds.RelativeFigureOnly,
                        $"\"{match.Value}\" is a relative change, and this section gives no absolute figures; say how many out of how many, such as \"18 out of 100 babies instead of 51 out of 100\""));
                }
            }
        }
    }

    private static void ResultsWithoutGroupSizes(string source, MarkdownDocument body, List<Diagnostic> found)
    {
        foreach (var container in body.Descendants<CustomContainer>().Where(c => c.Info == "results"))
        {
            var header = container.Descendants<TableRow>().FirstOrDefault(r => r.IsHeader);
            var groups = header?.OfType<TableCell>().Skip(1).Select(InlineText.OfBlock).ToList() ?? [];
            if (groups.Count > 0 && !groups.Any(g => GroupSize().IsMatch(g)))
            {
                found.Add(Warn(new SourceSpan(source, container.Line + 1, container.Column + 1), DiagnosticIds.ResultsWithoutGroupSizes,
                    $"the '::: results' table does not say how many people were in each group; add it to each column header, such as \"{groups[0]} (n=30)\""));
            }
        }
    }

    private static void TreatmentWithoutSources(Article article, List<Diagnostic> found)
    {
        if (article.Sources.Count > 0)
        {
            return;
        }
        // A treatment article names its medicine, its trial or its study; each is a claim a reader must be able to check.
        var (key, what) = article.Drugs.Count > 0 ? ("drugs", $"'drugs': {string.Join(", ", article.Drugs)}")
            : article.Trials.Count > 0 ? ("trials", $"'trials': {string.Join(", ", article.Trials)}")
            : article.Study is not null ? ("study", "'study'")
            : ("", "");
        if (key.Length > 0)
        {
            found.Add(Warn(article.SpanOf(key), DiagnosticIds.TreatmentWithoutSources,
                $"the article is about a treatment ({what}) but lists no 'sources'; add where the news came from, such as sources: [{{title: \"...\", doi: 10.1056/...}}]"));
        }
    }

    /// <summary>The body's top-level blocks, split at every heading: a claim and its figures belong to one section.</summary>
    private static IEnumerable<List<Block>> Sections(MarkdownDocument body)
    {
        var section = new List<Block>();
        foreach (var block in body)
        {
            if (block is HeadingBlock)
            {
                yield return section;
                section = [];
                continue;
            }
            section.Add(block);
        }
        yield return section;
    }

    // A block's paragraphs and headings: the block itself, or those inside it.
    private static IEnumerable<LeafBlock> LeavesOf(Block block) =>
        block is LeafBlock leaf ? [leaf] : block is ContainerBlock container ? container.Descendants<LeafBlock>() : [];

    // A block's text pieces with their positions; Markdig's Descendants of a block walks blocks only, not their inlines.
    private static IEnumerable<LiteralInline> LiteralsOf(Block block) =>
        LeavesOf(block).Where(l => l.Inline is not null).SelectMany(l => l.Inline!.Descendants<LiteralInline>());

    private static bool HasAbsoluteFigures(string text)
    {
        if (AbsoluteFigure().IsMatch(text))
        {
            return true;
        }
        // Two or more percentages that are not themselves relative changes ("51% ... 18%") are the groups' own figures.
        var relative = RelativeFigure().Matches(text).Select(m => (m.Index, m.Length)).ToList();
        return Percentage().Matches(text).Count(p => !relative.Any(r => p.Index >= r.Index && p.Index < r.Index + r.Length)) >= 2;
    }

    private static Diagnostic Warn(SourceSpan span, string id, string message) => new(span, DiagnosticSeverity.Warning, id, message);

    [GeneratedRegex(@"(?<!\b(?:no|not|never|without)(?:\s+(?:a|an|the))?\s+)\b(?:breakthroughs?|cures?|cured|miracles?|miraculous|game[- ]chang(?:ers?|ing)|revolutionary|wonder[- ]drugs?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HypeWord();

    [GeneratedRegex(@"\b(?:halve[sd]?|halving|(?:doubles|doubled|doubling)(?!\s+as\b)|triple[sd]|tripling)\b"
        + @"|\b\d+(?:\.\d+)?\s*(?:%|per ?cent)\s+(?:lower|higher|less|more|fewer|greater|smaller|reduction|increase|drop|rise|decrease|improvement|better|worse)\b"
        + @"|\b(?:reduc|cut|lower|rais|increas|improv|boost|drop|fell|fall|rose|rise|slash)\w*\s+(?:[\w-]+\s+){0,6}?by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d+(?:\.\d+)?\s*(?:%|per ?cent)"
        + @"|\b(?:\d+(?:\.\d+)?|two|three|four|five|six|ten)\s+times\s+(?:more|less|as|higher|lower|greater|fewer)\b|\b\d+(?:\.\d+)?-fold\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeFigure();

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s+(?:out\s+)?of\s+(?:every\s+|the\s+)?\d[\d,]*|\b\d+\s+in\s+(?:every\s+)?\d[\d,]*\b|\b\d+\s*/\s*\d+\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbsoluteFigure();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s*(?:%|per ?cent)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percentage();

    // "n=30", "N = 214", or a count of people in brackets: "(30 babies)", "(214 people)".
    [GeneratedRegex(@"\b[nN]\s*=\s*\d|\(\s*\d[\d,]*\s+\p{L}[^)]*\)")]
    private static partial Regex GroupSize();
}
