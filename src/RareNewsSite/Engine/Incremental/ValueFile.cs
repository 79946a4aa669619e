using System.Collections.Concurrent;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// The bytes of the values an incremental build keeps, one after another in one file next to the traces, which name
/// each by its hash, place and length. A build appends the values it made and refers to the rest where they are, so
/// saving costs what changed; when less than half the file is still referred to, it is written anew. A value is read
/// only when a step asks for it, and checked against its hash then: one that no longer matches reads as missing, and
/// its document is made again. A build writes the values it makes as it makes them (<see cref="Append"/>), so that it
/// does not hold their bytes until the end; bytes no run refers to (a build that failed) are dropped when the file is
/// written anew.
/// </summary>
internal sealed class ValueFile(string path) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<UInt128, EncodedValue> _appended = new();
    private SafeFileHandle? _handle;
    private FileStream? _appending;

    /// <summary>The file's path.</summary>
    public string Path { get; } = path;

    /// <summary>The <paramref name="length"/> bytes at <paramref name="offset"/>, when they still hash as <paramref name="hash"/>; else null.</summary>
    public byte[]? Read(long offset, int length, UInt128 hash)
    {
        try
        {
            lock (_lock)
            {
                _handle ??= File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
            var bytes = new byte[length];
            return RandomAccess.Read(_handle, bytes, offset) == length && XxHash128.HashToUInt128(bytes) == hash ? bytes : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The value of <paramref name="bytes"/>, added at the end of the file unless this build added it already; in memory
    /// when the file cannot be written (then the save says why).
    /// </summary>
    public EncodedValue Append(byte[] bytes)
    {
        var hash = XxHash128.HashToUInt128(bytes);
        if (_appended.TryGetValue(hash, out var known))
        {
            return known;
        }
        lock (_lock)
        {
            if (_appended.TryGetValue(hash, out known))
            {
                return known;
            }
            try
            {
                if (_appending is null)
                {
                    Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                    _appending = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
                }
                var at = _appending.Position;
                _appending.Write(bytes);
                known = new EncodedValue(hash, this, at, bytes.Length);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                known = new EncodedValue(bytes);
            }
            _appended[hash] = known;
            return known;
        }
    }

    /// <summary>Writes out what <see cref="Append"/> added, so that it can be read back.</summary>
    public void FinishAppending()
    {
        lock (_lock)
        {
            _appending?.Dispose();
            _appending = null;
        }
    }

    /// <summary>
    /// Writes <paramref name="values"/> to the file at <paramref name="path"/>: those already in it stay where they are,
    /// the others are appended; when less than half of it would be referred to, the file is written anew. Returns where
    /// each value now is, by hash; a value whose bytes can no longer be read is left out.
    /// </summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static Dictionary<UInt128, (long Offset, int Length)> Save(string path, IReadOnlyCollection<EncodedValue> values)
    {
        var full = System.IO.Path.GetFullPath(path);
        var inPlace = InFile(full, values, out var length);
        var live = values.Sum(v => (long)v.Length);
        var fresh = live > 0 && (length > 2 * live || length > 0 && inPlace.Count == 0);
        var places = new Dictionary<UInt128, (long, int)>(values.Count);
        if (!fresh)
        {
            foreach (var value in inPlace)
            {
                places[value.Hash] = (value.Offset, value.Length);
            }
        }
        var target = fresh ? $"{full}.{Environment.ProcessId}.tmp" : full;
        using (var stream = new FileStream(target, fresh ? FileMode.Create : FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16))
        {
            var at = stream.Position;
            foreach (var value in values)
            {
                if (places.ContainsKey(value.Hash) || value.Bytes is not { } bytes)
                {
                    continue;
                }
                stream.Write(bytes);
                places[value.Hash] = (at, bytes.Length);
                at += bytes.Length;
            }
        }
        if (fresh)
        {
            File.Move(target, full, overwrite: true);
        }
        return places;
    }

    /// <summary>
    /// Those of <paramref name="values"/> that the file at <paramref name="full"/> (its <see cref="Path"/>) holds where they
    /// say, once what builds appended to it is written out; <paramref name="length"/> is the file's length then (0 when
    /// there is no file).
    /// </summary>
    public static List<EncodedValue> InFile(string full, IEnumerable<EncodedValue> values, out long length)
    {
        foreach (var file in values.Select(v => v.File).OfType<ValueFile>().Distinct())
        {
            file.FinishAppending();
        }
        var size = File.Exists(full) ? new FileInfo(full).Length : 0;
        length = size;
        return [.. values.Where(v => v.File is { } file && file.Path == full && v.Offset + v.Length <= size)];
    }

    public void Dispose()
    {
        FinishAppending();
        _handle?.Dispose();
    }
}
