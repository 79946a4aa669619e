using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RareNewsSite.Search;

/// <summary>The index's files: compact JSON, keys and values in a fixed order so builds are byte-identical.</summary>
internal sealed partial class SearchIndexBuilder
{
    /// <summary>Writes the shards of every group whose terms changed, replacing its earlier files; returns how many were written.</summary>
    private int WriteShards(SearchPostings postings, ImmutableSortedDictionary<string, byte[]>.Builder files, ImmutableSortedDictionary<string, byte[]>.Builder hashes)
    {
        var changed = postings.Groups.Where(g => g.Changed).ToList();
        var written = new IReadOnlyList<(string Name, IndexFile File)>[changed.Count];
        Parallel.For(0, changed.Count, i => written[i] = WriteShards(changed[i]));
        for (var i = 0; i < changed.Count; i++)
        {
            foreach (var (name, _) in changed[i].Files)
            {
                RemoveFile(files, hashes, $"t/{name}.json");
            }
            foreach (var (name, file) in written[i])
            {
                SetFile(files, hashes, $"t/{name}.json", file);
            }
            changed[i].Files = written[i];
            changed[i].Changed = false;
        }
        return written.Sum(w => w.Count);
    }

    private List<(string Name, IndexFile File)> WriteShards(ShardGroup group)
    {
        var shards = new List<(string Name, IndexFile File)>();
        if (group.Terms.Count == 0)
        {
            return shards;
        }
        // Terms in ordinal order, sorted here rather than kept in a sorted dictionary: a sorted collection of key-value pairs
        // is code compiled at every start (ReadyToRun holds no framework collection of value types but its own).
        var terms = group.Terms.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        // Most groups of a big site are far too big for one shard: writing one only to measure it would double the work.
        if (SmallestSize(group.Terms) <= ShardSplitBytes && Shard(terms, group.Terms) is var whole
            && whole.Utf8.Length <= ShardSplitBytes)
        {
            shards.Add((group.Prefix, whole));
            return shards;
        }
        // Two-letter terms stay in the two-letter shard; longer ones move to three-letter shards.
        var shortTerms = terms.Where(t => t.Length == 2).ToList();
        if (shortTerms.Count > 0)
        {
            shards.Add((group.Prefix, Shard(shortTerms, group.Terms)));
        }
        foreach (var sub in terms.Where(t => t.Length > 2).GroupBy(t => t[..3], StringComparer.Ordinal))
        {
            shards.Add((sub.Key, Shard(sub, group.Terms)));
        }
        return shards;
    }

    /// <summary>The fewest UTF-8 bytes <see cref="Shard"/> can write for <paramref name="terms"/>: every character one byte, nothing escaped.</summary>
    private static long SmallestSize(Dictionary<string, List<Posting>> terms)
    {
        long size = 2 + Math.Max(0, terms.Count - 1); // {}, and a comma between terms
        foreach (var (term, list) in terms)
        {
            size += term.Length + 5; // "term":"…"
            var previous = -1;
            foreach (var (doc, _) in list)
            {
                size += Base64Varint.Length(doc - previous - 1) + 1;
                previous = doc;
            }
        }
        return size;
    }

    // The shard file of these terms, in the order given, with their postings.
    private static IndexFile Shard(IEnumerable<string> terms, Dictionary<string, List<Posting>> postings) => IndexJson.File(writer =>
    {
        writer.WriteStartObject();
        // Pooled: a common term's list at 10,000 pages is tens of KB of text, and a fresh array that size for each shard
        // lands on the large-object heap, whose small budget then starts a full collection every few MiB.
        var text = ArrayPool<char>.Shared.Rent(256);
        foreach (var term in terms)
        {
            var list = postings[term];
            if (text.Length < list.Count * Base64Varint.MaxPostingChars)
            {
                ArrayPool<char>.Shared.Return(text);
                text = ArrayPool<char>.Shared.Rent(list.Count * Base64Varint.MaxPostingChars);
            }
            var (length, previous) = (0, -1);
            foreach (var (doc, score) in list)
            {
                length += Base64Varint.Write(text.AsSpan(length), doc - previous - 1);
                text[length++] = Base64Varint.ScoreChar(score);
                previous = doc;
            }
            writer.WriteString(term, text.AsSpan(0, length));
        }
        ArrayPool<char>.Shared.Return(text);
        writer.WriteEndObject();
    });

    private IndexFile Fragment(SearchDocument doc) => IndexJson.File(writer =>
    {
        var cut = doc.Body.Length > ExcerptSourceChars ? doc.Body.LastIndexOf(' ', ExcerptSourceChars) : doc.Body.Length;
        var body = doc.Body[..(cut > 0 ? cut : Math.Min(doc.Body.Length, ExcerptSourceChars))];
        writer.WriteStartObject();
        writer.WriteString("t", doc.Title);
        writer.WriteString("u", doc.Url);
        writer.WriteString("d", doc.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        writer.WriteString("s", doc.Summary);
        writer.WriteString("x", body);
        // The sections the kept text reaches, for results that point at a heading: [start, length, id], start and
        // length in UTF-16 units of "x", as the browser's strings count.
        var sections = doc.Sections.Where(s => s.Start + s.Length <= body.Length).ToList();
        if (sections.Count > 0)
        {
            writer.WriteStartArray("h");
            foreach (var section in sections)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(section.Start);
                writer.WriteNumberValue(section.Length);
                writer.WriteStringValue(section.Id);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        if (doc.Sponsored)
        {
            writer.WriteBoolean("sp", true); // only when true, so every other page's fragment keeps its bytes
        }
        writer.WriteEndObject();
    });

    private static readonly (string Key, string Label, Func<SearchDocument, IEnumerable<string>> Values, bool NewestFirst)[] Facets =
    [
        ("disease", "Disease", d => d.Diseases.Select(g => g.Name), false),
        ("tag", "Topic", d => d.Tags, false),
        ("author", "Author", d => d.Authors, false),
        ("year", "Year", d => [d.Date.Year.ToString(CultureInfo.InvariantCulture)], true),
    ];

    /// <summary>True when every page has the same facet values as before, so <c>filters.json</c> is unchanged.</summary>
    private static bool SameFacets(IndexedDocument[] before, IndexedDocument[] after)
    {
        if (before.Length != after.Length)
        {
            return false;
        }
        for (var i = 0; i < after.Length; i++)
        {
            if (ReferenceEquals(before[i], after[i]))
            {
                continue;
            }
            var (x, y) = (before[i].Document, after[i].Document);
            if (x.Date.Year != y.Date.Year
                || !x.Tags.SequenceEqual(y.Tags, StringComparer.Ordinal)
                || !x.Authors.SequenceEqual(y.Authors, StringComparer.Ordinal)
                || !x.Diseases.Select(g => g.Name).SequenceEqual(y.Diseases.Select(g => g.Name), StringComparer.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static IndexFile Filters(IndexedDocument[] entries)
    {
        var docs = entries.Select(e => e.Document).ToList();
        return IndexJson.File(writer =>
        {
            writer.WriteStartArray();
            foreach (var (key, label, values, newestFirst) in Facets)
            {
                var distinct = docs.SelectMany(values).Distinct(StringComparer.Ordinal);
                var ordered = (newestFirst
                    ? distinct.OrderByDescending(v => v, StringComparer.Ordinal)
                    : distinct.OrderBy(v => v, StringComparer.OrdinalIgnoreCase).ThenBy(v => v, StringComparer.Ordinal)).ToList();
                var index = ordered.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
                // Each value's pages (each page once per value), ascending; then the lists in the order of the values.
                var pages = ordered.Select(_ => new List<int>()).ToList();
                for (var doc = 0; doc < docs.Count; doc++)
                {
                    foreach (var value in values(docs[doc]))
                    {
                        if (pages[index[value]] is var list && (list.Count == 0 || list[^1] != doc))
                        {
                            list.Add(doc);
                        }
                    }
                }
                // A facet every page has exactly one value of is written page by page ("w": the bits a value takes).
                var encoded = new StringBuilder();
                var one = OnlyValues(pages, docs.Count);
                var width = one is null ? 0 : OneValuePerPage.Width(ordered.Count);
                if (one is null)
                {
                    pages.ForEach(list => RiceLists.Append(encoded, list));
                }
                else
                {
                    OneValuePerPage.Append(encoded, one, width);
                }
                writer.WriteStartObject();
                writer.WriteString("k", key);
                writer.WriteString("l", label);
                writer.WriteStartArray("v");
                ordered.ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
                if (one is not null)
                {
                    writer.WriteNumber("w", width);
                }
                writer.WriteString("d", encoded.ToString());
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        });
    }

    /// <summary>Each page's value when every one of the <paramref name="count"/> pages has exactly one, else null.</summary>
    private static int[]? OnlyValues(List<List<int>> pages, int count)
    {
        if (count == 0 || pages.Sum(p => p.Count) != count)
        {
            return null;
        }
        var only = new int[count];
        Array.Fill(only, -1);
        for (var value = 0; value < pages.Count; value++)
        {
            foreach (var doc in pages[value])
            {
                if (only[doc] >= 0)
                {
                    return null;
                }
                only[doc] = value;
            }
        }
        return only;
    }

    private static byte[] Meta(int count, List<string> shards, string links, string version) => IndexJson.Bytes(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("v", version);
        writer.WriteNumber("n", count);
        writer.WriteString("s", string.Join(' ', shards.Order(StringComparer.Ordinal)));
        writer.WriteString("l", links);
        writer.WriteString("w", string.Join(' ', SearchText.StopWords.Order(StringComparer.Ordinal)));
        writer.WriteEndObject();
    });

    /// <summary>
    /// Where a query must also look for the forms of a stem: the browser loads the shard of the query word and the shard
    /// of its stem, which hold almost every word of that stem, since a stem is the word with an ending cut off. A few are
    /// elsewhere ("using" is in <c>usi</c>, its stem "use" in <c>use</c>; "dying" in <c>dy</c>, "die" in <c>di</c>):
    /// each such pair is written <c>stemshard:wordshard</c>, space-separated and sorted, for the browser to follow.
    /// </summary>
    private static string StemLinks(SearchPostings postings, List<string> shardNames, Dictionary<string, string> stems)
    {
        var shards = shardNames.ToHashSet(StringComparer.Ordinal);
        var links = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var group in postings.Groups)
        {
            foreach (var term in group.Terms.Keys)
            {
                if (!stems.TryGetValue(term, out var stem))
                {
                    stems[term] = stem = EnglishStemmer.Stem(term);
                }
                if (!ReferenceEquals(stem, term) && LinkKey(stem, shards) is var from && ShardOf(term, shards) is { } to && from != to)
                {
                    links.Add($"{from}:{to}");
                }
            }
        }
        return string.Join(' ', links);
    }

    /// <summary>The shard a word's postings are in, as the browser finds it: its first three letters if that shard exists, else its first two.</summary>
    internal static string? ShardOf(string word, HashSet<string> shards) =>
        word.Length >= 3 && shards.Contains(word[..3]) ? word[..3] : word.Length >= 2 && shards.Contains(word[..2]) ? word[..2] : null;

    /// <summary>The name a stem's links are listed under: its shard, or its first three letters when it has none.</summary>
    private static string LinkKey(string stem, HashSet<string> shards) => ShardOf(stem, shards) ?? stem[..Math.Min(3, stem.Length)];

    /// <summary>
    /// What one file adds to the index version: a sum over files, so that replacing a file changes the version by its
    /// own part alone and a rebuild of one page does not hash the names of all 10,000 files again. The same files give
    /// the same version, however the index got there.
    /// </summary>
    private static ulong VersionPart(string path, byte[] hash)
    {
        var part = 14695981039346656037UL; // FNV-1a over the path, then the file's own hash folded in
        foreach (var c in path)
        {
            part = (part ^ c) * 1099511628211UL;
        }
        part ^= BinaryPrimitives.ReadUInt64LittleEndian(hash);
        // splitmix64's finaliser, so that near paths give far parts
        part = (part ^ (part >> 30)) * 0xbf58476d1ce4e5b9UL;
        part = (part ^ (part >> 27)) * 0x94d049bb133111ebUL;
        return part ^ (part >> 31);
    }

    private static string Version(ulong sum) => sum.ToString("x16", System.Globalization.CultureInfo.InvariantCulture)[..10];
}
