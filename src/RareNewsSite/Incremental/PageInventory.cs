using System.Collections.Immutable;
using System.Runtime.InteropServices;
using RareNewsSite.Engine;

namespace RareNewsSite.Incremental;

/// <summary>
/// The output paths and page kinds of the last good build, kept up to date from the documents that changed: each
/// pipeline's documents are compared with the last good build's by position, and only a different document at a
/// position moves the counts. Every one of 28,000 documents of a 10,000-article site would otherwise be hashed by
/// its path on every save, to learn which files are gone.
/// </summary>
public sealed class PageInventory
{
    private readonly Dictionary<string, int> _destinations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private Dictionary<string, Document[]> _last = new(StringComparer.Ordinal);

    /// <summary>
    /// Takes in a good build's documents by pipeline; returns the paths the last good build wrote and this one no
    /// longer makes, in order.
    /// </summary>
    public IReadOnlyList<string> Update(IReadOnlyDictionary<string, ImmutableArray<Document>> results)
    {
        var gone = new List<string>();
        foreach (var pipeline in _last.Keys.Union(results.Keys, StringComparer.Ordinal))
        {
            var before = _last.GetValueOrDefault(pipeline) ?? [];
            var now = results.TryGetValue(pipeline, out var docs) ? ImmutableCollectionsMarshal.AsArray(docs)! : [];
            for (var i = 0; i < Math.Max(before.Length, now.Length); i++)
            {
                var (was, doc) = (i < before.Length ? before[i] : null, i < now.Length ? now[i] : null);
                if (ReferenceEquals(was, doc))
                {
                    continue;
                }
                if (was is not null)
                {
                    Count(was, -1, gone);
                }
                if (doc is not null)
                {
                    Count(doc, +1, gone);
                }
            }
        }
        _last = results.ToDictionary(r => r.Key, r => ImmutableCollectionsMarshal.AsArray(r.Value)!, StringComparer.Ordinal);
        return [.. gone.Where(path => !_destinations.ContainsKey(path)).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>How many pages of each kind the last good build made.</summary>
    public IReadOnlyDictionary<string, int> Kinds => _kinds.OrderBy(k => k.Key, StringComparer.Ordinal).ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);

    private void Count(Document doc, int by, List<string> gone)
    {
        if (doc.Destination is { } destination && Add(_destinations, destination, by))
        {
            gone.Add(destination);
        }
        if (doc.GetOrDefault<string>(Keys.PageKind) is { } kind)
        {
            Add(_kinds, kind, by);
        }
    }

    // True when the count fell to zero (the key is gone).
    private static bool Add(Dictionary<string, int> counts, string key, int by)
    {
        var count = counts.GetValueOrDefault(key) + by;
        if (count > 0)
        {
            counts[key] = count;
            return false;
        }
        counts.Remove(key);
        return true;
    }
}
