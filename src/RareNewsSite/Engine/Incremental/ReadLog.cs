namespace RareNewsSite.Engine.Incremental;

/// <summary>What one run of a step read, in order, with the values it saw. Steps may read from several threads.</summary>
internal sealed class ReadLog
{
    private readonly List<(Read Read, object? Value)> _reads = [];
    private readonly Lock _lock = new();

    /// <summary>Notes a read and hands the value back.</summary>
    public T Note<T>(Read read, T value)
    {
        lock (_lock)
        {
            _reads.Add((read, value));
        }
        return value;
    }

    /// <summary>
    /// Each distinct read with the hash of the value it saw, in order, for a build with a cache on disk: the values are not
    /// kept (a set would hold every file's bytes to the end of the build).
    /// </summary>
    public (Read Read, UInt128 Hash)[] Hashed(ReadHashes hashes)
    {
        lock (_lock)
        {
            var seen = new HashSet<Read>(_reads.Count);
            var hashed = new List<(Read, UInt128)>(_reads.Count);
            foreach (var (read, value) in _reads)
            {
                if (seen.Add(read))
                {
                    hashed.Add((read, hashes.Seen(read, value)));
                }
            }
            return [.. hashed];
        }
    }

    /// <summary>The reads as a set, one entry per distinct read, shared with equal sets made in the same build.</summary>
    public ReadSet ToSet(ReadSetInterner interner)
    {
        lock (_lock)
        {
            var distinct = new Dictionary<Read, object?>();
            foreach (var (read, value) in _reads)
            {
                distinct.TryAdd(read, value);
            }
            return interner.Intern([.. distinct.Keys], [.. distinct.Values]);
        }
    }
}
