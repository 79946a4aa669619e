using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Incremental;

/// <summary>The runs an incremental build keeps are read back as written, and a file that cannot be trusted is not used.</summary>
public sealed class TraceFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rns-traces-").FullName;

    private string File1 => Path.Combine(_folder, "output", "site.traces");

    [Fact]
    public void Should_Read_Back_Every_Run_As_Written()
    {
        var run = SampleRun();
        TraceFile.Save(File1, "v1", 42, [run]);

        var loaded = TraceFile.Load(File1, "v1", 42, out var problem);

        problem.ShouldBeNull();
        var back = loaded.ShouldNotBeNull()[(run.Chain, run.Input)];
        back.Reads.ShouldBe(run.Reads);
        back.Diagnostics.ShouldBe(run.Diagnostics);
        back.Outputs.Length.ShouldBe(1);
        var (made, expected) = (back.Outputs[0], run.Outputs[0]);
        (made.Source, made.Destination, made.Trace, made.FileHash, made.FileLength).ShouldBe((expected.Source, expected.Destination, expected.Trace, expected.FileHash, expected.FileLength));
        static object Plain(object value) => value is EncodedValue encoded ? Convert.ToHexString(encoded.Bytes!) : value;
        made.Kept.Select(k => (k.Key, Plain(k.Value))).ShouldBe(expected.Kept.Select(k => (k.Key, Plain(k.Value))));
        made.NotKept.ShouldBe(expected.NotKept);
        made.HandedOn.ShouldBe(expected.HandedOn);
        made.TextLater.ShouldBe(expected.TextLater);
        back.Pages.ShouldBe(run.Pages);
    }

    [Fact]
    public void Should_Read_Back_The_Stamps_Of_The_Files_Read_And_A_Document_Whose_Text_Comes_Later()
    {
        // A file read (its text made again when asked), and the stamps of the files the build read
        var sample = SampleRun();
        var run = sample with { Pages = false, Outputs = [new MadeFile("input/articles/a.md", null, 9, 0, 0, [], [], TextLater: true)] };
        var stamps = new Dictionary<string, (FileStamp Stamp, UInt128 Hash)>(StringComparer.Ordinal)
        {
            ["input/articles/a.md"] = (new FileStamp(1234, 638_000_000_000_000_000), 77),
            ["theme/layouts/article.sbn-html"] = (new FileStamp(0, 1), UInt128.MaxValue),
        };
        TraceFile.Save(File1, "v1", 42, [run], stamps);

        var loaded = TraceFile.Load(File1, "v1", 42, out var back, out var sizes, out var problem);

        problem.ShouldBeNull();
        // And the sizes of its tables, for the next save to make its own at about that size
        sizes.ShouldBe(new TraceFile.TableSizes(0, run.Reads.Length, 1));
        loaded.ShouldNotBeNull()[(run.Chain, run.Input)].Outputs.ShouldHaveSingleItem().TextLater.ShouldBeTrue();
        back.OrderBy(p => p.Key, StringComparer.Ordinal).ToList().ShouldBe([.. stamps.OrderBy(p => p.Key, StringComparer.Ordinal)]);
        TraceFile.Load(File1, "v2", 42, out var none, out _, out _).ShouldBeNull();
        none.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Read_Back_Many_Runs_Sharing_Their_Texts()
    {
        // Runs are written in blocks and texts once each: 300 runs, every other one made from the same source, some
        // documents without a source or destination
        var sample = SampleRun();
        var runs = Enumerable.Range(0, 300).Select(i => sample with
        {
            Input = (UInt128)(ulong)(i + 1),
            Outputs = [sample.Outputs[0] with { Source = i % 3 == 0 ? null : $"input/articles/{i / 2}.md", Destination = i % 5 == 0 ? null : $"articles/{i}/index.html", Kept = [("Title", $"Title {i % 7}")] }],
        }).ToList();
        TraceFile.Save(File1, "v1", 42, runs);

        var loaded = TraceFile.Load(File1, "v1", 42, out var problem).ShouldNotBeNull();

        problem.ShouldBeNull();
        loaded.Count.ShouldBe(300);
        foreach (var run in runs)
        {
            var (made, expected) = (loaded[(run.Chain, run.Input)].Outputs.ShouldHaveSingleItem(), run.Outputs[0]);
            (made.Source, made.Destination, made.Kept.ShouldHaveSingleItem()).ShouldBe((expected.Source, expected.Destination, expected.Kept[0]));
        }
    }

    [Fact]
    public void Should_Read_Back_Blocks_Of_Every_Size_Saved_And_Loaded_Again()
    {
        // A whole-list step's run (thousands of files, a block of hundreds of KB) between runs of one file each: blocks
        // are written through a stream each thread empties and read through pooled buffers longer than the block, so a
        // block must never take bytes left by a bigger one before it
        var sample = SampleRun();
        var runs = Enumerable.Range(0, 400).Select(i => sample with
        {
            Input = (UInt128)(ulong)(i + 1),
            Outputs = [.. Enumerable.Range(0, i == 70 ? 6_000 : 1 + i % 3).Select(o => sample.Outputs[0] with { Destination = $"search/p/{i}-{o}.json", FileLength = o })],
        }).ToList();

        for (var round = 0; round < 2; round++)
        {
            TraceFile.Save(File1, "v1", 42, runs);
            var loaded = TraceFile.Load(File1, "v1", 42, out var problem).ShouldNotBeNull();

            problem.ShouldBeNull();
            loaded.Count.ShouldBe(runs.Count);
            foreach (var run in runs)
            {
                loaded[(run.Chain, run.Input)].Outputs.Select(o => (o.Destination, o.FileLength)).ShouldBe(run.Outputs.Select(o => (o.Destination, o.FileLength)));
            }
        }
    }

    [Fact]
    public void Should_Read_Back_Values_Written_As_They_Were_Made()
    {
        // A build writes the values it keeps as it makes them; bytes no run refers to (a build that failed) stay unread
        using var values = new ValueFile(Path.GetFullPath(TraceFile.ValuesPath(File1)));
        values.Append([9, 9, 9]);
        var kept = values.Append([1, 2, 3, 4]);
        values.Append([1, 2, 3, 4]).ShouldBeSameAs(kept);
        var sample = SampleRun();
        TraceFile.Save(File1, "v1", 42, [sample with { Outputs = [sample.Outputs[0] with { Kept = [("Record", kept)] }] }]);

        var loaded = TraceFile.Load(File1, "v1", 42, out var problem).ShouldNotBeNull();

        problem.ShouldBeNull();
        var value = loaded[(sample.Chain, sample.Input)].Outputs[0].Kept.ShouldHaveSingleItem().Value.ShouldBeOfType<EncodedValue>();
        value.Bytes.ShouldBe(new byte[] { 1, 2, 3, 4 });
        new FileInfo(TraceFile.ValuesPath(File1)).Length.ShouldBe(7);
    }

    [Fact]
    public void Should_Save_Every_Kind_Of_Read()
    {
        // Every kind of read a step can make, found in the engine's code: one the file cannot hold would fail here, not
        // leave a run that can never be reused
        var kinds = typeof(Read).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Read)) && !t.IsAbstract).ToHashSet();
        var reads = SampleReads().Select(r => r.Read).ToList();
        reads.Select(r => r.GetType()).ToHashSet().ShouldBe(kinds, ignoreOrder: true);
    }

    [Fact]
    public void Should_Not_Use_A_File_Written_By_Another_Version_For_Other_Inputs_Or_Damaged()
    {
        TraceFile.Save(File1, "v1", 42, [SampleRun()]);

        TraceFile.Load(File1, "v2", 42, out var version).ShouldBeNull();
        version.ShouldBe("was written by another version of the program");
        TraceFile.Load(File1, "v1", 43, out var inputs).ShouldBeNull();
        inputs.ShouldBe("was made with other settings or another theme");

        var bytes = File.ReadAllBytes(File1);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(File1, bytes);
        TraceFile.Load(File1, "v1", 42, out var damaged).ShouldBeNull();
        damaged.ShouldBe("is damaged");

        TraceFile.Load(Path.Combine(_folder, "none.traces"), "v1", 42, out var none).ShouldBeNull();
        none.ShouldBeNull();
    }

    [Fact]
    public void Should_Read_Back_What_Changed_Since_The_File_From_Its_Delta()
    {
        // Given: a file of 40 runs, loaded
        var runs = ManyRuns(40);
        TraceFile.Save(File1, "v1", 42, runs, Stamps("a"));
        var loaded = TraceFile.Load(File1, "v1", 42, out _, out _, out var lineage, out _).ShouldNotBeNull();

        // When: a build keeps 38 of them as loaded, makes one of them again and one new, and no longer has the 40th
        var remade = runs[3] with { Outputs = [runs[3].Outputs[0] with { Kept = [("Title", "Made again")] }] };
        var added = runs[0] with { Input = 1_000, Outputs = [runs[0].Outputs[0] with { Kept = [("Title", "New")] }] };
        List<ChainRun> now = [.. runs.Take(39).Select(r => r == runs[3] ? remade : loaded[(r.Chain, r.Input)]), added];
        bool FromFile(ChainRun run) => loaded.TryGetValue((run.Chain, run.Input), out var l) && ReferenceEquals(l, run);
        TraceFile.TrySaveDelta(File1, "v1", 42, lineage!, now, FromFile, Stamps("b")).ShouldBeTrue();

        // Then: the file is as it was, and a load gives what the build kept, and the delta's stamps
        var back = TraceFile.Load(File1, "v1", 42, out var stamps, out _, out var next, out var problem).ShouldNotBeNull();
        problem.ShouldBeNull();
        back.Keys.ShouldBe(now.Select(r => (r.Chain, r.Input)), ignoreOrder: true);
        back[(remade.Chain, remade.Input)].Outputs[0].Kept.ShouldBe([("Title", (object)"Made again")]);
        back[(added.Chain, added.Input)].Outputs[0].Kept.ShouldBe([("Title", (object)"New")]);
        stamps.Keys.ShouldBe(["b"]);
        next!.FromDelta.Count.ShouldBe(2);
        next.Deltas.ShouldBe(1);

        // And: the next delta is again from the file, with what the last one held that is still kept
        List<ChainRun> later = [.. back.Values.Where(r => r.Input != added.Input)];
        bool FromFileNow(ChainRun run) => back.TryGetValue((run.Chain, run.Input), out var l) && ReferenceEquals(l, run) && !next.FromDelta.Contains(run);
        TraceFile.TrySaveDelta(File1, "v1", 42, next, later, FromFileNow, Stamps("c")).ShouldBeTrue();
        var third = TraceFile.Load(File1, "v1", 42, out _).ShouldNotBeNull();
        third.Keys.ShouldBe(later.Select(r => (r.Chain, r.Input)), ignoreOrder: true);
        third[(remade.Chain, remade.Input)].Outputs[0].Kept.ShouldBe([("Title", (object)"Made again")]);
    }

    [Fact]
    public void Should_Write_The_Whole_File_When_Much_Changed_And_Not_Read_A_Delta_Of_Another_File()
    {
        var runs = ManyRuns(16);
        TraceFile.Save(File1, "v1", 42, runs);
        var loaded = TraceFile.Load(File1, "v1", 42, out _, out _, out var lineage, out _).ShouldNotBeNull();
        List<ChainRun> kept = [.. loaded.Values];
        bool FromFile(ChainRun run) => loaded.TryGetValue((run.Chain, run.Input), out var l) && ReferenceEquals(l, run);

        // More than a quarter of the runs changed (5 of 16): the delta is not written
        TraceFile.TrySaveDelta(File1, "v1", 42, lineage!, [.. kept.Skip(5), .. runs.Take(5).Select(r => r with { Diagnostics = [] })], FromFile, Stamps("a")).ShouldBeFalse();
        File.Exists(TraceFile.DeltaPath(File1)).ShouldBeFalse();

        // After 64 deltas over the same file, the whole file is written again
        TraceFile.TrySaveDelta(File1, "v1", 42, lineage! with { Deltas = 64 }, kept.Skip(1).ToList(), FromFile, Stamps("a")).ShouldBeFalse();

        // A delta left from before the file was written again (a build killed between the two) is not read
        TraceFile.TrySaveDelta(File1, "v1", 42, lineage!, kept.Skip(1).ToList(), FromFile, Stamps("a")).ShouldBeTrue();
        var stale = File.ReadAllBytes(TraceFile.DeltaPath(File1));
        TraceFile.Save(File1, "v1", 42, runs);
        File.Exists(TraceFile.DeltaPath(File1)).ShouldBeFalse();
        File.WriteAllBytes(TraceFile.DeltaPath(File1), stale);
        TraceFile.Load(File1, "v1", 42, out var problem).ShouldNotBeNull().Count.ShouldBe(16);
        problem.ShouldBeNull();

        // And a damaged delta makes the cache damaged, as a damaged file does
        TraceFile.Load(File1, "v1", 42, out _, out _, out var now, out _).ShouldNotBeNull();
        TraceFile.TrySaveDelta(File1, "v1", 42, now!, kept.Skip(1).ToList(), _ => true, Stamps("a")).ShouldBeTrue();
        var bytes = File.ReadAllBytes(TraceFile.DeltaPath(File1));
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(TraceFile.DeltaPath(File1), bytes);
        TraceFile.Load(File1, "v1", 42, out var damaged).ShouldBeNull();
        damaged.ShouldBe("is damaged");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<ChainRun> ManyRuns(int count)
    {
        var sample = SampleRun();
        return [.. Enumerable.Range(0, count).Select(i => sample with
        {
            Input = (UInt128)(ulong)(i + 1),
            Outputs = [sample.Outputs[0] with { Destination = $"articles/{i}/index.html", Kept = [("Title", $"Title {i}")] }],
        })];
    }

    private static Dictionary<string, (FileStamp Stamp, UInt128 Hash)> Stamps(string path) =>
        new(StringComparer.Ordinal) { [path] = (new FileStamp(1, 2), 3) };

    private static ChainRun SampleRun() => new(
        "Content/PostProcess/0:BuildArticlePage", 7,
        [.. SampleReads()],
        [new MadeFile("input/articles/a.md", "articles/a/index.html", 9, 11, 1234,
            [("PageKind", "article"), ("Record", new EncodedValue([1, 2, 3])), ("LastModified", new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(1))), ("Count", 3), ("Big", 5L), ("On", true), ("Ratio", 0.5)],
            [("Model", 0), ("View", 13)], HandedOn: -1)],
        [new Diagnostic(new SourceSpan("input/articles/a.md", 3, 5), DiagnosticSeverity.Warning, "RN0205", "a <script> in a message")]);

    private static IEnumerable<(Read Read, UInt128 Hash)> SampleReads()
    {
        Read[] reads =
        [
            new FileRead("theme/layouts/article.sbn-html"), new FileExistsRead("input/data/synonyms.yml"), new FileListRead("input/articles", ".md"),
            new ClockRead(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(-5))), new InputRead(typeof(RareNewsSite.Configuration.SiteSettings)),
            OptionsRead.Instance, new OutputsRead("Related"), new ValuesRead("Content", "Card"), new RenderedRead("PageKind"),
            new LookupRead("Authors", "input/authors/ana.md", "View", -1), new SourcesRead("Authors"),
        ];
        return reads.Select((read, i) => (read, (UInt128)(ulong)(i + 1) << 70));
    }
}
