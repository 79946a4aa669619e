using System.Text.RegularExpressions;

namespace RareNewsSite.Content;

/// <summary>
/// Flesch reading ease and Flesch–Kincaid grade of a text. Grade 8 or lower is the target for
/// patient-facing pages. Syllables are counted by vowel groups, the usual approximation.
/// </summary>
public sealed partial record Readability(int Words, int Sentences, int Syllables)
{
    /// <summary>The grade the patient-facing target stops at.</summary>
    public const double TargetGrade = 8;

    /// <summary>Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.</summary>
    public double Grade => Words == 0 ? 0 : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;

    /// <summary>Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word (higher is easier).</summary>
    public double Ease => Words == 0 ? 0 : 206.835 - (1.015 * Words / Sentences) - (84.6 * Syllables / Words);

    /// <summary>Measures prose given as paragraphs; each paragraph ends at least one sentence.</summary>
    public static Readability Of(IEnumerable<string> paragraphs)
    {
        int words = 0, sentences = 0, syllables = 0;
        foreach (var paragraph in paragraphs)
        {
            var found = WordPattern().Matches(paragraph);
            if (found.Count == 0)
            {
                continue;
            }
            words += found.Count;
            syllables += found.Sum(m => SyllablesIn(m.Value));
            sentences += Math.Max(1, SentenceEnd().Count(paragraph.TrimEnd() + " "));
        }
        return new Readability(words, sentences, syllables);
    }

    /// <summary>Sentences in the paragraphs with more than <paramref name="limit"/> words.</summary>
    public static int LongSentences(IEnumerable<string> paragraphs, int limit = 25) =>
        paragraphs.SelectMany(p => SentenceEnd().Split(p + " ")).Count(s => WordPattern().Count(s) > limit);

    /// <summary>Vowel groups, less a silent final "e" (but not "-le"), at least one.</summary>
    public static int SyllablesIn(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3)
        {
            return 1;
        }
        var count = VowelGroup().Count(w);
        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && count > 1)
        {
            count--;
        }
        return Math.Max(1, count);
    }

    [GeneratedRegex(@"[A-Za-z]+(['’][A-Za-z]+)*|\d+([.,]\d+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?]+[""”’)]*\s")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
