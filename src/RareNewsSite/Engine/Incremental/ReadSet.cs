namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// The reads of a step's run with the values seen. Runs of one step over many documents usually read the same
/// things (the settings, the theme) and share one set, so a build checks each set once, not once per document.
/// </summary>
internal sealed class ReadSet(Read[] reads, object?[] values)
{
    private int _checkedIn = -1;
    private bool _valid;

    /// <summary>Nothing read: always valid.</summary>
    public static ReadSet None { get; } = new([], []);

    public Read[] Reads { get; } = reads;

    public object?[] Values { get; } = values;

    /// <summary>True when every value read is the same in the build <paramref name="state"/> describes.</summary>
    public bool IsValid(BuildState state)
    {
        if (Volatile.Read(ref _checkedIn) == state.Number)
        {
            return _valid;
        }
        var valid = true;
        for (var i = 0; valid && i < Reads.Length; i++)
        {
            valid = state.StillSame(Reads[i], Values[i]);
        }
        _valid = valid;
        Volatile.Write(ref _checkedIn, state.Number);
        return valid;
    }
}

/// <summary>Hands out one <see cref="ReadSet"/> per distinct list of reads and values seen (the same value objects).</summary>
internal sealed class ReadSetInterner
{
    private readonly Dictionary<Key, ReadSet> _sets = [];
    private readonly Lock _lock = new();

    public ReadSet Intern(Read[] reads, object?[] values)
    {
        if (reads.Length == 0)
        {
            return ReadSet.None;
        }
        var key = new Key(reads, values);
        lock (_lock)
        {
            if (!_sets.TryGetValue(key, out var set))
            {
                _sets[key] = set = new ReadSet(reads, values);
            }
            return set;
        }
    }

    private readonly struct Key(Read[] reads, object?[] values) : IEquatable<Key>
    {
        private readonly Read[] _reads = reads;
        private readonly object?[] _values = values;

        public bool Equals(Key other)
        {
            if (_reads.Length != other._reads.Length)
            {
                return false;
            }
            for (var i = 0; i < _reads.Length; i++)
            {
                if (!BuildState.SeenComparer.Instance.Equals((_reads[i], _values[i]), (other._reads[i], other._values[i])))
                {
                    return false;
                }
            }
            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            for (var i = 0; i < _reads.Length; i++)
            {
                hash.Add(BuildState.SeenComparer.Instance.GetHashCode((_reads[i], _values[i])));
            }
            return hash.ToHashCode();
        }
    }
}
