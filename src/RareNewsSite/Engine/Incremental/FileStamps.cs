using System.Collections.Concurrent;
using System.IO.Hashing;
using RareNewsSite.IO;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// The length and last-write time of each file a build with a cache on disk read, with the hash of the bytes it read: the
/// next build takes a file that still has that length and time to hold those bytes, without reading it (rsync's quick
/// check), so that a build after a one-article edit reads one article, not all of them.
/// </summary>
/// <remarks>
/// A file's stamp is taken before it is read, so a file changed while it was read has another time next build. A file
/// written less than two seconds before the build started gets no stamp: a file system that keeps times to the second
/// (or two, as FAT does) could give a change made in that same second the very same time (git's "racily clean" files).
/// </remarks>
internal sealed class FileStamps(IReadOnlyDictionary<string, (FileStamp Stamp, UInt128 Hash)>? last, DateTime buildStarted)
{
    private static readonly TimeSpan Resolution = TimeSpan.FromSeconds(2);

    private readonly IReadOnlyDictionary<string, (FileStamp Stamp, UInt128 Hash)> _last = last ?? new Dictionary<string, (FileStamp, UInt128)>();
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, UInt128 Hash)> _now = new(Traces.Stripes, last?.Count ?? 0, StringComparer.Ordinal);
    private readonly long _trustedBefore = (buildStarted.ToUniversalTime() - Resolution).Ticks;

    /// <summary>The stamps of this build's files so far, for the next build.</summary>
    public IReadOnlyDictionary<string, (FileStamp Stamp, UInt128 Hash)> Now => _now;

    /// <summary>True when this build's stamps differ from the last build's (a file read anew, or one no longer read).</summary>
    public bool Changed => _now.Count != _last.Count || _now.Any(p => !_last.TryGetValue(p.Key, out var before) || before != p.Value);

    /// <summary>
    /// The hash of the bytes of the file at <paramref name="path"/>: the last build's, when the file still has the stamp
    /// it had then; else <paramref name="hashNow"/>'s, which reads it.
    /// </summary>
    public UInt128 Hash(string path, ISiteFileSystem files, Func<UInt128> hashNow)
    {
        var stamp = files.Stamp(path);
        if (stamp is { } now && _last.TryGetValue(path, out var known) && known.Stamp == now)
        {
            _now[path] = known;
            return known.Hash;
        }
        var hash = hashNow();
        Note(path, stamp, hash);
        return hash;
    }

    /// <summary>Notes that the file at <paramref name="path"/>, stamped <paramref name="before"/> it was read, held <paramref name="bytes"/>.</summary>
    public void Note(string path, FileStamp? before, byte[] bytes) => Note(path, before, HashOf(bytes));

    /// <summary>The hash a file's bytes are known by (that of <see cref="FileRead"/>).</summary>
    public static UInt128 HashOf(byte[] bytes) => XxHash128.HashToUInt128(bytes);

    private void Note(string path, FileStamp? before, UInt128 hash)
    {
        if (before is { } stamp && stamp.LastWriteTicks < _trustedBefore)
        {
            _now[path] = (stamp, hash);
        }
        else
        {
            _now.TryRemove(path, out _);
        }
    }
}
