using System.Collections.Immutable;
using System.Runtime.InteropServices;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// Runs a whole-list module. With a <see cref="BuildCache"/>, the same documents (one by one, the very same or equal)
/// with everything the module read still the same give the last run's outputs and diagnostics again. When it does run,
/// each output equal to the last run's output at the same address hands on that one, so only pages that really
/// changed reach the steps after it as new documents.
/// </summary>
internal sealed class CachedStep(IModule? module, IUpdatingModule? updating = null) : IModule
{
    public string Name => (module as object ?? updating)!.GetType().Name;

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.Cache is null && state.Traces is null)
        {
            return module is not null ? await module.ExecuteAsync(inputs, context, cancellationToken) : (await updating!.ExecuteAsync(inputs, null, context, cancellationToken)).Outputs;
        }
        if (state.Cache is null)
        {
            return await TracedAsync(inputs, context, state.Traces!, cancellationToken);
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var memory = state.Cache.Step<Memory>(context.StepName);
        if (memory.Last is { } last && OutputsRead.SameItems(last.Inputs.AsSpan(), inputs.AsSpan(), reference: false) && last.Reads.IsValid(state))
        {
            context.Diagnostics.AddRange(last.Diagnostics);
            memory.Last = last with { Inputs = inputs };
            return last.Outputs;
        }
        if (StepTrace.On && memory.Last is { } before)
        {
            StepTrace.Why(context.StepName, Name, before.Reads, state);
        }
        var log = new ReadLog();
        var bag = new DiagnosticBag();
        var run = context.ForRun(log, bag);
        var (outputs, kept) = module is not null
            ? (await module.ExecuteAsync(inputs, run, cancellationToken), null)
            : await updating!.ExecuteAsync(inputs, memory.State, run, cancellationToken);
        memory.State = kept;
        outputs = HandOnEqual(memory.Last?.Outputs ?? [], outputs);
        var made = new Run(inputs, outputs, log.ToSet(state.ReadSets), bag.ToArray());
        memory.Last = made;
        context.Diagnostics.AddRange(made.Diagnostics);
        if (StepTrace.On)
        {
            StepTrace.Ran(context.StepName, Name, outputs.Length, outputs.Length, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        return outputs;
    }

    // In a build with a cache on disk: the last build's run, when it was given documents with the same traces and every
    // read is the same; else the module runs with its reads noted, what it makes is traced from the traces of the whole
    // list and those reads, and the run is kept for the next build.
    private async Task<ImmutableArray<Document>> TracedAsync(ImmutableArray<Document> inputs, BuildContext context, Traces traces, CancellationToken cancellationToken)
    {
        var given = Traces.OfList(inputs.AsSpan());
        var step = $"{context.StepName}:{Name}";
        if (traces.Reusable(step, given, context.State) is { } reusable && reusable.Pages == context.MakesPages)
        {
            context.Diagnostics.AddRange(reusable.Diagnostics);
            traces.Keep(reusable, reused: true);
            // Made again, silently, only when a value not kept is read.
            return [.. traces.Reuse(reusable, () => [.. RunAsync(inputs, context.ForRun(new ReadLog(), new DiagnosticBag()), CancellationToken.None).GetAwaiter().GetResult()], inputs.AsSpan())];
        }
        var log = new ReadLog();
        var bag = new DiagnosticBag();
        var outputs = await RunAsync(inputs, context.ForRun(log, bag), cancellationToken);
        var reported = bag.ToArray();
        context.Diagnostics.AddRange(reported);
        var (reads, readsHash) = traces.Hash(log, context.State);
        var handedOn = new HashSet<Document>(inputs, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < outputs.Length; i++)
        {
            if (!handedOn.Contains(outputs[i]))
            {
                outputs[i].Trace = Traces.Of(step, given, readsHash, i);
            }
        }
        if (given != UInt128.Zero)
        {
            traces.Keep(traces.Run(context.PipelineName, step, given, reads, [.. outputs], reported, context.MakesPages, inputs.AsSpan()), reused: false);
        }
        return outputs;
    }

    // The module's outputs; an updating module starts from nothing, as it has no state kept across processes.
    private async Task<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        module is not null ? await module.ExecuteAsync(inputs, context, cancellationToken) : (await updating!.ExecuteAsync(inputs, null, context, cancellationToken)).Outputs;

    // Outputs are matched by position first, then by address (destination, else source): list pages move when an
    // article is added, and most steps make their outputs in the same order every time.
    private static ImmutableArray<Document> HandOnEqual(ImmutableArray<Document> last, ImmutableArray<Document> outputs)
    {
        if (last.IsEmpty)
        {
            return outputs;
        }
        Dictionary<string, Document>? byAddress = null;
        var result = new Document[outputs.Length];
        for (var i = 0; i < outputs.Length; i++)
        {
            var doc = outputs[i];
            if (i < last.Length && ReferenceEquals(last[i], doc))
            {
                result[i] = doc; // handed through (a step that passes most documents on): nothing to look at
                continue;
            }
            if (i < last.Length && last[i].SameAddress(doc) && last[i].Equals(doc))
            {
                result[i] = last[i];
                continue;
            }
            byAddress ??= ByAddress(last);
            result[i] = (doc.Destination ?? doc.Source) is { } address && byAddress.TryGetValue(address, out var before) && before.Equals(doc) ? before : doc;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private static Dictionary<string, Document> ByAddress(ImmutableArray<Document> docs)
    {
        var byAddress = new Dictionary<string, Document>(docs.Length, StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            if ((doc.Destination ?? doc.Source) is { } address)
            {
                byAddress.TryAdd(address, doc);
            }
        }
        return byAddress;
    }

    private sealed record Run(ImmutableArray<Document> Inputs, ImmutableArray<Document> Outputs, ReadSet Reads, Diagnostic[] Diagnostics);

    private sealed class Memory : IRemembers
    {
        public Run? Last { get; set; }

        public IEnumerable<Document> Documents => Last is null ? [] : Last.Inputs.Concat(Last.Outputs);

        public IEnumerable<Document> Made => Last is null ? [] : Last.Outputs;

        public IEnumerable<ReadSet> ReadSets => Last is null ? [] : [Last.Reads];

        /// <summary>What an updating module kept of its last run.</summary>
        public object? State { get; set; }
    }
}
