using System.Collections.Concurrent;
using RareNewsSite.Engine;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;
using Shouldly;
using Xunit;
using static RareNewsSite.Engine.Steps;

namespace RareNewsSite.Tests.Engine;

/// <summary>
/// A cold build gives up the values a pipeline keeps only for the Process phase (<see cref="Pipeline.ProcessOnly"/>) when
/// that phase ends; a pipeline with no later steps hands its files to the writer when its Process phase ends.
/// </summary>
public sealed class ProcessOnlyValuesTests
{
    private const string Tree = "Tree";
    private const string Length = "Length";

    // Stands for parsing: a big working value, and a small one that outlives it.
    private sealed class Parse : IDocumentModule
    {
        public Document? Execute(Document doc, BuildContext context) =>
            doc.With(Tree, doc.Content.ToUpperInvariant()).With(Length, doc.Content.Length);
    }

    // A dependent pipeline's Process step reads the working value: allowed.
    private sealed class Shout(string from) : IDocumentModule
    {
        public Document? Execute(Document doc, BuildContext context) =>
            doc with { Content = string.Concat(context.OutputsOf(from).Select(d => d.Get<string>(Tree))) };
    }

    // A PostProcess step reads a value, small or working.
    private sealed class Page(string from, string key) : IDocumentModule
    {
        public Document? Execute(Document doc, BuildContext context) =>
            doc with { Destination = "index.html", Content = string.Join(",", context.ValuesOf<object>(from, key)) };
    }

    private static InMemoryFileSystem Files()
    {
        var files = new InMemoryFileSystem();
        files.Add("in/a.txt", "alpha");
        files.Add("in/b.txt", "beta");
        return files;
    }

    private static Pipeline[] Pipelines(string postProcessReads) =>
    [
        new Pipeline("Sources")
        {
            Input = [new Modules.ListFiles("in", ".txt")],
            Process = [ForEach(new Modules.ReadText()), ForEach(new Parse())],
            ProcessOnly = [Tree],
        },
        new Pipeline("Loud")
        {
            DependsOn = ["Sources"],
            Input = [new Modules.ListFiles("in", "a.txt")],
            Process = [ForEach(new Shout("Sources"))],
        },
        new Pipeline("Home")
        {
            Input = [new Modules.ListFiles("in", "a.txt")],
            PostProcess = [ForEach(new Page("Sources", postProcessReads))],
        },
    ];

    [Fact]
    public async Task Should_Let_The_Process_Phase_Read_A_Working_Value_And_Later_Phases_Only_The_Others()
    {
        // Given a pipeline that keeps its tree for the Process phase only, read by a dependent pipeline's Process step
        // and, after that, a page that reads the lengths
        var (docs, diagnostics) = await new PipelineEngine(Pipelines(Length)).RunAsync(new Dictionary<Type, object>(), Files(), new BuildOptions(), null, CancellationToken.None);

        // Then the Process step saw the trees and the page the lengths
        diagnostics.HasErrors.ShouldBeFalse();
        docs["Loud"].Single().Content.ShouldBe("ALPHABETA");
        docs["Home"].Single().Content.ShouldBe("5,4");
        // And after the build the trees are gone from the pipeline's documents, the lengths kept
        docs["Sources"].ShouldAllBe(d => d.Metadata.ContainsKey(Length));
        Should.Throw<InvalidOperationException>(() => docs["Sources"][0].GetOrDefault<string>(Tree));
    }

    [Fact]
    public async Task Should_Fail_Loudly_When_A_Later_Phase_Reads_A_Released_Value()
    {
        // Given a page that reads the trees after the Process phase
        var build = () => new PipelineEngine(Pipelines(Tree)).RunAsync(new Dictionary<Type, object>(), Files(), new BuildOptions(), null, CancellationToken.None);

        // Then the build fails and says which value was released and why, instead of reading "no value"
        var error = await Should.ThrowAsync<AggregateException>(build);
        var released = error.Flatten().InnerExceptions.OfType<InvalidOperationException>().First();
        released.Message.ShouldContain("'Tree' of 'in/a.txt' was released");
        released.Message.ShouldContain("ProcessOnly");
    }

    [Fact]
    public async Task Should_Release_A_Working_Value_As_Soon_As_The_Pipelines_That_Depend_On_Its_Own_Have_Processed()
    {
        // Given a pipeline whose Process step reads the trees without depending on their pipeline: it runs after the one
        // that does, and so after every pipeline that may read them
        var pipelines = Pipelines(Length).Append(new Pipeline("Echo")
        {
            DependsOn = ["Loud"],
            Input = [new Modules.ListFiles("in", "b.txt")],
            Process = [ForEach(new Shout("Sources"))],
        });
        var build = () => new PipelineEngine([.. pipelines]).RunAsync(new Dictionary<Type, object>(), Files(), new BuildOptions(), null, CancellationToken.None);

        // Then the trees are already gone when it reads them, before the Process phase of the build has ended
        var error = await Should.ThrowAsync<AggregateException>(build);
        error.Flatten().InnerExceptions.OfType<InvalidOperationException>().First().Message.ShouldContain("'Tree' of 'in/a.txt' was released");
    }

    [Fact]
    public async Task Should_Keep_Working_Values_In_A_Build_That_Keeps_A_Cache()
    {
        // Given the same build with a cache (the preview's), whose steps hold their documents anyway
        var (docs, _) = await new PipelineEngine(Pipelines(Tree)).RunAsync(new Dictionary<Type, object>(), Files(), new BuildOptions(), new BuildCache(), CancellationToken.None);

        // Then nothing is released
        docs["Home"].Single().Content.ShouldBe("ALPHA,BETA");
    }

    [Fact]
    public async Task Should_Hand_A_Pipeline_Without_Later_Steps_To_The_Writer_When_Its_Process_Phase_Ends()
    {
        // Given a pipeline of files made in Process, and another whose pages are made in PostProcess
        var pagesSeenBeforePostProcess = new ConcurrentBag<string>();
        var postProcessStarted = false;
        Document Final(string pipeline, Document doc, long order)
        {
            if (!Volatile.Read(ref postProcessStarted))
            {
                pagesSeenBeforePostProcess.Add($"{pipeline}:{doc.Destination}");
            }
            return doc with { Content = "" };
        }
        var pipelines = new[]
        {
            new Pipeline("Files")
            {
                Input = [new Modules.ListFiles("in", ".txt")],
                Process = [ForEach(new Modules.ReadText()), ForEach(new Place())],
            },
            new Pipeline("Home")
            {
                Input = [new Modules.ListFiles("in", "a.txt")],
                PostProcess = [ForEach(new Mark(() => Volatile.Write(ref postProcessStarted, true))), ForEach(new Page("Files", Length))],
            },
        };
        var (docs, _) = await new PipelineEngine(pipelines).RunAsync(new Dictionary<Type, object>(), Files(), new BuildOptions(), null, CancellationToken.None, Final);

        // Then the files went to the writer before any page was rendered, and were kept without their text
        pagesSeenBeforePostProcess.Order().ShouldBe(["Files:a.txt.json", "Files:b.txt.json"]);
        docs["Files"].ShouldAllBe(d => d.Content == "");
        docs["Home"].Single().Destination.ShouldBe("index.html");
    }

    private sealed class Place : IDocumentModule
    {
        public Document? Execute(Document doc, BuildContext context) =>
            doc.With(Length, doc.Content.Length) with { Destination = Path.GetFileName(doc.Source) + ".json" };
    }

    private sealed class Mark(Action mark) : IDocumentModule
    {
        public Document? Execute(Document doc, BuildContext context)
        {
            mark();
            return doc;
        }
    }
}
