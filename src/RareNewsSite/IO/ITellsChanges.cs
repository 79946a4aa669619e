namespace RareNewsSite.IO;

/// <summary>
/// A file system that knows which files may have changed since an earlier moment (the preview's, told by its
/// watcher), so a build need not compare every file it read before to find the one that was saved.
/// </summary>
internal interface ITellsChanges
{
    /// <summary>A mark of this moment, to ask <see cref="ChangedSince"/> with later.</summary>
    long Stamp { get; }

    /// <summary>The files that may have changed since <paramref name="stamp"/>; null when any file may have.</summary>
    IReadOnlyCollection<string>? ChangedSince(long stamp);
}
