using RareNewsSite.IO;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// What changed since the trace file was written, in a file of its own beside it (<c>&lt;file&gt;.delta</c>). After a
/// one-article edit at 10,000 articles a build reuses 52,000 runs and makes 9 again; writing them all out took 0.5–0.8 s
/// at the end of every such build, and now only the runs that differ from the file's (with the stamps of the files
/// read) are written, and the file's runs no build uses any more are named. Each delta replaces the last and holds
/// everything since the file, so a load applies one at most. Once a delta would hold more than a quarter of the file's
/// runs (a load would then read that many runs twice), or one of its values is not in the values file, or after 64 deltas
/// (the values file only grows between whole writes, by what each build made), the whole file is written again and the
/// delta removed.
/// </summary>
/// <remarks>
/// A delta names the file it belongs to by the file's generation (a new one each time the file is written): a delta
/// left by a build killed between writing a new file and removing the old delta is of another generation, and is not
/// read. The file alone is then the cache of an older build, which is as good: every run is checked against what its
/// reads hash to now. A damaged delta makes the whole cache damaged, as a damaged file does.
/// </remarks>
internal static partial class TraceFile
{
    private const uint DeltaMagic = 0x5452_4E44; // "DNRT"

    /// <summary>Where the delta of <paramref name="file"/> is kept.</summary>
    public static string DeltaPath(string file) => file + ".delta";

    /// <summary>What a load tells the next save: the file's generation, the runs it holds, and which runs came from its delta.</summary>
    /// <param name="Generation">The generation of the file loaded.</param>
    /// <param name="FileKeys">The runs the file itself holds, before its delta was applied.</param>
    /// <param name="FromDelta">The runs that came from the delta, by reference.</param>
    /// <param name="Deltas">How many deltas were written since the file (0 when none was read).</param>
    internal sealed record Lineage(UInt128 Generation, HashSet<(string Chain, UInt128 Input)> FileKeys, HashSet<ChainRun> FromDelta, int Deltas = 0);

    // Deltas written over one file before it is written whole again (which also compacts the values file).
    private const int MaxDeltas = 64;

    private sealed record DeltaContents(
        int Sequence, List<(string, UInt128)> Dropped, Dictionary<(string Chain, UInt128 Input), ChainRun> Changed, Dictionary<string, (FileStamp, UInt128)> Stamps);

    // Applies the delta of the file of this generation, if there is one, to the runs and stamps read from the file.
    private static Lineage ApplyDelta(string file, string version, UInt128 inputs, UInt128 generation,
        Dictionary<(string Chain, UInt128 Input), ChainRun> runs, ref Dictionary<string, (FileStamp, UInt128)>? stamps, out string? problem)
    {
        var lineage = new Lineage(generation, [.. runs.Keys], new HashSet<ChainRun>(ReferenceEqualityComparer.Instance));
        var delta = ChecksummedFile.Read(DeltaPath(file), reader =>
        {
            if (reader.ReadUInt32() != DeltaMagic || reader.ReadString() != version || Read(reader) != inputs || Read(reader) != generation)
            {
                return null;
            }
            var sequence = reader.ReadInt32();
            var dropped = ReadTable(reader, r => (r.ReadString(), Read(r)));
            var changed = ReadRuns(reader, Path.GetFullPath(ValuesPath(file)), out var changedStamps, out _);
            return new DeltaContents(sequence, dropped, changed, changedStamps);
        }, out problem);
        if (delta is not null)
        {
            foreach (var key in delta.Dropped)
            {
                runs.Remove(key);
            }
            foreach (var (key, run) in delta.Changed)
            {
                runs[key] = run;
                lineage.FromDelta.Add(run);
            }
            stamps = delta.Stamps;
            lineage = lineage with { Deltas = delta.Sequence };
        }
        return lineage;
    }

    /// <summary>
    /// Writes what <paramref name="runs"/> (every run of this build) changed from the file <paramref name="lineage"/> was
    /// loaded from as that file's delta, with <paramref name="stamps"/>; false, writing nothing, when the whole file should
    /// be written again instead (<see cref="Save"/>). A run is unchanged when it is the very object the file gave.
    /// </summary>
    /// <exception cref="IOException">The delta cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The delta cannot be written.</exception>
    public static bool TrySaveDelta(string file, string version, UInt128 inputs, Lineage lineage, IReadOnlyCollection<ChainRun> runs,
        Func<ChainRun, bool> fromFile, IReadOnlyDictionary<string, (FileStamp Stamp, UInt128 Hash)> stamps)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var changed = runs.Where(run => !fromFile(run)).ToList();
        var kept = new HashSet<(string, UInt128)>(runs.Count);
        foreach (var run in runs)
        {
            kept.Add((run.Chain, run.Input));
        }
        var dropped = lineage.FileKeys.Where(key => !kept.Contains(key)).ToList();
        if ((changed.Count + dropped.Count) * 4L > lineage.FileKeys.Count || lineage.Deltas >= MaxDeltas)
        {
            return false;
        }
        var places = PlacesInValuesFile(file, changed);
        if (places is null)
        {
            return false;
        }
        ChecksummedFile.Save(DeltaPath(file), writer =>
        {
            writer.Write(DeltaMagic);
            writer.Write(version);
            Write(writer, inputs);
            Write(writer, lineage.Generation);
            writer.Write(lineage.Deltas + 1);
            WriteTable(writer, dropped, (w, key) =>
            {
                w.Write(key.Item1);
                Write(w, key.Item2);
            });
            WriteBody(writer, changed, places, stamps, null, started);
        });
        StepTrace.Phase($"traces: delta saved ({changed.Count} runs, {dropped.Count} dropped)", started);
        return true;
    }

    // Where the values the runs keep are in the values file, once what this build appended is written out; null when one
    // is not there (it was kept in memory because the file could not be written, or the file was cut short).
    private static Dictionary<UInt128, (long Offset, int Length)>? PlacesInValuesFile(string file, List<ChainRun> runs)
    {
        var values = runs.SelectMany(r => r.Outputs).SelectMany(o => o.Kept).Select(k => k.Value).OfType<EncodedValue>().ToList();
        var inFile = ValueFile.InFile(Path.GetFullPath(ValuesPath(file)), values, out _);
        if (inFile.Count != values.Count)
        {
            return null;
        }
        var places = new Dictionary<UInt128, (long, int)>(values.Count);
        foreach (var value in inFile)
        {
            places[value.Hash] = (value.Offset, value.Length);
        }
        return places;
    }
}
