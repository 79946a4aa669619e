using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;

namespace RareNewsSite.Engine;

/// <summary>
/// Runs pipelines phase by phase, as Statiq does: every Input phase at once; each Process phase as soon as
/// the pipelines it depends on have processed; PostProcess once all Process phases are done; then Output.
/// </summary>
internal sealed class PipelineEngine(IReadOnlyList<Pipeline> pipelines)
{
    /// <summary>
    /// Runs every pipeline over <paramref name="files"/> with the build's <paramref name="inputs"/> (by type, read with
    /// <see cref="BuildContext.Input{T}"/>); with a <paramref name="cache"/> from earlier builds, cached steps skip what
    /// they made already. Returns each pipeline's documents after its Output phase, and the diagnostics.
    /// <paramref name="final"/>, when given, gets each document of a pipeline with no Output step as soon as it is final,
    /// with the pipeline's name and the document's place among the pipeline's outputs, while other documents are still
    /// being made, and what it returns takes the document's place: a cold build writes pages there and keeps documents
    /// without their text, so it never holds every page at once.
    /// </summary>
    /// <remarks>
    /// Without a cache, the values each pipeline lists in <see cref="Pipeline.PassOnly"/> are released from each document
    /// as it leaves that pipeline's Process phase, and those in <see cref="Pipeline.ProcessOnly"/> as soon as the pipeline
    /// and every pipeline that depends on it have ended their Process phase, before any page is rendered.
    /// Without a cache, consecutive per-document steps run as one pass per document (<see cref="ForEachStep.RunChain"/>):
    /// a page is written as soon as its last step made it, rather than once every page of its pipeline is made.
    /// </remarks>
    public async Task<(IReadOnlyDictionary<string, ImmutableArray<Document>> Documents, DiagnosticBag Diagnostics)> RunAsync(
        IReadOnlyDictionary<Type, object> inputs, ISiteFileSystem files, BuildOptions options, BuildCache? cache, CancellationToken cancellationToken,
        Func<string, Document, long, Document>? final = null, Traces? traces = null)
    {
        ValidateDependencies();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var state = new BuildState(inputs, files, options, cache, cache is null ? traces : null);
        foreach (var pipeline in pipelines)
        {
            traces?.Kept.TryAdd(pipeline.Name, new HashSet<string>(pipeline.Kept, StringComparer.Ordinal));
        }
        cache?.Changes.Refresh(state);
        StepTrace.Phase("files compared", started);
        var context = new BuildContext(state, "", null, state.Diagnostics);
        // A pipeline's Input documents are let go as its Process phase takes them: they hold the texts read.
        var input = new ConcurrentDictionary<string, ImmutableArray<Document>>(
            await RunAllAsync(p => RunPhaseAsync(p, PipelinePhase.Input, [], context, cancellationToken)), StringComparer.Ordinal);
        var readers = ProcessOnlyReaders(cache);

        // The tasks return nothing: a task's result would hold its documents with the values released from them.
        var processTasks = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var pipeline in TopologicalOrder())
        {
            var dependencies = pipeline.DependsOn.Select(d => processTasks[d]).ToArray();
            processTasks[pipeline.Name] = Task.Run(async () =>
            {
                await Task.WhenAll(dependencies);
                // Pipelines waiting for the same one would otherwise go on one after another on the thread that finished
                // it: Lists (80 ms at 10,000 articles) waited for the whole search index (1.3 s) before it began.
                await Task.Yield();
                input.TryRemove(pipeline.Name, out var taken);
                var docs = await RunPhaseAsync(pipeline, PipelinePhase.Process, taken, context, cancellationToken,
                    ReleasingPassOnly(pipeline, cache, FinalAfter(pipeline, PipelinePhase.Process, final)), pages: FinalAfter(pipeline, PipelinePhase.Process, final) is not null);
                state.SetProcessed(pipeline.Name, docs);
                ReleaseProcessOnlyOnceRead(pipeline, readers, state);
            }, cancellationToken);
        }
        await Task.WhenAll(processTasks.Values);
        StepTrace.Phase("Input and Process", started);
        processTasks.Clear();
        if (cache is null)
        {
            CollectReleased();
        }

        // Pipelines with fewer documents go first: the thread pool takes phases in the order they are queued, and the
        // preview serves each page as soon as it is written, so the home page and the lists (a few hundred pages) come
        // before the last of 10,000 article pages rather than after them.
        // A pipeline's pages are made by its last steps, in PostProcess: with a cache on disk, those of a document whose
        // making is the same as last time are taken from the last output.
        var rendered = await RunAllAsync(p => RunPhaseAsync(p, PipelinePhase.PostProcess, state.OutputsOf(p.Name), context, cancellationToken,
            FinalAfter(p, PipelinePhase.PostProcess, final), pages: FinalAfter(p, PipelinePhase.PostProcess, final) is not null), pipelines.OrderBy(p => state.OutputsOf(p.Name).Length));
        state.SetRendered(rendered);
        StepTrace.Phase("PostProcess", started);
        var output = await RunAllAsync(p => RunPhaseAsync(p, PipelinePhase.Output, rendered[p.Name], context, cancellationToken));
        StepTrace.Phase("Output", started);
        return (output, state.Diagnostics);
    }

    // A pipeline's documents are final after its last phase with steps before Output (Process when it has no PostProcess
    // steps, so that a pipeline of files such as the search index's writes them as soon as they are made); with Output
    // steps, never before the end (the sitemap reads every page first).
    private static Func<Document, long, Document>? FinalAfter(Pipeline pipeline, PipelinePhase phase, Func<string, Document, long, Document>? final) =>
        final is null || pipeline.Output.Count > 0 || phase != (pipeline.PostProcess.Count > 0 ? PipelinePhase.PostProcess : PipelinePhase.Process)
            ? null
            : (doc, order) => final(pipeline.Name, doc, order);

    // The heap above which an early release of Process-only values is followed by a collection.
    private const long EarlyCollectionHeapBytes = 1L << 30;

    // Without a cache, how many pipelines may still read each pipeline's Process-only values in their Process phase: the
    // pipeline itself and those that depend on it (a pipeline reads only what it depends on). Null with a cache, which
    // keeps every value for the next build.
    private Dictionary<string, StrongBox<int>>? ProcessOnlyReaders(BuildCache? cache) =>
        cache is not null
            ? null
            : pipelines.Where(p => p.ProcessOnly.Count > 0).ToDictionary(
                p => p.Name, p => new StrongBox<int>(1 + pipelines.Count(q => q.DependsOn.Contains(p.Name, StringComparer.Ordinal))), StringComparer.Ordinal);

    // Counts a pipeline's Process phase done for itself and what it depends on; a pipeline's Process-only values go as soon
    // as the last pipeline that may read them is done (the texts read go once every article is rendered, before the
    // search index is built), rather than once every Process phase has ended.
    private void ReleaseProcessOnlyOnceRead(Pipeline done, Dictionary<string, StrongBox<int>>? readers, BuildState state)
    {
        if (readers is null)
        {
            return;
        }
        foreach (var name in done.DependsOn.Append(done.Name).Distinct(StringComparer.Ordinal))
        {
            if (readers.TryGetValue(name, out var count) && Interlocked.Decrement(ref count.Value) == 0)
            {
                state.ReleaseProcessOnly(name, pipelines.First(p => p.Name == name).ProcessOnly);
                // What was released is old and big (every article's text), and the collector would otherwise let the heap
                // grow through the next steps before it looked at the old generation again: at 100,000 articles the peak
                // was 5.4 GiB instead of 4.3. The collection is asked for without blocking, so it runs in the background
                // where the runtime has background collections; the CLI turns them off (a build runs a few seconds on every
                // core), and there it is one full collection on every core. Either way it costs CPU (3.6% at 10,000
                // articles, whose peak is a fifth of that), so only a big heap pays for one.
                if (GC.GetTotalMemory(forceFullCollection: false) > EarlyCollectionHeapBytes)
                {
                    GC.Collect(2, GCCollectionMode.Forced, blocking: false, compacting: false);
                }
            }
        }
    }

    // Without a cache, each document leaves its pipeline's Process phase without the values only that phase reads.
    private static Func<Document, long, Document>? ReleasingPassOnly(Pipeline pipeline, BuildCache? cache, Func<Document, long, Document>? final) =>
        cache is not null || pipeline.PassOnly.Count == 0
            ? final
            : final is null
                ? (doc, _) => doc.Release(pipeline.PassOnly)
                : (doc, order) => final(doc.Release(pipeline.PassOnly), order);

    // What the Process phase released (syntax trees, source texts) is most of the heap, and it is all old: left to
    // itself the collector would let the heap grow through page rendering before it looked at the old generation
    // again. One full collection here hands that memory to the pages instead.
    private static void CollectReleased()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        StepTrace.Phase("released values collected", started);
    }

    // Runs a phase of every pipeline at once, started in the given order (else the pipelines' own).
    private async Task<Dictionary<string, ImmutableArray<Document>>> RunAllAsync(
        Func<Pipeline, Task<ImmutableArray<Document>>> run, IEnumerable<Pipeline>? order = null)
    {
        var tasks = (order ?? pipelines).ToDictionary(p => p.Name, p => Task.Run(() => run(p)), StringComparer.Ordinal);
        await Task.WhenAll(tasks.Values);
        return tasks.ToDictionary(t => t.Key, t => t.Value.Result, StringComparer.Ordinal);
    }

    // Runs a phase's modules in turn; final, when given, gets each document the phase ends with.
    private static async Task<ImmutableArray<Document>> RunPhaseAsync(
        Pipeline pipeline, PipelinePhase phase, ImmutableArray<Document> documents, BuildContext context,
        CancellationToken cancellationToken, Func<Document, long, Document>? final = null, bool pages = false)
    {
        var modules = pipeline.ModulesOf(phase);
        var began = System.Diagnostics.Stopwatch.GetTimestamp();
        BuildContext StepContext(int position) => context.ForStep($"{pipeline.Name}/{phase}/{position}", pages && position == modules.Count - 1);
        for (var position = 0; position < modules.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (context.State.Cache is null && modules[position] is ForEachStep)
            {
                var end = position;
                while (end < modules.Count && modules[end] is ForEachStep)
                {
                    end++;
                }
                var steps = Enumerable.Range(position, end - position).Select(p => (ForEachStep)modules[p]).ToArray();
                var contexts = Enumerable.Range(position, end - position).Select(StepContext).ToArray();
                var last = end == modules.Count ? final : null;
                documents = ForEachStep.RunChain(steps, contexts, documents, last, cancellationToken, reusePages: pages && last is not null);
                final = last is null ? final : null;
                position = end;
                continue;
            }
            var given = documents;
            documents = await modules[position].ExecuteAsync(documents, StepContext(position), cancellationToken);
            if (context.State.Traces is not null && modules[position] is not CachedStep)
            {
                Untraced(given, documents, context.State);
            }
            position++;
        }
        if (final is not null)
        {
            var docs = ImmutableCollectionsMarshal.AsArray(documents)!;
            var kept = new Document[docs.Length];
            Parallel.For(0, docs.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                kept[i] = final(docs[i], i);
                LentBytes.GiveBack(docs[i], kept[i]);
            });
            documents = ImmutableCollectionsMarshal.AsImmutableArray(kept);
        }
        if (modules.Count > 0)
        {
            StepTrace.Span($"{pipeline.Name}/{phase}", began);
        }
        return documents;
    }

    // A module the engine does not run as a step (taking another pipeline's documents) reads nothing the engine notes: the
    // documents it hands on, its own or another pipeline's, keep their traces, and any it makes has none, so nothing made
    // from it is ever reused.
    private static void Untraced(ImmutableArray<Document> given, ImmutableArray<Document> made, BuildState state)
    {
        var handedOn = new HashSet<Document>(given, ReferenceEqualityComparer.Instance);
        var processed = new Lazy<HashSet<Document>>(() => new(state.AllProcessed, ReferenceEqualityComparer.Instance));
        foreach (var doc in made)
        {
            if (!handedOn.Contains(doc) && !processed.Value.Contains(doc))
            {
                doc.Trace = UInt128.Zero;
            }
        }
    }

    private void ValidateDependencies()
    {
        var names = pipelines.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            foreach (var dependency in pipeline.DependsOn.Where(d => !names.Contains(d)))
            {
                throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'.");
            }
        }
    }

    private List<Pipeline> TopologicalOrder()
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var order = new List<Pipeline>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = visiting, true = done
        void Visit(Pipeline p)
        {
            if (state.TryGetValue(p.Name, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Pipeline dependency cycle through '{p.Name}'.");
                }
                return;
            }
            state[p.Name] = false;
            foreach (var dependency in p.DependsOn)
            {
                Visit(byName[dependency]);
            }
            state[p.Name] = true;
            order.Add(p);
        }
        foreach (var pipeline in pipelines)
        {
            Visit(pipeline);
        }
        return order;
    }
}
