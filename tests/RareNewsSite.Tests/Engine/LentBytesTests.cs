using System.Collections.Concurrent;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;
using Shouldly;
using Xunit;
using static RareNewsSite.Engine.Steps;

namespace RareNewsSite.Tests.Engine;

/// <summary>
/// A large file's bytes (a feed) are written into an array the engine lends and takes back once the page sink has
/// written the file. Lent too early, or taken back from a document that still holds its bytes, the next file written
/// on the thread would overwrite them.
/// </summary>
public sealed class LentBytesTests
{
    // Writes, for each file, 100 KB (over the large-object threshold) of a text that names the file in every line.
    private sealed class WriteLarge : IDocumentModule
    {
        public Document? Execute(Document doc, BuildContext context) =>
            context.WithBytesWritten(doc with { Destination = doc.Source + ".out", Content = "" }, into => into.Write(Large(doc.Source!)));
    }

    private static byte[] Large(string source) =>
        System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat($"{source} {source.Length}\n", 100_000 / (source.Length + 4))));

    private static InMemoryFileSystem Files(int count)
    {
        var files = new InMemoryFileSystem();
        for (var i = 0; i < count; i++)
        {
            files.Add($"in/{i}.txt", "");
        }
        return files;
    }

    private static Pipeline[] Pipelines() =>
    [
        new Pipeline("Large")
        {
            Input = [new Modules.ListFiles("in", ".txt")],
            PostProcess = [ForEach(new WriteLarge())],
        },
    ];

    [Fact]
    public async Task Should_Write_Every_File_Whole_When_Its_Array_Is_Taken_Back_After_Writing()
    {
        // Given 200 large files written by the page sink as they are made, in a build with no cache
        var output = new InMemoryOutputFolder();
        var sink = new PageSink(output, "public");
        var (docs, diagnostics) = await new PipelineEngine(Pipelines()).RunAsync(
            new Dictionary<Type, object>(), Files(200), new BuildOptions(), null, CancellationToken.None, sink.Write);

        // Then every file holds its own text, and the build kept the documents without their bytes
        diagnostics.HasErrors.ShouldBeFalse();
        output.Paths.Count.ShouldBe(200);
        foreach (var i in Enumerable.Range(0, 200))
        {
            output.ReadBytes($"in/{i}.txt.out").ShouldBe(Large($"in/{i}.txt"), $"in/{i}.txt");
        }
        docs["Large"].ShouldAllBe(d => d.Bytes == null);
    }

    [Fact]
    public async Task Should_Not_Take_Back_The_Array_Of_A_Document_That_Keeps_Its_Bytes()
    {
        // Given a final hook that hands back a copy holding the same bytes (the page sink hands back the document itself
        // on a full disk)
        var seen = new ConcurrentBag<Document>();
        Document Keep(string pipeline, Document doc, long order)
        {
            seen.Add(doc);
            return doc with { Content = "kept" };
        }
        var (docs, _) = await new PipelineEngine(Pipelines()).RunAsync(
            new Dictionary<Type, object>(), Files(200), new BuildOptions(), null, CancellationToken.None, Keep);

        // Then each document's bytes are still its own after every other file was written
        docs["Large"].Length.ShouldBe(200);
        foreach (var doc in docs["Large"])
        {
            doc.Bytes!.Value.ToArray().ShouldBe(Large(doc.Source!), doc.Source);
        }
        seen.Count.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Give_Arrays_Of_Their_Own_Where_A_Build_Keeps_Documents()
    {
        // Given the same files in a build that keeps each step's documents in memory (the preview's)
        var output = new InMemoryOutputFolder();
        var sink = new PageSink(output, "public");
        var cache = new BuildCache();
        await new PipelineEngine(Pipelines()).RunAsync(new Dictionary<Type, object>(), Files(20), new BuildOptions(), cache, CancellationToken.None, sink.Write);
        var (again, _) = await new PipelineEngine(Pipelines()).RunAsync(new Dictionary<Type, object>(), Files(20), new BuildOptions(), cache, CancellationToken.None);

        // Then nothing was lent, and what the cache gives back the second time is each file whole
        again["Large"].ShouldAllBe(d => d.Lent == null);
        foreach (var doc in again["Large"])
        {
            doc.Bytes!.Value.ToArray().ShouldBe(Large(doc.Source!), doc.Source);
        }
    }
}
