using System.Collections.Immutable;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;
using Shouldly;
using Xunit;
using static RareNewsSite.Engine.Steps;

namespace RareNewsSite.Tests.Engine;

public sealed class CachedStepTests
{
    // A per-document module that reads its file and a build input, counts its runs and warns about one file.
    private sealed class Shout : IDocumentModule
    {
        public int Runs;

        public Document? Execute(Document doc, BuildContext context)
        {
            Interlocked.Increment(ref Runs);
            var text = System.Text.Encoding.UTF8.GetString(context.Files.ReadAllBytes(doc.Source!));
            if (text.Contains('!', StringComparison.Ordinal))
            {
                context.Diagnostics.Warning(SourceSpan.File(doc.Source!), "RN0999", "too loud");
            }
            return doc with { Content = text.ToUpperInvariant() + context.Input<Suffix>().Text };
        }
    }

    private sealed record Suffix(string Text);

    // A whole-list module that counts its runs and joins what it is given.
    private sealed class Join : IModule
    {
        public int Runs;

        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
        {
            Runs++;
            return Task.FromResult<ImmutableArray<Document>>([new Document { Destination = "all.txt", Content = string.Join("|", inputs.Select(d => d.Content.Length > 3 ? "long" : "short")) }]);
        }
    }

    private sealed class Fixture
    {
        public InMemoryFileSystem Files { get; } = new();
        public BuildCache Cache { get; } = new();
        public Shout Shout { get; } = new();
        public Join Join { get; } = new();
        public string Suffix { get; set; } = "";

        public async Task<(ImmutableArray<Document> Docs, DiagnosticBag Diagnostics, ImmutableArray<Document> Joined)> BuildAsync()
        {
            var pipelines = new[]
            {
                new Pipeline("Files") { Input = [new Modules.ListFiles("in", ".txt")], Process = [ForEach(Shout)] },
                new Pipeline("All") { DependsOn = ["Files"], Process = [new Modules.TakeDocuments("Files"), Cached(Join)] },
            };
            var inputs = new Dictionary<Type, object> { [typeof(Suffix)] = new Suffix(Suffix) };
            var (docs, diagnostics) = await new PipelineEngine(pipelines).RunAsync(inputs, Files, new BuildOptions(), Cache, CancellationToken.None);
            return (docs["Files"], diagnostics, docs["All"]);
        }
    }

    [Fact]
    public async Task Should_Run_A_Module_Again_Only_For_The_Documents_Whose_Reads_Changed()
    {
        // Given two files built once
        var site = new Fixture();
        site.Files.Add("in/a.txt", "a!");
        site.Files.Add("in/b.txt", "b");
        var (first, firstDiagnostics, _) = await site.BuildAsync();
        site.Shout.Runs.ShouldBe(2);

        // When nothing changed, then nothing runs, the very same documents come out and the warning is reported again
        var (same, sameDiagnostics, _) = await site.BuildAsync();
        site.Shout.Runs.ShouldBe(2);
        same[0].ShouldBeSameAs(first[0]);
        sameDiagnostics.ToArray().ShouldBe(firstDiagnostics.ToArray());

        // When one file changes, only its document is made again
        site.Files.Add("in/b.txt", "bee");
        var (edited, _, _) = await site.BuildAsync();
        site.Shout.Runs.ShouldBe(3);
        edited[0].ShouldBeSameAs(first[0]);
        edited[1].Content.ShouldBe("BEE");

        // When a build input the module read changes, every document is made again
        site.Suffix = "?";
        var (suffixed, _, _) = await site.BuildAsync();
        site.Shout.Runs.ShouldBe(5);
        suffixed[0].Content.ShouldBe("A!?");
    }

    [Fact]
    public async Task Should_Hand_On_The_Last_Output_When_A_Run_Makes_An_Equal_One()
    {
        // Given a file built once
        var site = new Fixture();
        site.Files.Add("in/a.txt", "abc");
        var (first, _, joined) = await site.BuildAsync();

        // When its bytes change but give the same output (upper case)
        site.Files.Add("in/a.txt", "ABC");
        var (second, _, joinedAgain) = await site.BuildAsync();

        // Then the module ran, but the document handed on is the last one, so the whole-list step after it did not run
        site.Shout.Runs.ShouldBe(2);
        second[0].ShouldBeSameAs(first[0]);
        site.Join.Runs.ShouldBe(1);
        joinedAgain[0].ShouldBeSameAs(joined[0]);
    }

    [Fact]
    public async Task Should_Run_A_Whole_List_Step_Again_When_A_Document_Changes_And_Hand_On_Equal_Outputs()
    {
        // Given two files built once
        var site = new Fixture();
        site.Files.Add("in/a.txt", "a");
        site.Files.Add("in/b.txt", "b");
        var (_, _, joined) = await site.BuildAsync();

        // When a file changes without changing what the list shows ("short"), the list step runs and hands on its last output
        site.Files.Add("in/b.txt", "c");
        var (_, _, same) = await site.BuildAsync();
        site.Join.Runs.ShouldBe(2);
        same[0].ShouldBeSameAs(joined[0]);

        // When a change shows, the output is new
        site.Files.Add("in/b.txt", "cccc");
        var (_, _, changed) = await site.BuildAsync();
        changed[0].Content.ShouldBe("short|long");
    }

    [Fact]
    public async Task Should_Run_Everything_Without_A_Cache()
    {
        var site = new Fixture();
        site.Files.Add("in/a.txt", "a");
        var pipelines = new[] { new Pipeline("Files") { Input = [new Modules.ListFiles("in", ".txt")], Process = [ForEach(site.Shout)] } };
        var inputs = new Dictionary<Type, object> { [typeof(Suffix)] = new Suffix("") };
        for (var i = 0; i < 2; i++)
        {
            await new PipelineEngine(pipelines).RunAsync(inputs, site.Files, new BuildOptions(), null, CancellationToken.None);
        }
        site.Shout.Runs.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Run_A_Module_Again_When_The_Clock_Passes_A_Date_It_Asked_About()
    {
        // Given a module that asks whether a date has come
        var clock = new Infrastructure.MovableClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var step = new AskClock();
        var files = new InMemoryFileSystem();
        files.Add("in/a.txt", "a");
        var cache = new BuildCache();
        async Task<string> Build() =>
            (await new PipelineEngine([new Pipeline("P") { Input = [new Modules.ListFiles("in", ".txt")], Process = [ForEach(step)] }])
                .RunAsync(new Dictionary<Type, object>(), files, new BuildOptions { Clock = clock }, cache, CancellationToken.None)).Documents["P"][0].Content;

        (await Build()).ShouldBe("future");
        clock.Now = clock.Now.AddDays(1);
        (await Build()).ShouldBe("future");
        step.Runs.ShouldBe(1, "the answer did not change");
        clock.Now = clock.Now.AddDays(30);
        (await Build()).ShouldBe("past");
        step.Runs.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Run_Again_Only_The_Documents_That_Looked_Up_A_Replaced_Document()
    {
        // Given names, and pages that each look up one name by its file
        var files = new InMemoryFileSystem();
        files.Add("names/a.txt", "Ann");
        files.Add("names/b.txt", "Bob");
        for (var i = 0; i < 40; i++)
        {
            files.Add($"pages/{i:00}.txt", i == 7 ? "names/b.txt" : "names/a.txt");
        }
        var lookUp = new LookUpName();
        var cache = new BuildCache();
        async Task<ImmutableArray<Document>> Build() =>
            (await new PipelineEngine(
            [
                new Pipeline("Names") { Input = [new Modules.ListFiles("names", ".txt")], Process = [ForEach(new ReadName())] },
                new Pipeline("Pages") { DependsOn = ["Names"], Input = [new Modules.ListFiles("pages", ".txt")], Process = [ForEach(lookUp)] },
            ]).RunAsync(new Dictionary<Type, object>(), files, new BuildOptions(), cache, CancellationToken.None)).Documents["Pages"];
        var first = await Build();
        lookUp.Runs.ShouldBe(40);
        first[7].Content.ShouldBe("Hello, Bob");

        // When the name one page looked up changes, only that page is made again
        files.Add("names/b.txt", "Bea");
        var second = await Build();
        lookUp.Runs.ShouldBe(41);
        second[7].Content.ShouldBe("Hello, Bea");
        second[0].ShouldBeSameAs(first[0]);

        // When a page's own file changes, only it is made again, and it reads what it now names
        files.Add("pages/03.txt", "names/b.txt");
        var third = await Build();
        lookUp.Runs.ShouldBe(42);
        third[3].Content.ShouldBe("Hello, Bea");

        // When the name changes and changes back between two builds, the page is what a clean build makes
        files.Add("names/a.txt", "Al");
        (await Build())[0].Content.ShouldBe("Hello, Al");
        files.Add("names/a.txt", "Ann");
        (await Build())[0].Content.ShouldBe("Hello, Ann");
    }

    private sealed class ReadName : IDocumentModule
    {
        public Document? Execute(Document doc, BuildContext context) =>
            doc.With("Name", System.Text.Encoding.UTF8.GetString(context.Files.ReadAllBytes(doc.Source!)));
    }

    private sealed class LookUpName : IDocumentModule
    {
        public int Runs;

        public Document? Execute(Document doc, BuildContext context)
        {
            Interlocked.Increment(ref Runs);
            var source = System.Text.Encoding.UTF8.GetString(context.Files.ReadAllBytes(doc.Source!));
            return doc with { Content = $"Hello, {context.ValueAt<string>("Names", source, "Name")}" };
        }
    }

    private sealed class AskClock : IDocumentModule
    {
        public int Runs;

        public Document? Execute(Document doc, BuildContext context)
        {
            Runs++;
            return doc with { Content = context.IsFuture(new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero)) ? "future" : "past" };
        }
    }
}
