using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace RareNewsSite.Search;

/// <summary>
/// Builds the static search index. Ranking is BM25F: each field's term frequency is normalised by the
/// field's length and weighted, then saturated; that per-page part is computed here and stored as one
/// character per posting, so the browser only adds the inverse document frequency, which it derives from
/// the length of the posting list. Terms are sharded by their first two letters (three for big shards),
/// so a query downloads only the shards of its words.
/// </summary>
public sealed partial class SearchIndexBuilder(SearchWeights weights)
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>A two-letter shard bigger than this (bytes) is split by three letters.</summary>
    public int ShardSplitBytes { get; init; } = 12_000;

    /// <summary>Result fragments keep at most this much of the body for excerpts.</summary>
    public int ExcerptSourceChars { get; init; } = 8_000;

    /// <summary>Builds the index of <paramref name="documents"/>; <paramref name="aliases"/> are the site's disease name groups.</summary>
    public SearchIndex Build(IReadOnlyList<SearchDocument> documents, IReadOnlyList<SearchAliasGroup> aliases)
    {
        var docs = documents.OrderByDescending(d => d.Date).ThenBy(d => d.Url, StringComparer.Ordinal).ToList();
        // Every article repeats its diseases' groups: keep one of each, or the alias table grows with the site.
        var groups = aliases.Concat(docs.SelectMany(d => d.Diseases.Concat(d.Drugs).Concat(d.Abbreviations)))
            .DistinctBy(g => string.Join('\u0001', g.All), StringComparer.Ordinal).ToList();
        var abbreviations = groups.SelectMany(g => g.All)
            .Select(SearchText.Fold)
            .Where(n => n.Any(char.IsLetter) && !n.Any(char.IsLower) && !n.Any(char.IsWhiteSpace))
            .Select(n => n.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        var table = new AliasTable(groups);

        var fields = docs.Select(d => FieldTerms(d, table, abbreviations)).ToList();
        var averages = Enum.GetValues<SearchField>().ToDictionary(f => f, f => Math.Max(1.0, fields.Select(x => (double)x[f].Count).DefaultIfEmpty(0).Average()));
        var postings = new SortedDictionary<string, List<(int Doc, int Score)>>(StringComparer.Ordinal);
        for (var id = 0; id < docs.Count; id++)
        {
            foreach (var (term, score) in Scores(fields[id], averages))
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }
                list.Add((id, score));
            }
        }

        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var shards = WriteShards(postings, files);
        for (var id = 0; id < docs.Count; id++)
        {
            files[$"p/{id}.json"] = Fragment(docs[id]);
        }
        files["filters.json"] = Filters(docs);
        var version = Version(files);
        files["meta.json"] = Meta(docs.Count, shards, version);
        return new SearchIndex(files.ToImmutable(), version);
    }

    private static Dictionary<SearchField, List<string>> FieldTerms(SearchDocument doc, AliasTable table, HashSet<string> abbreviations)
    {
        List<string> Terms(IEnumerable<string> texts) => [.. texts.SelectMany(t => SearchText.Terms(t, abbreviations))];
        var mentioned = table.NamesMentionedIn(string.Join(" \n ", [doc.Title, doc.Summary, .. doc.Headings, doc.Body]));
        return new Dictionary<SearchField, List<string>>
        {
            [SearchField.Title] = Terms([doc.Title]),
            [SearchField.Headings] = Terms(doc.Headings),
            [SearchField.Summary] = Terms([doc.Summary]),
            [SearchField.Diseases] = Terms(doc.Diseases.SelectMany(g => g.All)),
            [SearchField.Drugs] = Terms(doc.Drugs.SelectMany(g => g.All)),
            [SearchField.Symptoms] = Terms(doc.Symptoms),
            [SearchField.Tags] = Terms(doc.Tags),
            [SearchField.Authors] = Terms(doc.Authors),
            [SearchField.Body] = Terms([doc.Body]),
            [SearchField.Aliases] = Terms(mentioned),
        };
    }

    private IEnumerable<(string Term, int Score)> Scores(Dictionary<SearchField, List<string>> fields, Dictionary<SearchField, double> averages)
    {
        var weighted = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (field, terms) in fields)
        {
            var norm = 1 - B + B * terms.Count / averages[field];
            foreach (var group in terms.GroupBy(t => t, StringComparer.Ordinal))
            {
                weighted[group.Key] = weighted.GetValueOrDefault(group.Key) + weights[field] * group.Count() / norm;
            }
        }
        foreach (var (term, tf) in weighted)
        {
            var saturated = tf * (K1 + 1) / (K1 + tf);
            var score = (int)Math.Round(saturated / (K1 + 1) * 63);
            if (score > 0)
            {
                yield return (term, Math.Min(63, score));
            }
        }
    }

    private static string Version(ImmutableSortedDictionary<string, string>.Builder files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, content) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n" + content + "\n"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }
}
