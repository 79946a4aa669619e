namespace RareNewsSite.Content;

/// <summary>"Did you mean" hints: the closest known name within a small edit distance.</summary>
public static class Suggestions
{
    /// <summary>The closest candidate, or null when none is close enough to be a likely typo.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }
        var allowed = Math.Max(2, value.Length / 3);
        return bestDistance <= allowed ? best : WholeWords(value, candidates);
    }

    /// <summary>
    /// The shortest candidate that holds <paramref name="value"/> as whole hyphenated words ("pompe" in
    /// "pompe-disease", "fabry" in "fabry-disease"): editors shorten keys more often than they misspell them.
    /// </summary>
    private static string? WholeWords(string value, IEnumerable<string> candidates)
    {
        var words = value.Trim('-').ToLowerInvariant();
        if (words.Length < 3)
        {
            return null;
        }
        return candidates
            .Where(c => ("-" + c.ToLowerInvariant() + "-").Contains("-" + words + "-", StringComparison.Ordinal))
            .OrderBy(c => c.Length)
            .ThenBy(c => c, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
