using System.Buffers;
using RareNewsSite.Diagnostics;
using RareNewsSite.IO;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// The <see cref="ChainRun"/>s of one build, on disk: written by the program's build (<c>version</c>) for one set of
/// build inputs (<c>inputs</c>: the settings and the theme, as a hash), with a checksum at the end. A file written by
/// another version or for other inputs, or damaged, is not used, and the reason is given.
/// </summary>
internal static partial class TraceFile
{
    private const uint Magic = 0x5452_4E31; // "1NRT"

    // Runs are written in blocks of this many, so that they are written and read on every core; small enough (about
    // 50 KB) that a block's bytes are not on the large-object heap, whose allocations set off full collections.
    private const int RunsPerBlock = 64;

    /// <summary>Writes <paramref name="runs"/> to <paramref name="file"/> (through a temporary file, renamed).</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    /// <remarks>
    /// <paramref name="sizes"/>, the tables' sizes in the file loaded at the start of the build, makes each table's lookup
    /// at about its size: grown by doubling from nothing, the lookups of 50,000 values, reads and texts left arrays on the
    /// large-object heap a few times over, and each few MiB of those set off a full collection while the build ended.
    /// </remarks>
    public static void Save(string file, string version, UInt128 inputs, IReadOnlyCollection<ChainRun> runs,
        IReadOnlyDictionary<string, (FileStamp Stamp, UInt128 Hash)>? stamps = null, TableSizes? sizes = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        // The values first: the traces name where each is, and a value whose bytes are lost takes its run with it.
        var distinct = new Dictionary<UInt128, EncodedValue>(Room(sizes?.Values));
        foreach (var encoded in runs.SelectMany(r => r.Outputs).SelectMany(o => o.Kept).Select(k => k.Value).OfType<EncodedValue>())
        {
            distinct.TryAdd(encoded.Hash, encoded);
        }
        var places = ValueFile.Save(ValuesPath(file), distinct.Values);
        runs = [.. runs.Where(r => r.Outputs.All(o => o.Kept.All(k => k.Value is not EncodedValue e || places.ContainsKey(e.Hash))))];
        StepTrace.Phase("traces: values saved", started);
        var generation = NewGeneration();
        ChecksummedFile.Save(file, writer =>
        {
            writer.Write(Magic);
            writer.Write(version);
            Write(writer, inputs);
            Write(writer, generation);
            WriteBody(writer, runs, places, stamps, sizes, started);
        });
        // What was added to the file just replaced: a build killed before this leaves a delta of another generation, never read.
        File.Delete(DeltaPath(file));
        StepTrace.Phase("traces: file saved", started);
    }

    // The tables, the stamps and the runs: what the file and its delta (TraceFile.Delta.cs) both hold after their headers.
    private static void WriteBody(BinaryWriter writer, IReadOnlyCollection<ChainRun> runs, Dictionary<UInt128, (long Offset, int Length)> places,
        IReadOnlyDictionary<string, (FileStamp Stamp, UInt128 Hash)>? stamps, TableSizes? sizes, long started)
    {
        var chains = new Numbering<string>(StringComparer.Ordinal, 0);
        var reads = new Numbering<Read>(EqualityComparer<Read>.Default, Room(sizes?.Reads));
        var keys = new Numbering<string>(StringComparer.Ordinal, 0);
        var texts = new Numbering<string>(StringComparer.Ordinal, Room(sizes?.Texts));
        foreach (var run in runs)
        {
            chains.Add(run.Chain);
            foreach (var (read, _) in run.Reads)
            {
                reads.Add(read);
            }
            foreach (var output in run.Outputs)
            {
                // Sources, destinations and kept texts, written once each: an article's source is in every chain it went through.
                texts.Add(output.Source);
                texts.Add(output.Destination);
                foreach (var (key, value) in output.Kept)
                {
                    // The few metadata keys, written once and named by number (a 10,000-article site keeps 400,000 of them).
                    keys.Add(key);
                    texts.Add(value as string);
                }
                foreach (var (key, _) in output.NotKept)
                {
                    keys.Add(key);
                }
            }
        }
        StepTrace.Phase("traces: tables numbered", started);
        WriteTable(writer, chains.Items, (w, chain) => w.Write(chain));
        WriteTable(writer, reads.Items, SavedReads.Write);
        // Equal values (an article's record, kept by every step it went through) are kept once, by hash.
        var valueList = places.ToList();
        WriteTable(writer, valueList, (w, v) =>
        {
            Write(w, v.Key);
            w.Write(v.Value.Offset);
            w.Write(v.Value.Length);
        });
        WriteTable(writer, keys.Items, (w, key) => w.Write(key));
        WriteTable(writer, texts.Items, (w, text) => w.Write(text));
        WriteTable(writer, (IReadOnlyCollection<KeyValuePair<string, (FileStamp Stamp, UInt128 Hash)>>?)stamps ?? [], (w, s) =>
        {
            w.Write(s.Key);
            w.Write(s.Value.Stamp.Length);
            w.Write(s.Value.Stamp.LastWriteTicks);
            Write(w, s.Value.Hash);
        });
        var valueNumbers = new Dictionary<UInt128, int>(valueList.Count); // made at its size: grown, a large array a few times over
        for (var i = 0; i < valueList.Count; i++)
        {
            valueNumbers[valueList[i].Key] = i;
        }
        var at = new WriteTables(chains, reads, valueNumbers, keys, texts);
        StepTrace.Phase("traces: tables written", started);
        // The runs in blocks of bytes, each with its length, written and read back on every core.
        var blocks = runs.Chunk(RunsPerBlock).ToArray();
        var bytes = new byte[blocks.Length][];
        // One stream per thread, emptied for each block: a stream per block grew by doubling, and the runs of a
        // whole-list step (the search index, the sitemap) made arrays big enough for the large-object heap each time.
        Parallel.For(0, blocks.Length, () => new BinaryWriter(new MemoryStream(), System.Text.Encoding.UTF8), (b, _, w) =>
        {
            w.BaseStream.SetLength(0);
            foreach (var run in blocks[b])
            {
                WriteRun(w, run, at);
            }
            w.Flush();
            bytes[b] = ((MemoryStream)w.BaseStream).ToArray();
            return w;
        }, w => w.Dispose());
        StepTrace.Phase("traces: runs written", started);
        writer.Write(runs.Count);
        writer.Write(blocks.Length);
        for (var b = 0; b < blocks.Length; b++)
        {
            writer.Write(blocks[b].Length);
            writer.Write(bytes[b].Length);
            writer.Write(bytes[b]);
        }
    }

    /// <summary>
    /// The runs saved at <paramref name="file"/>, by chain and input; null when there is none or it cannot be used,
    /// and then <paramref name="problem"/> says why (null when there was simply no file).
    /// </summary>
    public static Dictionary<(string Chain, UInt128 Input), ChainRun>? Load(string file, string version, UInt128 inputs, out string? problem) =>
        Load(file, version, inputs, out _, out _, out problem);

    /// <summary>
    /// <see cref="Load(string, string, UInt128, out string?)"/>, with the stamps of the files the build read
    /// (<see cref="FileStamps"/>; empty when the runs cannot be used) and the sizes of its tables, for <see cref="Save"/>.
    /// </summary>
    public static Dictionary<(string Chain, UInt128 Input), ChainRun>? Load(string file, string version, UInt128 inputs,
        out Dictionary<string, (FileStamp Stamp, UInt128 Hash)> stamps, out TableSizes? sizes, out string? problem) =>
        Load(file, version, inputs, out stamps, out sizes, out _, out problem);

    /// <summary>
    /// <see cref="Load(string, string, UInt128, out Dictionary{string, ValueTuple{FileStamp, UInt128}}, out TableSizes?, out string?)"/>,
    /// with the delta saved since the file was (see <see cref="TrySaveDelta"/>) applied, and what
    /// <paramref name="lineage"/> tells the next save about where each run came from.
    /// </summary>
    public static Dictionary<(string Chain, UInt128 Input), ChainRun>? Load(string file, string version, UInt128 inputs,
        out Dictionary<string, (FileStamp Stamp, UInt128 Hash)> stamps, out TableSizes? sizes, out Lineage? lineage, out string? problem)
    {
        Dictionary<string, (FileStamp, UInt128)>? read = null;
        TableSizes? tableSizes = null;
        string? why = null;
        var generation = UInt128.Zero;
        try
        {
            var runs = ChecksummedFile.Read(file, reader =>
            {
                if (reader.ReadUInt32() != Magic || reader.ReadString() != version)
                {
                    why = "was written by another version of the program";
                    return null;
                }
                if (Read(reader) != inputs)
                {
                    why = "was made with other settings or another theme";
                    return null;
                }
                generation = Read(reader);
                return ReadRuns(reader, Path.GetFullPath(ValuesPath(file)), out read, out tableSizes);
            }, out problem);
            problem ??= why;
            lineage = problem is null && runs is not null ? ApplyDelta(file, version, inputs, generation, runs, ref read, out problem) : null;
            stamps = problem is null && read is not null ? read : new(StringComparer.Ordinal);
            sizes = problem is null ? tableSizes : null;
            lineage = problem is null ? lineage : null;
            return problem is null ? runs : null;
        }
        catch (Exception error) when (Damaged(error))
        {
            problem = "is damaged";
            stamps = new(StringComparer.Ordinal);
            sizes = null;
            lineage = null;
            return null;
        }
    }

    private static Dictionary<(string Chain, UInt128 Input), ChainRun> ReadRuns(BinaryReader reader, string valuesPath,
        out Dictionary<string, (FileStamp, UInt128)> stamps, out TableSizes sizes)
    {
        var chains = ReadTable(reader, r => r.ReadString());
        var reads = ReadTable(reader, SavedReads.Read);
        var valueFile = new ValueFile(valuesPath);
        var values = ReadTable(reader, r => new EncodedValue(Read(r), valueFile, r.ReadInt64(), r.ReadInt32()));
        // Interned: a document taken from the cache looks its keys up by reference first, as the constants in Keys are.
        var keys = ReadTable(reader, r => string.Intern(r.ReadString()));
        var tables = new ReadTables(chains, reads, values, keys, ReadTable(reader, r => r.ReadString()));
        sizes = new TableSizes(values.Count, reads.Count, tables.Texts.Count);
        var stampList = ReadTable(reader, r => (Path: r.ReadString(), Stamp: new FileStamp(r.ReadInt64(), r.ReadInt64()), Hash: Read(r)));
        stamps = new Dictionary<string, (FileStamp, UInt128)>(stampList.Count, StringComparer.Ordinal);
        foreach (var (path, stamp, hash) in stampList)
        {
            stamps[path] = (stamp, hash);
        }
        var count = reader.ReadInt32();
        var blockCount = reader.ReadInt32();
        // Blocks are read one after another and parsed on every core as they come, each into a pooled buffer given back
        // once parsed: most are small, but a whole-list step's run is hundreds of KB, a large-object array if fresh.
        IEnumerable<(int Index, int Runs, byte[] Bytes, int Length)> Blocks()
        {
            for (var b = 0; b < blockCount; b++)
            {
                var runCount = reader.ReadInt32();
                var length = reader.ReadInt32();
                var bytes = ArrayPool<byte>.Shared.Rent(length);
                reader.BaseStream.ReadExactly(bytes, 0, length);
                yield return (b, runCount, bytes, length);
            }
        }
        var parsed = new ChainRun[blockCount][];
        Parallel.ForEach(Blocks(), block =>
        {
            using (var blockReader = new BinaryReader(new MemoryStream(block.Bytes, 0, block.Length, writable: false), System.Text.Encoding.UTF8))
            {
                var made = new ChainRun[block.Runs];
                for (var i = 0; i < made.Length; i++)
                {
                    made[i] = ReadRun(blockReader, tables);
                }
                parsed[block.Index] = made;
            }
            ArrayPool<byte>.Shared.Return(block.Bytes);
        });
        var runs = new Dictionary<(string, UInt128), ChainRun>(count);
        foreach (var run in parsed.SelectMany(p => p))
        {
            runs[(run.Chain, run.Input)] = run;
        }
        return runs;
    }

    // What reading a file this program did not write can throw: it is then damaged, never an error of the build.
    private static bool Damaged(Exception error) =>
        error is EndOfStreamException or InvalidDataException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException
        || error is AggregateException many && many.InnerExceptions.All(Damaged);

    // Where each chain, read, value, key and text is in the tables written before the runs.
    /// <summary>How many values, reads and texts a trace file's tables hold.</summary>
    internal sealed record TableSizes(int Values, int Reads, int Texts);

    // Room for a table of about the size it had, and for a few more entries (an edit adds some, and removes as many).
    private static int Room(int? size) => size is { } known ? known + known / 8 : 0;

    private sealed record WriteTables(Numbering<string> Chains, Numbering<Read> Reads, Dictionary<UInt128, int> Values, Numbering<string> Keys, Numbering<string> Texts);

    /// <summary>
    /// Distinct items numbered in the order first added, found by reference before value: the runs share most of their
    /// reads, keys and texts as the very same objects (those read back from the last traces), and hashing each of
    /// hundreds of thousands by value took a fifth of a second.
    /// </summary>
    private sealed class Numbering<T>(IEqualityComparer<T> byValue, int capacity)
        where T : class
    {
        private readonly Dictionary<T, int> _byValue = new(capacity, byValue);
        private readonly Dictionary<T, int> _byReference = new(capacity, ReferenceEqualityComparer.Instance);

        public List<T> Items { get; } = [];

        /// <summary>The number of an item added (safe to ask from many threads once all are added).</summary>
        public int this[T item] => _byReference.TryGetValue(item, out var number) ? number : _byValue[item];

        public void Add(T? item)
        {
            if (item is null || _byReference.ContainsKey(item))
            {
                return;
            }
            if (!_byValue.TryGetValue(item, out var number))
            {
                _byValue[item] = number = Items.Count;
                Items.Add(item);
            }
            _byReference[item] = number;
        }
    }

    // The tables read before the runs, which name their entries by position.
    private sealed record ReadTables(List<string> Chains, List<Read> Reads, List<EncodedValue> Values, List<string> Keys, List<string> Texts);

    private static void WriteRun(BinaryWriter writer, ChainRun run, WriteTables at)
    {
        writer.Write(at.Chains[run.Chain]);
        Write(writer, run.Input);
        writer.Write(run.Reads.Length);
        foreach (var (read, hash) in run.Reads)
        {
            writer.Write(at.Reads[read]);
            Write(writer, hash);
        }
        writer.Write(run.Outputs.Length);
        foreach (var output in run.Outputs)
        {
            WriteMade(writer, output, at);
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

    private static ChainRun ReadRun(BinaryReader reader, ReadTables tables)
    {
        var chain = tables.Chains[reader.ReadInt32()];
        var input = Read(reader);
        var readsSeen = new (Read, UInt128)[reader.ReadInt32()];
        for (var r = 0; r < readsSeen.Length; r++)
        {
            readsSeen[r] = (tables.Reads[reader.ReadInt32()], Read(reader));
        }
        var outputs = new MadeFile[reader.ReadInt32()];
        for (var o = 0; o < outputs.Length; o++)
        {
            outputs[o] = ReadMade(reader, tables);
        }
        var pages = reader.ReadBoolean();
        var diagnostics = new Diagnostic[reader.ReadInt32()];
        for (var d = 0; d < diagnostics.Length; d++)
        {
            var span = new SourceSpan(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
            diagnostics[d] = new Diagnostic(span, (DiagnosticSeverity)reader.ReadInt32(), reader.ReadString(), reader.ReadString());
        }
        return new ChainRun(chain, input, readsSeen, outputs, diagnostics, pages);
    }

    // A new file's name for itself, which its delta repeats.
    private static UInt128 NewGeneration()
    {
        Span<byte> bytes = stackalloc byte[16];
        Guid.NewGuid().TryWriteBytes(bytes);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(bytes);
    }

    /// <summary>The values file kept with <paramref name="file"/>.</summary>
    public static string ValuesPath(string file) => Path.ChangeExtension(file, ".values");

    private static void WriteMade(BinaryWriter writer, MadeFile made, WriteTables at)
    {
        writer.Write(made.Source is null ? -1 : at.Texts[made.Source]);
        writer.Write(made.Destination is null ? -1 : at.Texts[made.Destination]);
        Write(writer, made.Trace);
        Write(writer, made.FileHash);
        writer.Write(made.FileLength);
        writer.Write(made.Kept.Length);
        foreach (var (key, value) in made.Kept)
        {
            writer.Write(at.Keys[key]);
            KeptValues.Write(writer, value, at);
        }
        WriteTable(writer, made.NotKept, (w, key) =>
        {
            w.Write(at.Keys[key.Key]);
            Write(w, key.Hash);
        });
        writer.Write(made.HandedOn);
        writer.Write(made.TextLater);
    }

    private static MadeFile ReadMade(BinaryReader reader, ReadTables tables)
    {
        var source = reader.ReadInt32() is var s and >= 0 ? tables.Texts[s] : null;
        var destination = reader.ReadInt32() is var d and >= 0 ? tables.Texts[d] : null;
        var trace = Read(reader);
        var hash = Read(reader);
        var length = reader.ReadInt64();
        var kept = new (string, object)[reader.ReadInt32()];
        for (var k = 0; k < kept.Length; k++)
        {
            kept[k] = (tables.Keys[reader.ReadInt32()], KeptValues.Read(reader, tables));
        }
        var notKept = new (string, UInt128)[reader.ReadInt32()];
        for (var k = 0; k < notKept.Length; k++)
        {
            notKept[k] = (tables.Keys[reader.ReadInt32()], Read(reader));
        }
        return new MadeFile(source, destination, trace, hash, length, kept, notKept, reader.ReadInt32(), reader.ReadBoolean());
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
        public static void Write(BinaryWriter writer, object value, WriteTables at)
        {
            switch (value)
            {
                case string s: writer.Write((byte)1); writer.Write(at.Texts[s]); break;
                case bool b: writer.Write((byte)2); writer.Write(b); break;
                case int i: writer.Write((byte)3); writer.Write(i); break;
                case long l: writer.Write((byte)4); writer.Write(l); break;
                case double d: writer.Write((byte)5); writer.Write(d); break;
                case DateTimeOffset t: writer.Write((byte)6); writer.Write(t.Ticks); writer.Write((short)t.Offset.TotalMinutes); break;
                case DateTime t: writer.Write((byte)7); writer.Write(t.ToBinary()); break;
                case EncodedValue e: writer.Write((byte)8); writer.Write(at.Values[e.Hash]); break;
                default: throw new NotSupportedException($"A value of type {value.GetType().Name} is not kept with the build cache.");
            }
        }

        public static object Read(BinaryReader reader, ReadTables tables) => reader.ReadByte() switch
        {
            1 => tables.Texts[reader.ReadInt32()],
            2 => reader.ReadBoolean(),
            3 => reader.ReadInt32(),
            4 => reader.ReadInt64(),
            5 => reader.ReadDouble(),
            6 => new DateTimeOffset(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16())),
            7 => DateTime.FromBinary(reader.ReadInt64()),
            8 => tables.Values[reader.ReadInt32()],
            var tag => throw new InvalidDataException($"unknown value tag {tag}"),
        };
    }
}
