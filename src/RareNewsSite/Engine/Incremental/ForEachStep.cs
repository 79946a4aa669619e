using System.Collections.Immutable;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// Runs a per-document module over every document, in parallel and in order. With a <see cref="BuildCache"/>, a
/// document equal to one of the last run's inputs (the very same object, usually, because the step before kept it)
/// gets that run's output and diagnostics again, while what the module read for it is still the same. A document
/// the module is run for again and that gives an output equal to the last one at its position hands on the last
/// one, so the steps after it see the very same document and skip it too.
/// </summary>
internal sealed class ForEachStep(IDocumentModule module) : IModule
{
    public string Name => module.GetType().Name;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.Cache is null)
        {
            return Task.FromResult(ParallelDocuments.Select(inputs, doc => module.Execute(doc, context), cancellationToken));
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
            var log = new ReadLog();
            var bag = new DiagnosticBag();
            var output = module.Execute(doc, context.ForRun(log, bag));
            var previous = match?.Output ?? before?.Output;
            if (output is not null && previous is not null && !ReferenceEquals(output, previous) && output.Equals(previous))
            {
                output = previous;
            }
            runs[i] = new Run(doc, output, log.ToSet(state.ReadSets), bag.ToArray());
        });
        memory.Runs = runs;
        var outputs = new Document?[runs.Length];
        for (var i = 0; i < runs.Length; i++)
        {
            outputs[i] = runs[i].Output;
            if (runs[i].Diagnostics.Length > 0)
            {
                context.Diagnostics.AddRange(runs[i].Diagnostics);
            }
        }
        return Task.FromResult(ParallelDocuments.WithoutNulls(outputs));
    }

    /// <summary>One document's run: what it was given, made (null: dropped), read and reported.</summary>
    private sealed record Run(Document Input, Document? Output, ReadSet Reads, Diagnostic[] Diagnostics);

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
