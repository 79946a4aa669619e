using System.Text;

namespace RareNewsSite.Benchmarks.Corpus;

/// <summary>Plain-language filler: sentences of 8–15 common words. Every choice comes from the one seeded <see cref="Random"/>.</summary>
internal sealed class SentenceMaker(Random random)
{
    public Random Random { get; } = random;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>Picks <paramref name="count"/> distinct items, in the order drawn.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new List<T>(count);
        var used = new HashSet<int>();
        while (chosen.Count < Math.Min(count, items.Count))
        {
            var index = Random.Next(items.Count);
            if (used.Add(index))
            {
                chosen.Add(items[index]);
            }
        }
        return chosen;
    }

    /// <summary>One sentence; <paramref name="mention"/>, when given, is placed among the words (a drug, an abbreviation).</summary>
    public string Sentence(string? mention = null)
    {
        var count = Random.Next(8, 16);
        var builder = new StringBuilder(count * 7);
        var mentionAt = mention is null ? -1 : Random.Next(1, count);
        for (var i = 0; i < count; i++)
        {
            var word = i == mentionAt ? mention! : Pick(CorpusVocabulary.Words);
            if (i == 0)
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
            else
            {
                builder.Append(' ').Append(word);
            }
        }
        return builder.Append('.').ToString();
    }

    /// <summary>A paragraph of 4–6 sentences, each with a small chance of carrying one of <paramref name="mentions"/>.</summary>
    public string Paragraph(IReadOnlyList<string> mentions)
    {
        var sentences = Random.Next(4, 7);
        var parts = new string[sentences];
        for (var i = 0; i < sentences; i++)
        {
            parts[i] = Sentence(mentions.Count > 0 && Random.Next(4) == 0 ? Pick(mentions) : null);
        }
        return string.Join(' ', parts);
    }

    /// <summary>A GitHub-style heading id, as Markdig's <c>AutoIdentifierOptions.GitHub</c> makes it.</summary>
    public static string HeadingId(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        foreach (var c in heading)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
        }
        return builder.ToString();
    }

    /// <summary>Lower-case words joined by hyphens.</summary>
    public static string Slug(string text) => string.Join('-', text.ToLowerInvariant()
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)]))
        .Where(w => w.Length > 0));
}
