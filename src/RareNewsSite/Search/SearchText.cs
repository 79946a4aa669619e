using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace RareNewsSite.Search;

/// <summary>
/// How text becomes search terms. <c>theme/assets/search.js</c> does exactly the same to the query:
/// accents dropped (NFD, marks removed), lower case, runs of letters and digits; one-letter terms and
/// stop words are left out, except an abbreviation written in capitals (ALL) that the site defines.
/// <see cref="WordReader"/> reads the words and <see cref="TermUse"/> says which are terms; the rule was first
/// written as the regular expression <c>[\p{L}\p{N}]+</c> over <see cref="Fold"/> of the text, and a test keeps
/// that definition to compare against. Letters and digits are judged per UTF-16 unit, as .NET's regular
/// expressions do, so a letter outside the Basic Multilingual Plane separates words here.
/// </summary>
internal static class SearchText
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
}
