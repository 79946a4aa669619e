namespace RareNewsSite.Search;

/// <summary>
/// The terms sharing a two-letter prefix, and the shard files last written from them: <c>t/&lt;ab&gt;.json</c>,
/// or, when that would be too big, the two-letter terms there and the longer ones in <c>t/&lt;abc&gt;.json</c>.
/// </summary>
internal sealed class ShardGroup(string prefix)
{
    /// <summary>The two letters.</summary>
    public string Prefix { get; } = prefix;

    /// <summary>The terms, each with its postings by page id (in no order: a shard is written in the terms' ordinal order).</summary>
    public Dictionary<string, List<Posting>> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the terms changed since <see cref="Files"/> were written.</summary>
    public bool Changed { get; set; } = true;

    /// <summary>The files written from the terms (name without folder or extension), empty before the first write.</summary>
    public IReadOnlyList<(string Name, IndexFile File)> Files { get; set; } = [];
}
