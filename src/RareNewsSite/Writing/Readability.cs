using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using RareNewsSite.Diagnostics;
using RareNewsSite.Markdown;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Writing;

/// <summary>
/// Flesch–Kincaid grade level of a body's prose: top-level paragraphs only, so lists, tables, callouts,
/// quotes, code and footnotes do not count. Patient-facing text should read at grade 8 or lower.
/// </summary>
public static partial class Readability
{
    /// <summary>The highest grade that passes.</summary>
    public const double TargetGrade = 8;

    /// <summary>Below this many words the formula says little, so no warning.</summary>
    public const int MinimumWords = 50;

    /// <summary>The grade, or null when there is too little prose to judge.</summary>
    public static double? Grade(string text)
    {
        var words = WordPattern().Matches(text).Select(m => m.Value).ToList();
        if (words.Count < MinimumWords)
        {
            return null;
        }
        var sentences = Math.Max(1, SentenceEndPattern().Count(text));
        var syllables = words.Sum(Syllables);
        return (0.39 * words.Count / sentences) + (11.8 * syllables / words.Count) - 15.59;
    }

    /// <summary>Warns when the prose of <paramref name="document"/> reads above <see cref="TargetGrade"/>.</summary>
    public static void Check(MarkdownDocument document, string path, DiagnosticBag diagnostics)
    {
        var prose = document.OfType<ParagraphBlock>().ToList();
        if (prose.Count == 0 || Grade(string.Join(' ', prose.Select(p => EndSentence(InlineText.Of(p))))) is not { } grade || grade <= TargetGrade)
        {
            return;
        }
        var text = grade.ToString("0.0", CultureInfo.InvariantCulture);
        diagnostics.Warning(new SourceSpan(path, prose[0].Line + 1, prose[0].Column + 1), DiagnosticIds.Readability,
            $"the text reads at grade {text} (Flesch–Kincaid); aim for {TargetGrade} or lower: shorter sentences, plainer words");
    }

    /// <summary>Syllables in an English word, by vowel groups (a silent final 'e' not counted), at least one.</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant();
        var count = VowelGroupPattern().Count(w);
        if (w.Length > 2 && w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && count > 1)
        {
            count--;
        }
        return Math.Max(1, count);
    }

    private static string EndSentence(string paragraph) =>
        paragraph.Length > 0 && !".!?".Contains(paragraph[^1], StringComparison.Ordinal) ? paragraph + "." : paragraph;

    [GeneratedRegex(@"\p{L}+(['’-]\p{L}+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?]+(?=\s|$)")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroupPattern();
}
