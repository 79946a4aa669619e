using System.Runtime.InteropServices;

namespace RareNewsSite.Search;

/// <summary>
/// Every term's postings (page id and score, by id), grouped by the two-letter prefix that names their shard.
/// Built whole when the page ids change; otherwise updated page by page with <see cref="Replace"/>, which
/// marks the groups it touched, so only their shards are written again.
/// </summary>
internal sealed class SearchPostings
{
    private readonly Dictionary<string, ShardGroup> _groups = new(StringComparer.Ordinal);

    /// <summary>The groups, in no particular order (an emptied group stays, with no terms).</summary>
    public IEnumerable<ShardGroup> Groups => _groups.Values;

    /// <summary>The postings of pages <c>0..n-1</c>, from each page's scored terms.</summary>
    public static SearchPostings Build(IReadOnlyList<ScoredTerms> pages)
    {
        // Each core collects the postings of a range of pages; the ranges' lists are then put together in page order.
        var parts = pages.Count < 2_000 ? 1 : Environment.ProcessorCount;
        var ranges = new Dictionary<string, List<Posting>>[parts];
        Parallel.For(0, parts, p => ranges[p] = PostingsOf(pages, pages.Count * p / parts, pages.Count * (p + 1) / parts));
        var byTerm = ranges[0];
        for (var p = 1; p < parts; p++)
        {
            foreach (var (term, list) in ranges[p])
            {
                ref var joined = ref CollectionsMarshal.GetValueRefOrAddDefault(byTerm, term, out var earlier);
                joined = earlier ? Joined(joined!, list) : list;
            }
        }
        var postings = new SearchPostings();
        foreach (var (term, list) in byTerm)
        {
            postings.GroupOf(term).Terms.Add(term, list);
        }
        return postings;
    }

    private static List<Posting> Joined(List<Posting> first, List<Posting> then)
    {
        var joined = new List<Posting>(first.Count + then.Count);
        joined.AddRange(first);
        joined.AddRange(then);
        return joined;
    }

    // The postings of pages from..to-1. Counted first, so that each list is made at its size: grown by doubling, the
    // lists of the common terms of 10,000 pages would be arrays on the large-object heap, made and dropped a few times each.
    private static Dictionary<string, List<Posting>> PostingsOf(IReadOnlyList<ScoredTerms> pages, int from, int to)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = from; id < to; id++)
        {
            var (terms, scores) = (pages[id].Terms.Terms, pages[id].Scores);
            for (var t = 0; t < terms.Length; t++)
            {
                if (scores[t] != 0)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, terms[t], out _)++;
                }
            }
        }
        var byTerm = new Dictionary<string, List<Posting>>(counts.Count, StringComparer.Ordinal);
        foreach (var (term, count) in counts)
        {
            byTerm[term] = new List<Posting>(count);
        }
        for (var id = from; id < to; id++)
        {
            var (terms, scores) = (pages[id].Terms.Terms, pages[id].Scores);
            for (var t = 0; t < terms.Length; t++)
            {
                if (scores[t] != 0)
                {
                    byTerm[terms[t]].Add(new Posting(id, scores[t]));
                }
            }
        }
        return byTerm;
    }

    /// <summary>Replaces page <paramref name="id"/>'s postings <paramref name="before"/> with <paramref name="after"/>.</summary>
    public void Replace(int id, ScoredTerms before, ScoredTerms after)
    {
        var old = new Dictionary<string, int>(before.Scores.Length, StringComparer.Ordinal);
        for (var t = 0; t < before.Scores.Length; t++)
        {
            if (before.Scores[t] > 0)
            {
                old[before.Terms.Terms[t]] = before.Scores[t];
            }
        }
        for (var t = 0; t < after.Scores.Length; t++)
        {
            var (term, score) = (after.Terms.Terms[t], after.Scores[t]);
            if (score > 0 && (!old.Remove(term, out var previous) || previous != score))
            {
                Set(term, new Posting(id, score));
            }
        }
        foreach (var term in old.Keys)
        {
            Remove(term, id);
        }
    }

    private void Set(string term, Posting posting)
    {
        var group = GroupOf(term);
        if (!group.Terms.TryGetValue(term, out var list))
        {
            group.Terms[term] = list = [];
        }
        var at = IndexOf(list, posting.Doc);
        if (at >= 0)
        {
            list[at] = posting;
        }
        else
        {
            list.Insert(~at, posting);
        }
        group.Changed = true;
    }

    private void Remove(string term, int doc)
    {
        var group = GroupOf(term);
        if (!group.Terms.TryGetValue(term, out var list) || IndexOf(list, doc) is var at && at < 0)
        {
            return;
        }
        list.RemoveAt(at);
        if (list.Count == 0)
        {
            group.Terms.Remove(term);
        }
        group.Changed = true;
    }

    private ShardGroup GroupOf(string term)
    {
        var prefix = term[..2];
        if (!_groups.TryGetValue(prefix, out var group))
        {
            _groups[prefix] = group = new ShardGroup(prefix);
        }
        return group;
    }

    private static int IndexOf(List<Posting> list, int doc)
    {
        int low = 0, high = list.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var value = list[middle].Doc;
            if (value == doc)
            {
                return middle;
            }
            if (value < doc)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return ~low;
    }
}
