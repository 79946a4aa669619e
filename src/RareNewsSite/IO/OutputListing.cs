using System.Collections.Concurrent;
using System.IO.Hashing;

namespace RareNewsSite.IO;

/// <summary>
/// What an output folder holds, as a build left it: each file's length, last-write time and content hash. The next build
/// that writes over that folder leaves a file alone when the bytes it would write hash the same and the file on disk
/// still has the length and time listed (the quick check of rsync and make: a file changed since has a new time).
/// </summary>
/// <remarks>
/// Kept in the build cache folder, one listing per output folder and generation (the output and its <c>.previous</c>),
/// in a binary file ending with a checksum of the rest: a listing cut short or written by another version is ignored.
/// </remarks>
public sealed class OutputListing
{
    private const uint Magic = 0x4C4E5231; // "1RNL"
    private readonly ConcurrentDictionary<string, Entry> _entries;

    private OutputListing(ConcurrentDictionary<string, Entry> entries) => _entries = entries;

    /// <summary>A listing with no files: every file is written.</summary>
    public static OutputListing Empty() => new(new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));

    /// <summary>The hash a file's bytes are listed under.</summary>
    public static UInt128 HashOf(ReadOnlySpan<byte> content) => XxHash128.HashToUInt128(content);

    /// <summary>
    /// True when the file at <paramref name="path"/> (relative) was listed with <paramref name="hash"/> and
    /// <paramref name="length"/>; <paramref name="writtenTicks"/> is then its listed last-write time.
    /// </summary>
    internal bool Lists(string path, UInt128 hash, long length, out long writtenTicks)
    {
        if (_entries.TryGetValue(path, out var entry) && entry.Hash == hash && entry.Length == length)
        {
            writtenTicks = entry.WrittenTicks;
            return true;
        }
        writtenTicks = 0;
        return false;
    }

    /// <summary>The hash and length the file at <paramref name="path"/> is listed with, if it is listed.</summary>
    internal bool TryGet(string path, out UInt128 hash, out long length)
    {
        var found = _entries.TryGetValue(path, out var entry);
        (hash, length) = found ? (entry!.Hash, entry.Length) : (UInt128.Zero, 0);
        return found;
    }

    /// <summary>Lists a file as written with <paramref name="hash"/>, <paramref name="length"/> bytes, at <paramref name="writtenTicks"/> (its last-write time, UTC ticks).</summary>
    internal void Add(string path, UInt128 hash, long length, long writtenTicks) => _entries[path] = new Entry(hash, length, writtenTicks);

    /// <summary>The listing saved at <paramref name="file"/>, or null when there is none; <paramref name="problem"/> says why one was not used.</summary>
    public static OutputListing? Load(string file, string version, out string? problem)
    {
        string? why = null;
        try
        {
            var listing = ChecksummedFile.Read(file, reader =>
            {
                if (reader.ReadUInt32() != Magic || reader.ReadString() is var written && written != version)
                {
                    why = "was written by another version of the program";
                    return null;
                }
                var count = reader.ReadInt32();
                var entries = new ConcurrentDictionary<string, Entry>(Environment.ProcessorCount, count, StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    var path = reader.ReadString();
                    entries[path] = new Entry(new UInt128(reader.ReadUInt64(), reader.ReadUInt64()), reader.ReadInt64(), reader.ReadInt64());
                }
                return new OutputListing(entries);
            }, out problem);
            problem ??= why;
            return problem is null ? listing : null;
        }
        catch (Exception error) when (error is EndOfStreamException or ArgumentException or OverflowException)
        {
            problem = "is damaged";
            return null;
        }
    }

    /// <summary>Saves the listing at <paramref name="file"/> (a temporary file renamed over it, so a reader never sees half of it).</summary>
    public void Save(string file, string version) =>
        ChecksummedFile.Save(file, writer =>
        {
            writer.Write(Magic);
            writer.Write(version);
            writer.Write(_entries.Count);
            var paths = _entries.Keys.ToArray();
            Array.Sort(paths, StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var entry = _entries[path];
                writer.Write(path);
                writer.Write((ulong)(entry.Hash >> 64));
                writer.Write((ulong)entry.Hash);
                writer.Write(entry.Length);
                writer.Write(entry.WrittenTicks);
            }
        });

    // A class, not a struct: a framework collection of a value type of ours is compiled at every start, while one of
    // references shares the framework's own ahead-of-time code.
    private sealed record Entry(UInt128 Hash, long Length, long WrittenTicks);
}
