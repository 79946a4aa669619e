using System.Collections.Immutable;
using System.Runtime.InteropServices;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// Runs a per-document module over every document, in parallel and in order; each document gives any number of outputs. With a <see cref="BuildCache"/>, a
/// document equal to one of the last run's inputs (the very same object, usually, because the step before kept it)
/// gets that run's output and diagnostics again, while what the module read for it is still the same. A document
/// the module is run for again and that gives an output equal to the last one at its position hands on the last
/// one, so the steps after it see the very same document and skip it too.
/// </summary>
internal sealed class ForEachStep(string name, Func<Document, BuildContext, Document[]> module) : IModule
{
    public string Name => name;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.Cache is null)
        {
            var all = new Document[inputs.Length][];
            Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => all[i] = module(inputs[i], context));
            return Task.FromResult(Flatten(all));
        }
        var memory = state.Cache.Step<Memory>(context.StepName);
        var last = memory.Runs;
        var runs = new Run[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var doc = inputs[i];
            var before = i < last.Length ? last[i] : null;
            var match = before is not null && (ReferenceEquals(before.Input, doc) || before.Input.Equals(doc)) ? before : memory.Find(doc);
            if (match is not null && match.Reads.IsValid(state))
            {
                runs[i] = ReferenceEquals(match.Input, doc) ? match : match with { Input = doc };
                return;
            }
            if (match is not null && StepTrace.On)
            {
                StepTrace.Why(context.StepName, doc, match.Reads, state);
            }
            var log = new ReadLog();
            var bag = new DiagnosticBag();
            var outputs = module(doc, context.ForRun(log, bag));
            var previous = match?.Outputs ?? before?.Outputs ?? [];
            for (var o = 0; o < outputs.Length && o < previous.Length; o++)
            {
                if (!ReferenceEquals(outputs[o], previous[o]) && outputs[o].Equals(previous[o]))
                {
                    outputs[o] = previous[o];
                }
            }
            runs[i] = new Run(doc, outputs, log.ToSet(state.ReadSets), bag.ToArray());
        });
        memory.Runs = runs;
        if (StepTrace.On)
        {
            StepTrace.Ran(context.StepName, name, runs.Where((run, i) => i >= last.Length || !ReferenceEquals(run.Outputs, last[i].Outputs)).Count(), runs.Length);
        }
        foreach (var run in runs)
        {
            if (run.Diagnostics.Length > 0)
            {
                context.Diagnostics.AddRange(run.Diagnostics);
            }
        }
        return Task.FromResult(Flatten(Array.ConvertAll(runs, r => r.Outputs)));
    }

    // Usually one output per input: then the outputs go on as one array without another copy.
    private static ImmutableArray<Document> Flatten(Document[][] outputs)
    {
        var total = 0;
        var single = true;
        foreach (var made in outputs)
        {
            total += made.Length;
            single &= made.Length == 1;
        }
        if (single)
        {
            return ImmutableCollectionsMarshal.AsImmutableArray(Array.ConvertAll(outputs, made => made[0]));
        }
        var all = new Document[total];
        var at = 0;
        foreach (var made in outputs)
        {
            made.CopyTo(all, at);
            at += made.Length;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }

    /// <summary>One document's run: what it was given, made, read and reported.</summary>
    private sealed record Run(Document Input, Document[] Outputs, ReadSet Reads, Diagnostic[] Diagnostics);

    /// <summary>The step's last run, and a table of it by input for documents that moved (an article added before them).</summary>
    private sealed class Memory
    {
        private Run[] _runs = [];
        private Lazy<Dictionary<Document, Run>> _byInput = new(() => []);

        public Run[] Runs
        {
            get => _runs;
            set
            {
                _runs = value;
                _byInput = new(() =>
                {
                    var table = new Dictionary<Document, Run>(value.Length);
                    foreach (var run in value)
                    {
                        table.TryAdd(run.Input, run);
                    }
                    return table;
                });
            }
        }

        public Run? Find(Document doc) => _byInput.Value.GetValueOrDefault(doc);
    }
}
