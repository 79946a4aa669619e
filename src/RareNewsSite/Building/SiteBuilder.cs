using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;

namespace RareNewsSite.Building;

/// <summary>The engine's front door: loads settings and theme, runs the pipelines, and reports.</summary>
public static partial class SiteBuilder
{
    /// <summary>
    /// Builds the site in <paramref name="files"/> into <paramref name="output"/>. Output is only written when
    /// validation found no error; use <see cref="BuildToFolderAsync"/> for the safe swap on disk.
    /// </summary>
    public static Task<BuildResult> BuildAsync(ISiteFileSystem files, IOutputFolder output, BuildRequest request, CancellationToken cancellationToken = default) =>
        BuildAsync(files, output, ShownPath(files, output), request, staging: false, cancellationToken);

    /// <summary>
    /// As <see cref="BuildAsync(ISiteFileSystem, IOutputFolder, BuildRequest, CancellationToken)"/>; a file that cannot be
    /// written for a full disk is named under <paramref name="outputShownAs"/>. Into a <paramref name="staging"/> folder,
    /// which is thrown away if the build fails, pages are written as the pipelines finish instead of all at the end.
    /// </summary>
    private static async Task<BuildResult> BuildAsync(
        ISiteFileSystem files, IOutputFolder output, string outputShownAs, BuildRequest request, bool staging, CancellationToken cancellationToken,
        Engine.Incremental.Traces? traces = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var sink = staging ? new PageSink(output, outputShownAs) : null;
        var built = await RunAsync(files, request, null, cancellationToken, sink is null ? null : sink.Write, traces: traces);
        if (built.Diagnostics.HasErrors)
        {
            return new BuildResult(built.Diagnostics.ToSortedList(), new Dictionary<string, int>(), 0, stopwatch.Elapsed);
        }
        var pages = Pages(built.Documents);
        var full = sink is null
            ? PageWriter.WriteAll(pages.Values, output, outputShownAs)
            : WriteRest(sink, built.Documents);
        if (full is not null)
        {
            built.Diagnostics.Add(full);
            return new BuildResult(built.Diagnostics.ToSortedList(), new Dictionary<string, int>(), 0, stopwatch.Elapsed);
        }
        return new BuildResult(built.Diagnostics.ToSortedList(), KindsOf(pages.Values), pages.Count, stopwatch.Elapsed)
        {
            PagesReused = pages.Values.Count(p => p.Reused is { WasMadeAgain: false } && p.Metadata.ContainsKey(Keys.PageKind)),
        };
    }

    // The pages of the pipelines the sink did not get while the build ran (those with Output steps).
    internal static Diagnostic? WriteRest(PageSink sink, IReadOnlyDictionary<string, ImmutableArray<Document>> documents)
    {
        foreach (var (pipeline, docs) in documents.Where(p => !sink.Wrote(p.Key)))
        {
            sink.Write(pipeline, docs);
        }
        return sink.Full;
    }

    /// <summary>
    /// Runs the pipelines over <paramref name="files"/> with the settings and theme they hold, keeping what cached steps
    /// make in <paramref name="cache"/> when given one. Settings and theme errors do not stop here: the content is still
    /// checked (with default settings when statiq.json is broken; nothing is written then), so one run reports everything.
    /// <paramref name="loaded"/>, when given, gets the settings and theme as soon as they are read, before any page is made.
    /// </summary>
    internal static async Task<(IReadOnlyDictionary<string, ImmutableArray<Document>> Documents, DiagnosticBag Diagnostics, BuildSetup Setup)> RunAsync(
        ISiteFileSystem files, BuildRequest request, Engine.Incremental.BuildCache? cache, CancellationToken cancellationToken,
        Func<string, Document, long, Document>? final = null, Action<BuildSetup>? loaded = null, Engine.Incremental.Traces? traces = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var setupDiagnostics = new DiagnosticBag();
        var setup = BuildSetup.Load(files, request, setupDiagnostics);
        loaded?.Invoke(setup);
        if (traces is not null)
        {
            // Kept values are written with the build's own Markdown pipeline: a parsed file read back is parsed again with it.
            traces.Codec = new Pipelines.Values.DocumentCodec((Markdig.MarkdownPipeline)setup.Inputs[typeof(Markdig.MarkdownPipeline)]);
        }
        Engine.Incremental.StepTrace.Phase("setup", started);
        var (documents, diagnostics) = await new PipelineEngine(request.Pipelines()).RunAsync(setup.Inputs, files, setup.Options, cache, cancellationToken, final, traces);
        setup.ReportTheme(setupDiagnostics);
        diagnostics.AddRange(setupDiagnostics.ToArray());
        return (documents, diagnostics, setup);
    }

    /// <summary>Every document with a destination, by destination (the last one wins, in pipeline order).</summary>
    internal static Dictionary<string, Document> Pages(IReadOnlyDictionary<string, ImmutableArray<Document>> documents)
    {
        var pages = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var doc in documents.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value))
        {
            if (doc.Destination is { } destination)
            {
                pages[destination] = doc;
            }
        }
        return pages;
    }

    /// <summary>A page's bytes as written.</summary>
    internal static byte[] Bytes(Document doc) => doc.Bytes is { } bytes ? bytes.ToArray() : Encoding.UTF8.GetBytes(doc.Content);

    /// <summary>How many pages of each kind.</summary>
    internal static IReadOnlyDictionary<string, int> KindsOf(IEnumerable<Document> pages) => KindsOf(CountKinds(pages));

    /// <summary>How many of <paramref name="pages"/> there are of each kind, to be counted on with <see cref="CountKind"/>.</summary>
    internal static Dictionary<string, int> CountKinds(IEnumerable<Document> pages)
    {
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            CountKind(kinds, page, 1);
        }
        return kinds;
    }

    /// <summary>The kinds counted so far that have pages, in order.</summary>
    /// <remarks>
    /// A dictionary filled in key order and never removed from lists its entries in that order. A sorted dictionary of
    /// numbers would be a framework collection of value types, whose code is compiled at every start.
    /// </remarks>
    internal static IReadOnlyDictionary<string, int> KindsOf(Dictionary<string, int> counted)
    {
        var kinds = new List<string>(counted.Count);
        foreach (var (kind, count) in counted)
        {
            if (count > 0)
            {
                kinds.Add(kind);
            }
        }
        kinds.Sort(StringComparer.Ordinal);
        var inOrder = new Dictionary<string, int>(kinds.Count, StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            inOrder.Add(kind, counted[kind]);
        }
        return inOrder;
    }

    /// <summary>Counts <paramref name="page"/> (<paramref name="by"/> 1) or takes it away (-1) under its kind, if it has one.</summary>
    internal static void CountKind(Dictionary<string, int> kinds, Document page, int by)
    {
        if (page.GetOrDefault<string>(Keys.PageKind) is { } kind)
        {
            kinds[kind] = kinds.GetValueOrDefault(kind) + by;
        }
    }
}
