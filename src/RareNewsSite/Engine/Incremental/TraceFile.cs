using RareNewsSite.Diagnostics;
using RareNewsSite.IO;

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
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        // The values first: the traces name where each is, and a value whose bytes are lost takes its run with it.
        var distinct = new Dictionary<UInt128, EncodedValue>();
        foreach (var encoded in runs.SelectMany(r => r.Outputs).SelectMany(o => o.Kept).Select(k => k.Value).OfType<EncodedValue>())
        {
            distinct.TryAdd(encoded.Hash, encoded);
        }
        var places = ValueFile.Save(ValuesPath(file), distinct.Values);
        runs = [.. runs.Where(r => r.Outputs.All(o => o.Kept.All(k => k.Value is not EncodedValue e || places.ContainsKey(e.Hash))))];
        ChecksummedFile.Save(file, writer =>
        {
            writer.Write(Magic);
            writer.Write(version);
            Write(writer, inputs);
            var chains = runs.Select(r => r.Chain).Distinct(StringComparer.Ordinal).ToList();
            var reads = runs.SelectMany(r => r.Reads.Select(x => x.Read)).Distinct().ToList();
            WriteTable(writer, chains, (w, chain) => w.Write(chain));
            WriteTable(writer, reads, SavedReads.Write);
            // Equal values (an article's record, kept by every step it went through) are kept once, by hash.
            var valueList = places.ToList();
            var valueAt = valueList.Select((v, i) => (v.Key, i)).ToDictionary(p => p.Key, p => p.i);
            WriteTable(writer, valueList, (w, v) =>
            {
                Write(w, v.Key);
                w.Write(v.Value.Offset);
                w.Write(v.Value.Length);
            });
            // The few metadata keys, written once and named by number (a 10,000-article site keeps 600,000 of them).
            var keys = runs.SelectMany(r => r.Outputs).SelectMany(o => o.Kept.Select(k => k.Key).Concat(o.NotKept.Select(k => k.Key))).Distinct(StringComparer.Ordinal).ToList();
            WriteTable(writer, keys, (w, key) => w.Write(key));
            var keyAt = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
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
                    WriteMade(writer, output, valueAt, keyAt);
                }
                writer.Write(run.Pages);
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
        });
    }

    /// <summary>
    /// The runs saved at <paramref name="file"/>, by chain and input; null when there is none or it cannot be used,
    /// and then <paramref name="problem"/> says why (null when there was simply no file).
    /// </summary>
    public static Dictionary<(string Chain, UInt128 Input), ChainRun>? Load(string file, string version, UInt128 inputs, out string? problem)
    {
        using var reader = ChecksummedFile.Open(file, out problem);
        if (reader is null)
        {
            return null;
        }
        try
        {
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
            var valueFile = new ValueFile(Path.GetFullPath(ValuesPath(file)));
            var values = ReadTable(reader, r => new EncodedValue(Read(r), valueFile, r.ReadInt64(), r.ReadInt32()));
            // Interned: a document taken from the cache looks its keys up by reference first, as the constants in Keys are.
            var keys = ReadTable(reader, r => string.Intern(r.ReadString()));
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
                    outputs[o] = ReadMade(reader, values, keys);
                }
                var pages = reader.ReadBoolean();
                var diagnostics = new Diagnostic[reader.ReadInt32()];
                for (var d = 0; d < diagnostics.Length; d++)
                {
                    var span = new SourceSpan(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
                    diagnostics[d] = new Diagnostic(span, (DiagnosticSeverity)reader.ReadInt32(), reader.ReadString(), reader.ReadString());
                }
                runs[(chain, input)] = new ChainRun(chain, input, readsSeen, outputs, diagnostics, pages);
            }
            return runs;
        }
        catch (Exception error) when (error is EndOfStreamException or InvalidDataException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            problem = "is damaged";
            return null;
        }
    }

    /// <summary>The values file kept with <paramref name="file"/>.</summary>
    public static string ValuesPath(string file) => Path.ChangeExtension(file, ".values");

    private static void WriteMade(BinaryWriter writer, MadeFile made, Dictionary<UInt128, int> valueAt, Dictionary<string, int> keyAt)
    {
        writer.Write(made.Source ?? "\0");
        writer.Write(made.Destination ?? "\0");
        Write(writer, made.Trace);
        Write(writer, made.FileHash);
        writer.Write(made.FileLength);
        writer.Write(made.Kept.Length);
        foreach (var (key, value) in made.Kept)
        {
            writer.Write(keyAt[key]);
            KeptValues.Write(writer, value, valueAt);
        }
        WriteTable(writer, made.NotKept, (w, key) =>
        {
            w.Write(keyAt[key.Key]);
            Write(w, key.Hash);
        });
        writer.Write(made.HandedOn);
    }

    private static MadeFile ReadMade(BinaryReader reader, List<EncodedValue> values, List<string> keys)
    {
        var source = reader.ReadString() is var s && s == "\0" ? null : s;
        var destination = reader.ReadString() is var d && d == "\0" ? null : d;
        var trace = Read(reader);
        var hash = Read(reader);
        var length = reader.ReadInt64();
        var kept = new (string, object)[reader.ReadInt32()];
        for (var k = 0; k < kept.Length; k++)
        {
            kept[k] = (keys[reader.ReadInt32()], KeptValues.Read(reader, values));
        }
        var notKept = ReadTable(reader, r => (keys[r.ReadInt32()], Read(r)));
        return new MadeFile(source, destination, trace, hash, length, kept, [.. notKept], reader.ReadInt32());
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

    private static UInt128 Read(BinaryReader reader) => reader.ReadUInt64() | ((UInt128)reader.ReadUInt64() << 64);

    /// <summary>The values a <see cref="MadeFile"/> keeps, each with a tag for its type.</summary>
    private static class KeptValues
    {
        public static void Write(BinaryWriter writer, object value, Dictionary<UInt128, int> valueAt)
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
                case EncodedValue e: writer.Write((byte)8); writer.Write(valueAt[e.Hash]); break;
                default: throw new NotSupportedException($"A value of type {value.GetType().Name} is not kept with the build cache.");
            }
        }

        public static object Read(BinaryReader reader, List<EncodedValue> values) => reader.ReadByte() switch
        {
            1 => reader.ReadString(),
            2 => reader.ReadBoolean(),
            3 => reader.ReadInt32(),
            4 => reader.ReadInt64(),
            5 => reader.ReadDouble(),
            6 => new DateTimeOffset(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16())),
            7 => DateTime.FromBinary(reader.ReadInt64()),
            8 => values[reader.ReadInt32()],
            var tag => throw new InvalidDataException($"unknown value tag {tag}"),
        };
    }
}
