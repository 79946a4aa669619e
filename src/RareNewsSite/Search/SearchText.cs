using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RareNewsSite.Search;

/// <summary>
/// How text becomes search terms. <c>theme/assets/search.js</c> does exactly the same to the query:
/// accents dropped (NFD, marks removed), lower case, runs of letters and digits; one-letter terms and
/// stop words are left out, except an abbreviation written in capitals (ALL) that the site defines.
/// </summary>
internal static partial class SearchText
{
    /// <summary>Words too common to help a search; the client ignores them when the index lacks them.</summary>
    public static FrozenSet<string> StopWords { get; } = new[]
    {
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
        "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how",
        "if", "in", "into", "is", "it", "its", "may", "more", "most", "no", "not", "of", "on", "one", "or",
        "other", "our", "out", "she", "so", "some", "such", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "to", "too", "two", "up", "us", "was", "we", "were", "what",
        "when", "which", "who", "will", "with", "would", "you", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Accents dropped; case kept (so capitals can be recognised as abbreviations).</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>The terms of a text, in order, with stop words and one-letter words left out.</summary>
    public static IEnumerable<string> Terms(string text, IReadOnlySet<string> abbreviations)
    {
        foreach (Match match in WordPattern().Matches(Fold(text)))
        {
            var word = match.Value;
            var term = word.ToLowerInvariant();
            if (term.Length < 2)
            {
                continue;
            }
            if (StopWords.Contains(term) && !(IsCapitals(word) && abbreviations.Contains(term)))
            {
                continue;
            }
            yield return term;
        }
    }

    /// <summary>Every word of a text, lower-cased and folded, stop words included (for phrase matching).</summary>
    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(Fold(text)).Select(m => m.Value.ToLowerInvariant());

    /// <summary>Every word of a text, folded, in its original case.</summary>
    public static IEnumerable<string> WordsWithCase(string text) =>
        WordPattern().Matches(Fold(text)).Select(m => m.Value);

    private static bool IsCapitals(string word) => word.Length > 1 && word.All(c => !char.IsLower(c));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
