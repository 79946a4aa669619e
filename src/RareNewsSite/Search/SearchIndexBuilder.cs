using System.Collections.Immutable;

namespace RareNewsSite.Search;

/// <summary>
/// Builds the static search index. Ranking is BM25F: each field's term frequency is normalised by the
/// field's length and weighted, then saturated; that per-page part is computed here and stored as one
/// character per posting, so the browser only adds the inverse document frequency, which it derives from
/// the length of the posting list. Terms are sharded by their first two letters (three for big shards),
/// so a query downloads only the shards of its words.
/// </summary>
/// <remarks>
/// Given a <see cref="SearchIndexState"/> from earlier builds, it reuses what it computed there for equal
/// values: a page's terms for an equal document and equal site-wide aliases, its scores for equal terms,
/// weights and rounded average field lengths, its fragment for an equal document, a shard file for
/// unchanged postings. The files are those of a build with an empty memo, byte for byte.
/// </remarks>
internal sealed partial class SearchIndexBuilder(SearchWeights weights)
{
    // The files this build set or removed; what changed since the last build when it updated that build's index.
    private readonly List<string> _touched = [];

    // The sum of every file's part of the version (see VersionPart), kept as files are set and removed.
    private ulong _versionSum;

    /// <summary>A two-letter shard bigger than this (bytes) is split by three letters.</summary>
    public int ShardSplitBytes { get; init; } = 12_000;

    /// <summary>Result fragments keep at most this much of the body for excerpts.</summary>
    public int ExcerptSourceChars { get; init; } = 8_000;

    /// <summary>
    /// True when the memo is not used again (a build without a preview): each page's terms and scores are let go as soon
    /// as the postings are made from them, rather than held while the files are written. At 100,000 articles the terms
    /// are most of the index's memory, and the build's peak came while the files were written.
    /// </summary>
    public bool Forgets { get; init; }

    /// <summary>Builds the index of <paramref name="documents"/>; <paramref name="aliases"/> are the site's disease name groups.</summary>
    public SearchIndex Build(IReadOnlyList<SearchDocument> documents, IReadOnlyList<SearchAliasGroup> aliases) =>
        Build(documents, aliases, new SearchIndexState());

    /// <summary>
    /// Builds the index of <paramref name="documents"/>, reusing what <paramref name="memo"/> holds from
    /// earlier builds with equal inputs and keeping what this build computes there for the next one.
    /// </summary>
    public SearchIndex Build(IReadOnlyList<SearchDocument> documents, IReadOnlyList<SearchAliasGroup> aliases, SearchIndexState memo)
    {
        lock (memo.Gate)
        {
            memo.Configure(ShardSplitBytes, ExcerptSourceChars);
            var docs = memo.SameOrder(documents) ?? NewestFirst(documents);
            // The last build's postings are changed in place below: if this build fails half-way, the next
            // one finds no last build and starts from the (still valid) per-page values.
            var last = memo.Last;
            memo.Last = null;

            var entries = memo.EntriesFor(docs, last?.Entries);
            var (lastNames, lastScoring) = (memo.Aliases, memo.Scoring);
            var names = memo.Aliases = SameGroups(docs, last?.Entries, memo.Aliases) ?? SearchAliases.For(aliases, docs, memo.Aliases);
            // With as many pages and the same aliases as last time, only the pages whose entry is not the last build's need
            // looking at: at 10,000 pages, a pass over every entry costs more than an edit's own work.
            var changed = last is not null && last.Entries.Length == entries.Length && ReferenceEquals(names, lastNames) && memo.LengthSums is not null
                ? Enumerable.Range(0, entries.Length).Where(i => !ReferenceEquals(last.Entries[i], entries[i])).ToArray()
                : null;
            var candidates = changed is null ? entries : [.. changed.Select(i => entries[i])];
            var untokenized = candidates.Where(e => e.Terms is not { } t || !ReferenceEquals(t.Aliases, names)).Distinct().ToList();
            ForEach(untokenized, () => new DocumentTokenizer(names), (e, tokenizer) => e.TermsFor(names, tokenizer));
            memo.TokenizedDocuments = untokenized.Count;

            var sums = LengthSums(entries, names, changed, last, memo.LengthSums);
            var scoring = memo.Scoring = ScoringContext.For(weights, sums, entries.Length, memo.Scoring);
            var rescore = changed is null || !ReferenceEquals(scoring, lastScoring);
            var unscored = (rescore ? entries : candidates)
                .Where(e => e.Scores is not { } s || !ReferenceEquals(s.Context, scoring) || !ReferenceEquals(s.Terms, e.Terms) || e.Fragment is null).Distinct().ToList();
            ForEach(unscored, e =>
            {
                e.ScoresFor(names, scoring);
                e.Fragment ??= Fragment(e.Document);
            });
            ScoredTerms[] scores;
            if (rescore)
            {
                scores = Array.ConvertAll(entries, e => e.ScoresFor(names, scoring));
            }
            else
            {
                scores = (ScoredTerms[])last!.Scores.Clone();
                foreach (var i in changed!)
                {
                    scores[i] = entries[i].ScoresFor(names, scoring);
                }
            }
            memo.LengthSums = null; // set again with the finished build below

            _touched.Clear();
            var updated = last is null ? null : Update(last, entries, scores, memo);
            var state = updated ?? Rebuild(entries, scores, memo);
            memo.RebuiltPostings = !ReferenceEquals(state.Postings, last?.Postings);
            var version = Version(state.VersionSum);
            var shards = state.Postings.Groups.SelectMany(g => g.Files).Select(f => f.Name).ToList();
            memo.ReusedShards = shards.Count - memo.WrittenShards;
            var links = StemLinks(state.Postings, shards, memo.Stems);
            state = state with { Files = state.Files.SetItem("meta.json", Meta(docs.Count, shards, links, version)) };
            // A memo that forgot its pages' terms must not be taken for a finished build's.
            (memo.Last, memo.LengthSums) = Forgets ? (null, null) : (state, sums);
            return new SearchIndex(state.Files, version) { Changed = updated is null ? null : [.. _touched, "meta.json"] };
        }
    }

    /// <summary>
    /// The last build's index with the pages that changed since replaced, or null when too many changed (or
    /// the number of pages did) for that to pay: page ids are positions, so an added page or a new date moves
    /// the ids of many others.
    /// </summary>
    private IndexState? Update(IndexState last, IndexedDocument[] entries, ScoredTerms[] scores, SearchIndexState memo)
    {
        if (last.Entries.Length != entries.Length)
        {
            return null;
        }
        var changed = new List<int>();
        for (var id = 0; id < entries.Length; id++)
        {
            if (!ReferenceEquals(last.Entries[id], entries[id]) || !ReferenceEquals(last.Scores[id], scores[id]))
            {
                changed.Add(id);
            }
        }
        if (changed.Count > Math.Max(8, entries.Length / 20))
        {
            return null;
        }

        var files = last.Files.ToBuilder();
        var hashes = last.Hashes.ToBuilder();
        _versionSum = last.VersionSum;
        foreach (var id in changed)
        {
            last.Postings.Replace(id, last.Scores[id], scores[id]);
            SetFile(files, hashes, $"p/{id}.json", entries[id].Fragment!);
        }
        memo.WrittenShards = WriteShards(last.Postings, files, hashes);
        var filters = SameFacets(last.Entries, entries) ? last.Filters : Filters(entries);
        SetFile(files, hashes, "filters.json", filters);
        return new IndexState(entries, scores, last.Postings, filters, files.ToImmutable(), hashes.ToImmutable(), _versionSum);
    }

    /// <summary>The index made again from every page's (memoized) scores and fragment.</summary>
    private IndexState Rebuild(IndexedDocument[] entries, ScoredTerms[] scores, SearchIndexState memo)
    {
        var postings = SearchPostings.Build(scores);
        if (Forgets)
        {
            Array.Clear(scores);
            foreach (var entry in entries)
            {
                (entry.Terms, entry.Scores) = (null, null);
            }
        }
        _versionSum = 0;
        var files = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        var hashes = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        memo.WrittenShards = WriteShards(postings, files, hashes);
        for (var id = 0; id < entries.Length; id++)
        {
            SetFile(files, hashes, $"p/{id}.json", entries[id].Fragment!);
        }
        var filters = Filters(entries);
        SetFile(files, hashes, "filters.json", filters);
        return new IndexState(entries, scores, postings, filters, files.ToImmutable(), hashes.ToImmutable(), _versionSum);
    }

    /// <summary>The field lengths of every page added up: the last build's sums with the changed pages' taken out and put in again.</summary>
    private static long[] LengthSums(IndexedDocument[] entries, SearchAliases names, int[]? changed, IndexState? last, long[]? lastSums)
    {
        if (changed is null)
        {
            var sums = new long[Enum.GetValues<SearchField>().Length];
            foreach (var entry in entries)
            {
                ScoringContext.Add(sums, entry.TermsFor(names), 1);
            }
            return sums;
        }
        var updated = (long[])lastSums!.Clone();
        foreach (var i in changed)
        {
            ScoringContext.Add(updated, last!.Entries[i].Terms!, -1);
            ScoringContext.Add(updated, entries[i].TermsFor(names), 1);
        }
        return updated;
    }

    /// <summary>
    /// The last build's aliases when every page has the alias groups its predecessor at the same position had (a
    /// body edit): the table is made from those groups alone. Null when that cannot be told cheaply.
    /// </summary>
    private static SearchAliases? SameGroups(List<SearchDocument> docs, IndexedDocument[]? last, SearchAliases? previous)
    {
        if (previous is null || last is null || last.Length != docs.Count)
        {
            return null;
        }
        for (var i = 0; i < docs.Count; i++)
        {
            var (now, before) = (docs[i], last[i].Document);
            if (!ReferenceEquals(now, before) && !(SearchDocumentComparer.SameGroups(now.Diseases, before.Diseases)
                && SearchDocumentComparer.SameGroups(now.Drugs, before.Drugs) && SearchDocumentComparer.SameGroups(now.Abbreviations, before.Abbreviations)))
            {
                return null;
            }
        }
        return previous;
    }

    /// <summary>Newest first, then by address; equal keys keep their input order, as a stable sort would.</summary>
    internal static List<SearchDocument> NewestFirst(IReadOnlyList<SearchDocument> documents) => [.. Order(documents).Select(i => documents[i])];

    /// <summary>The positions of <paramref name="documents"/>, newest first (see <see cref="NewestFirst"/>).</summary>
    internal static int[] Order(IReadOnlyList<SearchDocument> documents)
    {
        var order = new int[documents.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (documents[x], documents[y]);
            var byDate = b.Date.CompareTo(a.Date);
            var byUrl = byDate != 0 ? byDate : string.CompareOrdinal(a.Url, b.Url);
            return byUrl != 0 ? byUrl : x.CompareTo(y);
        });
        return order;
    }

    /// <summary>Runs <paramref name="action"/> on every item, in parallel when there are enough to pay for it.</summary>
    private static void ForEach<T>(List<T> items, Action<T> action)
    {
        if (items.Count < 16)
        {
            items.ForEach(action);
        }
        else
        {
            Parallel.ForEach(items, action);
        }
    }

    /// <summary>As <see cref="ForEach{T}(List{T}, Action{T})"/>, with a helper of <paramref name="local"/>'s making for each thread.</summary>
    private static void ForEach<T, TLocal>(List<T> items, Func<TLocal> local, Action<T, TLocal> action)
    {
        if (items.Count < 16)
        {
            var helper = local();
            items.ForEach(item => action(item, helper));
        }
        else
        {
            Parallel.ForEach(items, local, (item, _, helper) =>
            {
                action(item, helper);
                return helper;
            }, _ => { });
        }
    }

    private void SetFile(ImmutableSortedDictionary<string, byte[]>.Builder files, ImmutableSortedDictionary<string, byte[]>.Builder hashes, string path, IndexFile file)
    {
        _touched.Add(path);
        if (hashes.TryGetValue(path, out var before))
        {
            _versionSum -= VersionPart(path, before);
        }
        files[path] = file.Utf8;
        hashes[path] = file.Hash;
        _versionSum += VersionPart(path, file.Hash);
    }

    private void RemoveFile(ImmutableSortedDictionary<string, byte[]>.Builder files, ImmutableSortedDictionary<string, byte[]>.Builder hashes, string path)
    {
        _touched.Add(path);
        if (hashes.TryGetValue(path, out var before))
        {
            _versionSum -= VersionPart(path, before);
        }
        files.Remove(path);
        hashes.Remove(path);
    }
}
