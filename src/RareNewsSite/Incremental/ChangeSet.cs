using System.Collections.Immutable;

namespace RareNewsSite.Incremental;

/// <summary>
/// The input files changed since the last good build, or "everything". A dependency ending in <c>/</c>
/// stands for every file below that folder (<c>theme/partials/</c>); entries starting with <c>@</c> are values,
/// not files, and only matter when they appear or disappear from a page's dependency set.
/// </summary>
public sealed class ChangeSet
{
    private readonly ImmutableSortedSet<string> _paths;
    // Touches runs for every page of every preview build: plain arrays and a hash set, no LINQ.
    private readonly HashSet<string> _files;
    private readonly string[] _folders;
    private readonly string[] _all;

    private ChangeSet(ImmutableSortedSet<string> paths, bool everything)
    {
        _paths = paths;
        IsEverything = everything;
        _all = [.. paths];
        _folders = [.. paths.Where(p => p.EndsWith('/'))];
        _files = new HashSet<string>(paths.Where(p => !p.EndsWith('/')), StringComparer.Ordinal);
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

    /// <summary>True when a path is changed, or a changed path lies in a folder dependency (or the reverse).</summary>
    public bool Touches(IEnumerable<string> dependencies)
    {
        if (IsEverything)
        {
            return true;
        }
        foreach (var dependency in dependencies)
        {
            if (dependency.EndsWith('/'))
            {
                foreach (var path in _all)
                {
                    if (path.StartsWith(dependency, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
            else if (_files.Contains(dependency))
            {
                return true;
            }
            else
            {
                foreach (var folder in _folders)
                {
                    if (dependency.StartsWith(folder, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
