using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace RareNewsSite.IO;

/// <summary>
/// A file of the build cache that ends with the XxHash128 of the rest: written through a temporary file renamed into
/// place (<c>&lt;file&gt;.&lt;pid&gt;.tmp</c>), so a reader never sees half of one, and read back only when the checksum
/// matches, so a file cut short or changed is never taken for a good one.
/// </summary>
internal static class ChecksummedFile
{
    /// <summary>Writes what <paramref name="write"/> writes to <paramref name="file"/>, then the checksum.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static void Save(string file, Action<BinaryWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        // Written straight to the file through a hash of everything written: a buffer of a whole file (tens of MiB for the
        // traces) would be allocated and copied on the large-object heap, which this program's collector compacts.
        using (var stream = new ChecksummedStream(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16)))
        {
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                write(writer);
            }
            stream.WriteChecksum();
        }
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>
    /// A reader of what <paramref name="file"/> holds before its checksum; null when there is no such file (and
    /// <paramref name="problem"/> is null) or when it cannot be read or its checksum does not match (and
    /// <paramref name="problem"/> says so: <c>cannot be read (…)</c>, <c>is damaged</c>).
    /// </summary>
    public static BinaryReader? Open(string file, out string? problem)
    {
        problem = null;
        byte[] bytes;
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot be read ({error.Message})";
            return null;
        }
        if (bytes.Length < 16 || XxHash128.HashToUInt128(bytes.AsSpan(0, bytes.Length - 16)) != BinaryPrimitives.ReadUInt128LittleEndian(bytes.AsSpan(bytes.Length - 16)))
        {
            problem = "is damaged";
            return null;
        }
        return new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 16), Encoding.UTF8);
    }

    /// <summary>A file written through a running hash, which ends it (<see cref="WriteChecksum"/>).</summary>
    private sealed class ChecksummedStream(Stream inner) : Stream
    {
        private readonly XxHash128 _hash = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public void WriteChecksum()
        {
            Span<byte> bytes = stackalloc byte[16];
            BinaryPrimitives.WriteUInt128LittleEndian(bytes, _hash.GetCurrentHashAsUInt128());
            inner.Write(bytes);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.Append(buffer);
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
