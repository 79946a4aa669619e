using System.IO.Hashing;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// The <see cref="ChainRun"/>s of one build, on disk: written by the program's build (<c>version</c>) for one set of
/// build inputs (<c>inputs</c>: the settings and the theme, as a hash), with a checksum at the end. A file written by
/// another version or for other inputs, or damaged, is not used, and the reason is given.
/// </summary>
internal static class TraceFile
{
    private const uint Magic = 0x5452_4E31; // "1NRT"

    /// <summary>Writes <paramref name="runs"/> to <paramref name="file"/> (through a temporary file, renamed).</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static void Save(string file, string version, UInt128 inputs, IReadOnlyCollection<ChainRun> runs)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(version);
            Write(writer, inputs);
            var chains = runs.Select(r => r.Chain).Distinct(StringComparer.Ordinal).ToList();
            var reads = runs.SelectMany(r => r.Reads.Select(x => x.Read)).Distinct().ToList();
            WriteTable(writer, chains, (w, chain) => w.Write(chain));
            WriteTable(writer, reads, SavedReads.Write);
            var chainAt = chains.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
            var readAt = reads.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
            writer.Write(runs.Count);
            foreach (var run in runs)
            {
                writer.Write(chainAt[run.Chain]);
                Write(writer, run.Input);
                writer.Write(run.Reads.Length);
                foreach (var (read, hash) in run.Reads)
                {
                    writer.Write(readAt[read]);
                    Write(writer, hash);
                }
                writer.Write(run.Outputs.Length);
                foreach (var output in run.Outputs)
                {
                    WriteMade(writer, output);
                }
                writer.Write(run.Diagnostics.Length);
                foreach (var diagnostic in run.Diagnostics)
                {
                    writer.Write(diagnostic.Span.Path);
                    writer.Write(diagnostic.Span.Line);
                    writer.Write(diagnostic.Span.Column);
                    writer.Write((int)diagnostic.Severity);
                    writer.Write(diagnostic.Id);
                    writer.Write(diagnostic.Message);
                }
            }
        }
        Write(buffer, XxHash128.HashToUInt128(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, buffer.ToArray());
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>
    /// The runs saved at <paramref name="file"/>, by chain and input; null when there is none or it cannot be used,
    /// and then <paramref name="problem"/> says why (null when there was simply no file).
    /// </summary>
    public static Dictionary<(string Chain, UInt128 Input), ChainRun>? Load(string file, string version, UInt128 inputs, out string? problem)
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
        if (bytes.Length < 16 || XxHash128.HashToUInt128(bytes.AsSpan(0, bytes.Length - 16)) != ReadHash(bytes.AsSpan(bytes.Length - 16)))
        {
            problem = "is damaged";
            return null;
        }
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 16), System.Text.Encoding.UTF8);
            if (reader.ReadUInt32() != Magic || reader.ReadString() != version)
            {
                problem = "was written by another version of the program";
                return null;
            }
            if (Read(reader) != inputs)
            {
                problem = "was made with other settings or another theme";
                return null;
            }
            var chains = ReadTable(reader, r => r.ReadString());
            var reads = ReadTable(reader, SavedReads.Read);
            var count = reader.ReadInt32();
            var runs = new Dictionary<(string, UInt128), ChainRun>(count);
            for (var i = 0; i < count; i++)
            {
                var chain = chains[reader.ReadInt32()];
                var input = Read(reader);
                var readsSeen = new (Read, UInt128)[reader.ReadInt32()];
                for (var r = 0; r < readsSeen.Length; r++)
                {
                    readsSeen[r] = (reads[reader.ReadInt32()], Read(reader));
                }
                var outputs = new MadeFile[reader.ReadInt32()];
                for (var o = 0; o < outputs.Length; o++)
                {
                    outputs[o] = ReadMade(reader);
                }
                var diagnostics = new Diagnostic[reader.ReadInt32()];
                for (var d = 0; d < diagnostics.Length; d++)
                {
                    var span = new SourceSpan(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
                    diagnostics[d] = new Diagnostic(span, (DiagnosticSeverity)reader.ReadInt32(), reader.ReadString(), reader.ReadString());
                }
                runs[(chain, input)] = new ChainRun(chain, input, readsSeen, outputs, diagnostics);
            }
            return runs;
        }
        catch (Exception error) when (error is EndOfStreamException or InvalidDataException or ArgumentException or IndexOutOfRangeException)
        {
            problem = "is damaged";
            return null;
        }
    }

    private static void WriteMade(BinaryWriter writer, MadeFile made)
    {
        writer.Write(made.Source ?? "\0");
        writer.Write(made.Destination ?? "\0");
        Write(writer, made.Trace);
        Write(writer, made.FileHash);
        writer.Write(made.FileLength);
        writer.Write(made.Kept.Length);
        foreach (var (key, value) in made.Kept)
        {
            writer.Write(key);
            KeptValues.Write(writer, value);
        }
        WriteTable(writer, made.NotKept, (w, key) => w.Write(key));
    }

    private static MadeFile ReadMade(BinaryReader reader)
    {
        var source = reader.ReadString() is var s && s == "\0" ? null : s;
        var destination = reader.ReadString() is var d && d == "\0" ? null : d;
        var trace = Read(reader);
        var hash = Read(reader);
        var length = reader.ReadInt64();
        var kept = new (string, object)[reader.ReadInt32()];
        for (var k = 0; k < kept.Length; k++)
        {
            kept[k] = (reader.ReadString(), KeptValues.Read(reader));
        }
        return new MadeFile(source, destination, trace, hash, length, kept, [.. ReadTable(reader, r => r.ReadString())]);
    }

    private static void WriteTable<T>(BinaryWriter writer, IReadOnlyCollection<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(writer, item);
        }
    }

    private static List<T> ReadTable<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        var items = new List<T>(Math.Min(count, 1 << 16));
        for (var i = 0; i < count; i++)
        {
            items.Add(read(reader));
        }
        return items;
    }

    private static void Write(BinaryWriter writer, UInt128 hash)
    {
        writer.Write((ulong)hash);
        writer.Write((ulong)(hash >> 64));
    }

    private static void Write(Stream stream, UInt128 hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, hash);
        stream.Write(bytes);
    }

    private static UInt128 Read(BinaryReader reader) => reader.ReadUInt64() | ((UInt128)reader.ReadUInt64() << 64);

    private static UInt128 ReadHash(ReadOnlySpan<byte> bytes) => System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(bytes);

    /// <summary>The values a <see cref="MadeFile"/> keeps, each with a tag for its type.</summary>
    private static class KeptValues
    {
        public static void Write(BinaryWriter writer, object value)
        {
            switch (value)
            {
                case string s: writer.Write((byte)1); writer.Write(s); break;
                case bool b: writer.Write((byte)2); writer.Write(b); break;
                case int i: writer.Write((byte)3); writer.Write(i); break;
                case long l: writer.Write((byte)4); writer.Write(l); break;
                case double d: writer.Write((byte)5); writer.Write(d); break;
                case DateTimeOffset t: writer.Write((byte)6); writer.Write(t.Ticks); writer.Write((short)t.Offset.TotalMinutes); break;
                case DateTime t: writer.Write((byte)7); writer.Write(t.ToBinary()); break;
                default: throw new NotSupportedException($"A value of type {value.GetType().Name} is not kept with the build cache.");
            }
        }

        public static object Read(BinaryReader reader) => reader.ReadByte() switch
        {
            1 => reader.ReadString(),
            2 => reader.ReadBoolean(),
            3 => reader.ReadInt32(),
            4 => reader.ReadInt64(),
            5 => reader.ReadDouble(),
            6 => new DateTimeOffset(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16())),
            7 => DateTime.FromBinary(reader.ReadInt64()),
            var tag => throw new InvalidDataException($"unknown value tag {tag}"),
        };
    }
}
