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
    /// The file is read through a small buffer and hashed as it goes, and the checksum is compared at the end: a file of
    /// tens of MiB read whole would be a fresh array on the large-object heap, and on a virtual machine the first touch
    /// of fresh memory costs more than reading the file. What <paramref name="read"/> makes of a damaged file is thrown
    /// away; its exceptions (those of reading bytes that are not what was written) are the caller's to catch.
    /// </remarks>
    public static T? Read<T>(string file, Func<BinaryReader, T> read, out string? problem)
    {
        problem = null;
        FileStream stream;
        try
        {
            if (!File.Exists(file))
            {
                return default;
            }
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot be read ({error.Message})";
            return default;
        }
        using (stream)
        {
            if (stream.Length < 16)
            {
                problem = "is damaged";
                return default;
            }
            using var hashed = new HashedReadStream(stream, stream.Length - 16);
            T result;
            try
            {
                using var reader = new BinaryReader(hashed, Encoding.UTF8, leaveOpen: true);
                result = read(reader);
                hashed.ReadToEnd();
            }
            catch (Exception error) when (error is IOException and not EndOfStreamException or UnauthorizedAccessException)
            {
                problem = $"cannot be read ({error.Message})";
                return default;
            }
            Span<byte> checksum = stackalloc byte[16];
            stream.ReadExactly(checksum);
            if (hashed.Checksum != BinaryPrimitives.ReadUInt128LittleEndian(checksum))
            {
                problem = "is damaged";
                return default;
            }
            return result;
        }
    }

    /// <summary>The first <c>length</c> bytes of a file, hashed as they are read.</summary>
    private sealed class HashedReadStream(Stream inner, long length) : Stream
    {
        private readonly XxHash128 _hash = new();
        private readonly long _length = length;
        private long _left = length;

        /// <summary>The hash of every byte read; call once all are (<see cref="ReadToEnd"/>).</summary>
        public UInt128 Checksum => _hash.GetCurrentHashAsUInt128();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _length;

        public override long Position { get => _length - _left; set => throw new NotSupportedException(); }

        /// <summary>Reads (and hashes) what the reader left.</summary>
        public void ReadToEnd()
        {
            var buffer = new byte[1 << 16];
            while (Read(buffer) > 0)
            {
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, _left)]);
            _hash.Append(buffer[..read]);
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
