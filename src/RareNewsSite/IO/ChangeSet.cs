using System.Collections.Immutable;

namespace RareNewsSite.IO;

/// <summary>
/// The files the preview's watcher saw change, or "everything"; a path ending in <c>/</c> stands for every file below
/// that folder. The preview's file cache forgets them, and the engine finds out by itself what they touch.
/// </summary>
public sealed class ChangeSet
{
    private readonly ImmutableSortedSet<string> _paths;

    private ChangeSet(ImmutableSortedSet<string> paths, bool everything)
    {
        _paths = paths;
        IsEverything = everything;
    }

    /// <summary>A full rebuild: every page is out of date.</summary>
    public static ChangeSet Everything { get; } = new([], everything: true);

    /// <summary>True for a full rebuild.</summary>
    public bool IsEverything { get; }

    /// <summary>The changed paths (relative to the site root, forward slashes).</summary>
    public IReadOnlyCollection<string> Paths => _paths;

    /// <summary>A change set of these paths.</summary>
    public static ChangeSet Of(IEnumerable<string> paths) => new([.. paths.Select(p => p.Replace('\\', '/'))], everything: false);

    /// <summary>This change set and another together.</summary>
    public ChangeSet Union(ChangeSet other) =>
        IsEverything || other.IsEverything ? Everything : new(_paths.Union(other._paths), everything: false);
}
