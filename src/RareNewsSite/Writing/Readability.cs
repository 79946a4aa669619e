using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using RareNewsSite.Diagnostics;
using RareNewsSite.Markdown;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Writing;

/// <summary>
/// Flesch–Kincaid grade and Flesch reading ease of a body's prose: top-level paragraphs only, so lists, tables,
/// callouts, quotes, code and footnotes do not count. Patient-facing text should read at grade 8 or lower.
/// <c>check</c> (RN0210) and the preview's editor panel both measure with this, so they agree.
/// </summary>
/// <param name="Words">Words: letters or figures, with apostrophes and hyphens inside one word.</param>
/// <param name="Sentences">Sentences: each paragraph ends one, whether or not it ends with a full stop.</param>
/// <param name="Syllables">Syllables, by vowel groups (see <see cref="SyllablesIn"/>).</param>
/// <param name="LongSentences">The sentences of more than <see cref="LongSentenceWords"/> words, in order.</param>
public sealed partial record Readability(int Words, int Sentences, int Syllables, IReadOnlyList<string> LongSentences)
{
    /// <summary>The highest grade that passes.</summary>
    public const double TargetGrade = 8;

    /// <summary>Below this many words the formula says little, so no warning.</summary>
    public const int MinimumWords = 50;

    /// <summary>A sentence with more words than this is long.</summary>
    public const int LongSentenceWords = 25;

    /// <summary>Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.</summary>
    public double Grade => Words == 0 ? 0 : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;

    /// <summary>Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word (higher is easier).</summary>
    public double Ease => Words == 0 ? 0 : 206.835 - (1.015 * Words / Sentences) - (84.6 * Syllables / Words);

    /// <summary>True when there is enough prose to judge (<see cref="MinimumWords"/>) and it reads above <see cref="TargetGrade"/>.</summary>
    public bool AboveTarget => Words >= MinimumWords && Grade > TargetGrade;

    /// <summary>Measures the prose of <paramref name="document"/>.</summary>
    public static Readability Of(MarkdownDocument document) => Of(Prose(document).Select(p => InlineText.Of(p)));

    /// <summary>Measures prose given as the plain text of its paragraphs.</summary>
    public static Readability Of(IEnumerable<string> paragraphs)
    {
        int words = 0, sentences = 0, syllables = 0;
        var longSentences = new List<string>();
        foreach (var sentence in paragraphs.SelectMany(SentencesOf))
        {
            var found = WordPattern().Matches(sentence);
            if (found.Count == 0)
            {
                continue;
            }
            words += found.Count;
            syllables += found.Sum(m => SyllablesIn(m.Value));
            sentences++;
            if (found.Count > LongSentenceWords)
            {
                longSentences.Add(sentence.Trim());
            }
        }
        return new Readability(words, sentences, syllables, longSentences);
    }

    /// <summary>Warns (RN0210) when the prose of <paramref name="document"/> reads above <see cref="TargetGrade"/>.</summary>
    public static void Check(MarkdownDocument document, string path, DiagnosticBag diagnostics)
    {
        var readability = Of(document);
        if (!readability.AboveTarget)
        {
            return;
        }
        var first = Prose(document).First();
        diagnostics.Warning(new SourceSpan(path, first.Line + 1, first.Column + 1), DiagnosticIds.Readability, string.Create(CultureInfo.InvariantCulture,
            $"the text reads at grade {readability.Grade:0.0} (Flesch–Kincaid); aim for {TargetGrade} or lower: shorter sentences, plainer words"));
    }

    /// <summary>
    /// Syllables in an English word by vowel groups, less a silent final "e" (but not "-le"), at least one; each
    /// part of a hyphenated word is counted on its own, and a figure counts one.
    /// </summary>
    public static int SyllablesIn(string word)
    {
        var count = 0;
        foreach (var part in word.ToLowerInvariant().Split('-'))
        {
            var vowelGroups = VowelGroup().Count(part);
            if (part.EndsWith('e') && !part.EndsWith("le", StringComparison.Ordinal) && vowelGroups > 1)
            {
                vowelGroups--;
            }
            count += Math.Max(1, vowelGroups);
        }
        return count;
    }

    /// <inheritdoc />
    public bool Equals(Readability? other) =>
        other is not null && (Words, Sentences, Syllables) == (other.Words, other.Sentences, other.Syllables) && LongSentences.SequenceEqual(other.LongSentences);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Words, Sentences, Syllables, LongSentences.Count);

    private static IEnumerable<ParagraphBlock> Prose(MarkdownDocument document) => document.OfType<ParagraphBlock>();

    private static IEnumerable<string> SentencesOf(string paragraph)
    {
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(paragraph))
        {
            yield return paragraph[start..(end.Index + end.Length)];
            start = end.Index + end.Length;
        }
        yield return paragraph[start..];
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.,]\p{N}+)*(?:['’-][\p{L}\p{N}]+(?:[.,]\p{N}+)*)*")]
    private static partial Regex WordPattern();

    // Closing quotes and brackets belong to the sentence they end: 'He said "stop." Then' is two sentences.
    [GeneratedRegex(@"[.!?]+[""'”’)\]]*(?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
