using System.Collections.Concurrent;
using System.Collections.Immutable;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;
using Shouldly;
using Xunit;
using static RareNewsSite.Engine.Steps;

namespace RareNewsSite.Tests.Engine;

/// <summary>
/// A build without a cache runs consecutive per-document steps as one pass per document and hands each final document
/// on at once; it must make exactly what the same steps make one by one (as a build with a cache runs them).
/// </summary>
public sealed class PerDocumentPassTests
{
    // Makes two pages of every file whose text has a comma (one per part), one page otherwise, none for an empty file.
    private sealed class Split : IExpandingModule
    {
        public IEnumerable<Document> Execute(Document doc, BuildContext context) =>
            doc.Content.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select((part, i) => new Document { Source = doc.Source, Destination = $"{doc.Source}.{i}.html", Content = part });
    }

    // Counts the documents that passed the step before it and not yet this one: every document when steps run one by one.
    private sealed class Waiting
    {
        public int Now;
        public int Most;

        public void Enter() => Interlocked.Increment(ref Now);

        public void Leave()
        {
            var now = Interlocked.Decrement(ref Now) + 1;
            int most;
            while (now > (most = Volatile.Read(ref Most)) && Interlocked.CompareExchange(ref Most, now, most) != most)
            {
            }
        }
    }

    private sealed class Upper(Waiting waiting) : IDocumentModule
    {
        public Document? Execute(Document doc, BuildContext context)
        {
            waiting.Enter();
            return doc with { Content = doc.Content.ToUpperInvariant() };
        }
    }

    private sealed class Wrap(Waiting waiting) : IDocumentModule
    {
        public Document? Execute(Document doc, BuildContext context)
        {
            waiting.Leave();
            return doc.Content.StartsWith('X') ? null : doc with { Content = $"<p>{doc.Content}</p>" };
        }
    }

    private static InMemoryFileSystem Files(int count)
    {
        var files = new InMemoryFileSystem();
        for (var i = 0; i < count; i++)
        {
            files.Add($"in/{i:D4}.txt", (i % 7) switch { 0 => "a,b", 1 => "", 2 => "x drop me", _ => $"page {i}" });
        }
        return files;
    }

    private static Pipeline[] Pipelines(Waiting waiting) =>
    [
        new Pipeline("Pages")
        {
            Input = [new Modules.ListFiles("in", ".txt")],
            Process = [ForEach(new Modules.ReadText())],
            PostProcess = [ForEach(new Split()), ForEach(new Upper(waiting)), ForEach(new Wrap(waiting))],
        },
    ];

    [Fact]
    public async Task Should_Make_The_Same_Documents_In_The_Same_Order_As_Steps_Run_One_By_One()
    {
        // Given the same files built without a cache (one pass per document) and with one (step by step)
        var files = Files(300);
        var passWaiting = new Waiting();
        var stepWaiting = new Waiting();
        var (pass, _) = await new PipelineEngine(Pipelines(passWaiting)).RunAsync(new Dictionary<Type, object>(), files, new BuildOptions(), null, CancellationToken.None);
        var (steps, _) = await new PipelineEngine(Pipelines(stepWaiting)).RunAsync(new Dictionary<Type, object>(), files, new BuildOptions(), new BuildCache(), CancellationToken.None);

        // Then both made the same pages, in order
        pass["Pages"].Select(d => (d.Destination, d.Content)).ShouldBe(steps["Pages"].Select(d => (d.Destination, d.Content)));
        pass["Pages"].Length.ShouldBe(Enumerable.Range(0, 300).Sum(i => (i % 7) switch { 0 => 2, 1 or 2 => 0, _ => 1 }));
        // And step by step, every page waited for all the others between two steps; in one pass, only those in flight did
        stepWaiting.Most.ShouldBe(Enumerable.Range(0, 300).Sum(i => (i % 7) switch { 0 => 2, 1 => 0, _ => 1 }));
        passWaiting.Most.ShouldBeLessThan(100);
    }

    [Fact]
    public async Task Should_Hand_On_Each_Final_Document_Once_With_Its_Place_And_Keep_What_Comes_Back()
    {
        // Given a build whose final hook notes each document and keeps it without its text
        var seen = new ConcurrentBag<(string Pipeline, long Order, string Destination, string Content)>();
        Document Final(string pipeline, Document doc, long order)
        {
            seen.Add((pipeline, order, doc.Destination!, doc.Content));
            return doc with { Content = "" };
        }
        var files = Files(50);
        var (docs, _) = await new PipelineEngine(Pipelines(new Waiting())).RunAsync(
            new Dictionary<Type, object>(), files, new BuildOptions(), null, CancellationToken.None, Final);
        var (full, _) = await new PipelineEngine(Pipelines(new Waiting())).RunAsync(new Dictionary<Type, object>(), files, new BuildOptions(), null, CancellationToken.None);

        // Then every final document came through once, and in order of place they are the pipeline's documents
        seen.Select(s => s.Order).Distinct().Count().ShouldBe(seen.Count);
        seen.OrderBy(s => s.Order).Select(s => (s.Destination, s.Content)).ShouldBe(full["Pages"].Select(d => (d.Destination!, d.Content)));
        // And the build kept what the hook gave back
        docs["Pages"].ShouldAllBe(d => d.Content == "");
        docs["Pages"].Select(d => d.Destination).ShouldBe(full["Pages"].Select(d => d.Destination));
    }

    [Fact]
    public void Should_Keep_The_Page_A_Whole_Build_Writes_Last_Whichever_Is_Written_First()
    {
        // Given pages for the same destinations written out of order
        var output = new InMemoryOutputFolder();
        var sink = new PageSink(output, "public");
        Document Page(string text) => new() { Destination = "a/index.html", Content = text };
        sink.Write("Tags", Page("tags, second"), 5);
        sink.Write("Tags", Page("tags, first"), 2);
        sink.Write("Articles", Page("articles"), 9);

        // Then the later document of a pipeline wins within it, and the pipeline later in name order over others
        output.ReadText("a/index.html").ShouldBe("tags, second");
        sink.Write("Zebra", Page("zebra"), 0).Content.ShouldBe("");
        output.ReadText("a/index.html").ShouldBe("zebra");
    }
}
