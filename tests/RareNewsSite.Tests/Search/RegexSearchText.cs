using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RareNewsSite.Search;

namespace RareNewsSite.Tests.Search;

/// <summary>
/// The search text rule as it was first written, kept as the reference the fast reader must agree with: fold the
/// whole text (NFD, marks dropped), take the runs of <c>[\p{L}\p{N}]+</c> (per code point, as the browser's
/// <c>/u</c> regular expression; .NET's would judge UTF-16 units), lower-case each and spell it the American way;
/// terms leave out one-letter words and stop words, except a stop word the site defines as an abbreviation written in
/// capitals. The alias table (names matched by stems) and the per-field counts below are the index builder's, also as
/// first written.
/// </summary>
internal static partial class RegexSearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var category = char.IsSurrogatePair(decomposed, i) ? CharUnicodeInfo.GetUnicodeCategory(decomposed, i) : CharUnicodeInfo.GetUnicodeCategory(decomposed[i]);
            var width = char.IsSurrogatePair(decomposed, i) ? 2 : 1;
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(decomposed, i, width);
            }
            i += width - 1;
        }
        return builder.ToString();
    }

    public static IEnumerable<string> Terms(string text, IReadOnlySet<string> abbreviations)
    {
        foreach (var word in Runs(Fold(text)))
        {
            var term = word.ToLowerInvariant();
            if (term.Length < 2)
            {
                continue;
            }
            if (SearchText.StopWords.Contains(term) && !(IsCapitals(word) && abbreviations.Contains(term)))
            {
                continue;
            }
            yield return SpellingVariants.Canonical(term);
        }
    }

    public static IEnumerable<string> Words(string text) =>
        Runs(Fold(text)).Select(w => SpellingVariants.Canonical(w.ToLowerInvariant()));

    public static IEnumerable<string> WordsWithCase(string text) => Runs(Fold(text));

    /// <summary><c>[\p{L}\p{N}]+</c> per code point: the UTF-16 regular expression, with a surrogate pair judged as the character it encodes.</summary>
    private static IEnumerable<string> Runs(string folded)
    {
        var masked = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            if (char.IsSurrogatePair(folded, i))
            {
                var letter = char.IsLetter(folded, i) || char.IsNumber(folded, i);
                masked.Append(letter ? "aa" : "  ");
                i++;
            }
            else
            {
                masked.Append(folded[i]);
            }
        }
        return WordPattern().Matches(masked.ToString()).Select(m => folded.Substring(m.Index, m.Length));
    }

    /// <summary>The alias names a text mentions, sorted: the alias table as first written.</summary>
    public static IReadOnlyList<string> NamesMentionedIn(string text, IEnumerable<SearchAliasGroup> groups)
    {
        var byFirstWord = new Dictionary<string, List<(string[] Words, bool Capitals, SearchAliasGroup Group)>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var name in group.All)
            {
                var words = Words(name).Select(EnglishStemmer.Stem).ToArray();
                if (words.Length > 0)
                {
                    var list = byFirstWord.TryGetValue(words[0], out var l) ? l : byFirstWord[words[0]] = [];
                    list.Add((words, IsCapitalName(Fold(name)), group));
                }
            }
        }
        var original = WordsWithCase(text).ToArray();
        var lowered = original.Select(w => EnglishStemmer.Stem(SpellingVariants.Canonical(w.ToLowerInvariant()))).ToArray();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lowered.Length; i++)
        {
            foreach (var (phrase, capitals, group) in byFirstWord.GetValueOrDefault(lowered[i]) ?? [])
            {
                var matches = i + phrase.Length <= lowered.Length && Enumerable.Range(0, phrase.Length)
                    .All(j => lowered[i + j] == phrase[j] && (!capitals || IsCapitalName(original[i + j])));
                if (matches)
                {
                    found.UnionWith(group.All);
                }
            }
        }
        return [.. found];
    }

    /// <summary>Each field's term counts (in the order first met) and length, as the index builder first computed them.</summary>
    public static (List<KeyValuePair<string, int>>[] Counts, int[] Lengths) FieldTerms(SearchDocument doc, SearchAliases aliases)
    {
        var mentioned = NamesMentionedIn(string.Join(" \n ", [doc.Title, doc.Summary, .. doc.Headings, doc.Body]), aliases.Groups);
        var fields = Enum.GetValues<SearchField>();
        var counts = new List<KeyValuePair<string, int>>[fields.Length];
        var lengths = new int[fields.Length];
        foreach (var field in fields)
        {
            IEnumerable<string> texts = field switch
            {
                SearchField.Title => [doc.Title],
                SearchField.Headings => doc.Headings,
                SearchField.Summary => [doc.Summary],
                SearchField.Diseases => doc.Diseases.SelectMany(g => g.All),
                SearchField.Drugs => doc.Drugs.SelectMany(g => g.All),
                SearchField.Symptoms => doc.Symptoms,
                SearchField.Tags => doc.Tags,
                SearchField.Authors => doc.Authors,
                SearchField.Body => [doc.Body],
                SearchField.Aliases => mentioned,
                _ => throw new InvalidOperationException(),
            };
            var count = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in texts.SelectMany(t => Terms(t, aliases.Abbreviations)))
            {
                count[term] = count.GetValueOrDefault(term) + 1;
                lengths[(int)field]++;
            }
            counts[(int)field] = [.. count];
        }
        return (counts, lengths);
    }

    private static bool IsCapitals(string word) => word.Length > 1 && word.All(c => !char.IsLower(c));

    private static bool IsCapitalName(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
