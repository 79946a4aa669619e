using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// The bytes of the values an incremental build keeps, one after another in one file next to the traces, which name
/// each by its hash, place and length. A build appends the values it made and refers to the rest where they are, so
/// saving costs what changed; when less than half the file is still referred to, it is written anew. A value is read
/// only when a step asks for it, and checked against its hash then: one that no longer matches reads as missing, and
/// its document is made again.
/// </summary>
internal sealed class ValueFile(string path) : IDisposable
{
    private readonly Lock _lock = new();
    private SafeFileHandle? _handle;

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
    /// Writes <paramref name="values"/> to the file at <paramref name="path"/>: those already in it stay where they are,
    /// the others are appended; when less than half of it would be referred to, the file is written anew. Returns where
    /// each value now is, by hash; a value whose bytes can no longer be read is left out.
    /// </summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static Dictionary<UInt128, (long Offset, int Length)> Save(string path, IReadOnlyCollection<EncodedValue> values)
    {
        var full = System.IO.Path.GetFullPath(path);
        var length = File.Exists(full) ? new FileInfo(full).Length : 0;
        var inPlace = values.Where(v => v.File is { } file && file.Path == full && v.Offset + v.Length <= length).ToList();
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

    public void Dispose() => _handle?.Dispose();
}
