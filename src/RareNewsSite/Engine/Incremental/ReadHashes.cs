using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// Content hashes of read sets: each read and the hash of the value it saw (<see cref="Read.Hash"/>), in order, the
/// same in every process for the same reads of equal values (what a build cache on disk keeps of a step's run). A read
/// of a whole list is hashed once for all the sets that hold it: thousands of list pages read the same
/// 10,000 cards, seen as one array, and hashing it again for each of them cost seconds at 10,000 articles.
/// </summary>
internal sealed class ReadHashes(IContentHasher hasher)
{
    private readonly ConcurrentDictionary<(Read, object), UInt128> _lists = new(SeenByReference.Instance);
    private readonly ConcurrentDictionary<Read, UInt128> _reads = new();

    /// <summary>The hash of reads already hashed one by one (<see cref="ReadLog.Hashed"/>): the same as the hash of their set.</summary>
    public UInt128 Of((Read Read, UInt128 Hash)[] reads)
    {
        var hashes = new UInt128[reads.Length * 2];
        for (var i = 0; i < reads.Length; i++)
        {
            hashes[2 * i] = _reads.GetOrAdd(reads[i].Read, static r => Read.HashOfText(r.Describe()));
            hashes[(2 * i) + 1] = reads[i].Hash;
        }
        return Read.HashOfHashes(hashes);
    }

    /// <summary>The hash of <paramref name="set"/>.</summary>
    public UInt128 Of(ReadSet set)
    {
        var hashes = new UInt128[set.Reads.Length * 2];
        for (var i = 0; i < set.Reads.Length; i++)
        {
            var read = set.Reads[i];
            hashes[2 * i] = _reads.GetOrAdd(read, static r => Read.HashOfText(r.Describe()));
            hashes[(2 * i) + 1] = Seen(read, set.Values[i]);
        }
        return Read.HashOfHashes(hashes);
    }

    /// <summary>The hash of what <paramref name="read"/> gives in the build <paramref name="state"/> describes.</summary>
    public UInt128 Now(Read read, BuildState state) => Seen(read, read.Cheap ? read.Current(state) : state.CurrentOf(read));

    /// <summary>The hash of the value <paramref name="read"/> saw; a list is hashed once for every set that saw the same one.</summary>
    public UInt128 Seen(Read read, object? seen) =>
        read.Cheap || seen is null ? read.Hash(seen, hasher) : _lists.GetOrAdd((read, seen), static (key, hasher) => key.Item1.Hash(key.Item2, hasher), hasher);

    private sealed class SeenByReference : IEqualityComparer<(Read, object)>
    {
        public static SeenByReference Instance { get; } = new();

        public bool Equals((Read, object) x, (Read, object) y) => x.Item1.Equals(y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((Read, object) obj) => HashCode.Combine(obj.Item1, RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
