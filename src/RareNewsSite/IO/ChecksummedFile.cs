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
    /// What <paramref name="read"/> reads from what <paramref name="file"/> holds before its checksum, when the checksum
    /// matches; default when there is no such file (and <paramref name="problem"/> is null) or when it cannot be read or
    /// its checksum does not match (and <paramref name="problem"/> says so: <c>cannot be read (…)</c>, <c>is damaged</c>).
    /// </summary>
    /// <remarks>
    /// The file is read twice through a small buffer: once to check the checksum, so that <paramref name="read"/> never
    /// sees bytes that are not what was written (a damaged count could ask for gigabytes), and once to read it. Read
    /// whole, a file of tens of MiB would be a fresh array on the large-object heap, and on a virtual machine the first
    /// touch of fresh memory costs more than reading the file twice from the page cache.
    /// </remarks>
    public static T? Read<T>(string file, Func<BinaryReader, T> read, out string? problem)
    {
        problem = null;
        try
        {
            if (!File.Exists(file))
            {
                return default;
            }
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            if (stream.Length < 16 || !ChecksumMatches(stream))
            {
                problem = "is damaged";
                return default;
            }
            stream.Position = 0;
            using var reader = new BinaryReader(new ReadStream(stream, stream.Length - 16), Encoding.UTF8);
            return read(reader);
        }
        catch (Exception error) when (error is IOException and not EndOfStreamException or UnauthorizedAccessException)
        {
            problem = $"cannot be read ({error.Message})";
            return default;
        }
    }

    // Whether the stream's last 16 bytes are the hash of the rest.
    private static bool ChecksumMatches(FileStream stream)
    {
        var hash = new XxHash128();
        var buffer = new byte[1 << 16];
        for (var left = stream.Length - 16; left > 0;)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                return false;
            }
            hash.Append(buffer.AsSpan(0, read));
            left -= read;
        }
        Span<byte> checksum = stackalloc byte[16];
        stream.ReadExactly(checksum);
        return hash.GetCurrentHashAsUInt128() == BinaryPrimitives.ReadUInt128LittleEndian(checksum);
    }

    /// <summary>The first <c>length</c> bytes of a file, as a stream that ends there.</summary>
    private sealed class ReadStream(Stream inner, long length) : Stream
    {
        private readonly long _length = length;
        private long _left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _length;

        public override long Position { get => _length - _left; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, _left)]);
            _left -= read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
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
