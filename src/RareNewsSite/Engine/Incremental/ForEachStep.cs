using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// Runs a per-document module over every document, in parallel and in order; each document gives any number of
/// outputs. With a <see cref="BuildCache"/>, a document equal to one of the last run's inputs (the very same object,
/// usually, because the step before kept it) gets that run's outputs and diagnostics again, while what the module
/// read for it is still the same. A document the module is run for again and that gives an output equal to the last
/// one at its position hands on the last one, so the steps after it see the very same document and skip it too.
/// </summary>
/// <remarks>
/// The last run is kept as parallel arrays (inputs, outputs, reads, diagnostics) rather than an object per document:
/// at 10,000 documents, the documents and records of a 3 GB heap are mostly cache misses, and a position whose input is
/// the very same object is handed on by comparing and copying array slots without touching either document.
/// </remarks>
internal sealed class ForEachStep(string name, Func<Document, BuildContext, Document[]> module) : IModule
{
    public string Name => name;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        if (state.Cache is null)
        {
            var all = new Document[inputs.Length][];
            Parallel.For(0, inputs.Length, options, i => all[i] = module(inputs[i], context));
            return Task.FromResult(Flatten(all));
        }
        var started = Stopwatch.GetTimestamp();
        var memory = state.Cache.Step<Memory>(context.StepName);
        var last = memory.Last;
        var docs = ImmutableCollectionsMarshal.AsArray(inputs)!;
        var run = memory.NewRun(docs.Length);
        var redone = 0;
        void Visit(int i)
        {
            var doc = docs[i];
            var at = i < last.Inputs.Length && (ReferenceEquals(last.Inputs[i], doc) || last.Inputs[i].Equals(doc)) ? i : memory.Find(doc, i);
            if (at >= 0 && last.Reads[at].IsValid(state))
            {
                run.Take(i, doc, last, at);
                return;
            }
            if (at >= 0 && StepTrace.On)
            {
                StepTrace.Why(context.StepName, doc.Source ?? doc.Destination ?? name, last.Reads[at], state);
            }
            var log = new ReadLog();
            var bag = new DiagnosticBag();
            var outputs = module(doc, context.ForRun(log, bag));
            var previous = at >= 0 ? last.Outputs[at] : i < last.Outputs.Length ? last.Outputs[i] : [];
            for (var o = 0; o < outputs.Length && o < previous.Length; o++)
            {
                if (!ReferenceEquals(outputs[o], previous[o]) && outputs[o].Equals(previous[o]))
                {
                    outputs[o] = previous[o];
                }
            }
            var reported = bag.ToArray();
            run.Set(i, doc, outputs, log.ToSet(state.ReadSets), reported.Length > 0 ? reported : null);
            Interlocked.Increment(ref redone);
        }
        // Usually only a few documents are new or read something that changed: the rest are the last run's, copied.
        if (memory.Touched(docs, state) is { } touched)
        {
            run.CopyFrom(last);
            var positions = touched.ToArray();
            Parallel.For(0, positions.Length, options, k => Visit(positions[k]));
            memory.Index!.Replace(positions, last.Reads, run.Reads, state);
        }
        else
        {
            Parallel.For(0, docs.Length, options, Visit);
            memory.Index = null;
        }
        memory.ValidatedIn = state.Number;
        memory.Last = run;
        foreach (var reported in run.Reported)
        {
            if (reported is not null)
            {
                context.Diagnostics.AddRange(reported);
            }
        }
        if (StepTrace.On)
        {
            StepTrace.Ran(context.StepName, name, redone, docs.Length, Stopwatch.GetElapsedTime(started));
        }
        return Task.FromResult(run.Flat() ?? Flatten(run.Outputs));
    }

    /// <summary>What the module makes of <paramref name="doc"/>, run as it is.</summary>
    internal Document[] Make(Document doc, BuildContext context) => module(doc, context);

    /// <summary>
    /// Runs consecutive per-document <paramref name="steps"/> (each with its context) in a build without a cache as one pass
    /// per document: each document goes through every step before the next is taken, so no step's outputs are all held at
    /// once, and <paramref name="final"/>, when given, gets each document as it leaves the last step (with its place in the
    /// outputs) and gives back what to keep of it. The same outputs, in the same order, as running the steps one by one.
    /// </summary>
    /// <remarks>
    /// In a build with a cache on disk (<see cref="BuildState.Traces"/>) each document's reads through the steps are noted,
    /// and what the steps make is traced from them; a document whose run the last build kept, with every read the same,
    /// gets what that run made without the steps running (<see cref="Traces.Reuse"/>). <paramref name="reusePages"/> says
    /// that the steps make files of the output, which are then taken from the last output.
    /// </remarks>
    internal static ImmutableArray<Document> RunChain(
        IReadOnlyList<ForEachStep> steps, IReadOnlyList<BuildContext> contexts, ImmutableArray<Document> inputs,
        Func<Document, long, Document>? final, CancellationToken cancellationToken, bool reusePages = false)
    {
        var all = new Document[inputs.Length][];
        var traces = contexts.Count > 0 ? contexts[0].State.Traces : null;
        var chain = traces is null ? "" : string.Join('+', contexts.Select(c => c.StepName).Zip(steps, (name, step) => $"{name}:{step.Name}"));
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var made = traces is null ? Through(steps, contexts, 0, inputs[i]) : Traced(traces, chain, steps, contexts, inputs[i], reusePages);
            for (var j = 0; final is not null && j < made.Length; j++)
            {
                var written = final(made[j], ((long)i << 24) | (uint)j);
                LentBytes.GiveBack(made[j], written);
                made[j] = written;
            }
            all[i] = made;
        });
        return Flatten(all);
    }

    // One document through the steps in a build with a cache on disk: reused from the last build's run, or run with its
    // reads noted, its outputs traced and the run kept for the next build.
    private static Document[] Traced(Traces traces, string chain, IReadOnlyList<ForEachStep> steps, IReadOnlyList<BuildContext> contexts, Document input, bool pages)
    {
        var state = contexts[0].State;
        BuildContext[] Noting(ReadLog log, DiagnosticBag bag) => [.. contexts.Select(c => c.ForRun(log, bag))];
        if (traces.Reusable(chain, input.Trace, state) is { } reusable && reusable.Pages == pages)
        {
            contexts[0].Diagnostics.AddRange(reusable.Diagnostics);
            traces.Keep(reusable, reused: true);
            // Made again only if a value not kept is read or the file is not in the last output as listed: silently, as
            // what it reports was reported above.
            return traces.Reuse(reusable, () => Through(steps, Noting(new ReadLog(), new DiagnosticBag()), 0, input));
        }
        var log = new ReadLog();
        var bag = new DiagnosticBag();
        var made = Through(steps, Noting(log, bag), 0, input);
        var (reads, readsHash) = traces.Hash(log, state);
        for (var j = 0; j < made.Length; j++)
        {
            if (!ReferenceEquals(made[j], input))
            {
                made[j].Trace = Traces.Of(chain, input.Trace, readsHash, j);
            }
        }
        var reported = bag.ToArray();
        contexts[0].Diagnostics.AddRange(reported);
        if (input.Trace != UInt128.Zero)
        {
            traces.Keep(traces.Run(contexts[0].PipelineName, chain, input.Trace, reads, made, reported, pages), reused: false);
        }
        return made;
    }

    private static Document[] Through(IReadOnlyList<ForEachStep> steps, IReadOnlyList<BuildContext> contexts, int step, Document doc)
    {
        var outputs = steps[step].Make(doc, contexts[step]);
        if (step == steps.Count - 1)
        {
            return outputs;
        }
        if (outputs.Length == 1)
        {
            return Through(steps, contexts, step + 1, outputs[0]);
        }
        return [.. outputs.SelectMany(output => Through(steps, contexts, step + 1, output))];
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

    /// <summary>One run of the step, position by position: what each document was, made, read and reported.</summary>
    private sealed class Run
    {
        public Run(int length, Run? spare = null)
        {
            // A spare run's arrays are reused (cleared as each position is written); the outputs escape to the steps after
            // this one, so they are always new.
            var reuse = spare is not null && spare.Inputs.Length == length;
            Inputs = reuse ? spare!.Inputs : new Document[length];
            Outputs = reuse ? spare!.Outputs : new Document[length][];
            Reads = reuse ? spare!.Reads : new ReadSet[length];
            Reported = reuse ? spare!.Reported : new Diagnostic[]?[length];
            Single = new Document?[length];
        }

        public static Run Empty { get; } = new(0);

        public Document[] Inputs { get; }

        public Document[][] Outputs { get; }

        public ReadSet[] Reads { get; }

        /// <summary>Diagnostics reported for each position; null for none, so most positions are never looked at.</summary>
        public Diagnostic[]?[] Reported { get; }

        /// <summary>The output of each position that made exactly one, so handing on needs no look at the arrays.</summary>
        public Document?[] Single { get; }

        public void Take(int i, Document doc, Run from, int at)
        {
            Inputs[i] = doc;
            Outputs[i] = from.Outputs[at];
            Reads[i] = from.Reads[at];
            Reported[i] = from.Reported[at];
            Single[i] = from.Single[at];
        }

        /// <summary>Every position as the last run had it.</summary>
        public void CopyFrom(Run last)
        {
            Array.Copy(last.Inputs, Inputs, Inputs.Length);
            Array.Copy(last.Outputs, Outputs, Outputs.Length);
            Array.Copy(last.Reads, Reads, Reads.Length);
            Array.Copy(last.Reported, Reported, Reported.Length);
            Array.Copy(last.Single, Single, Single.Length);
        }

        public void Set(int i, Document doc, Document[] outputs, ReadSet reads, Diagnostic[]? reported)
        {
            Inputs[i] = doc;
            Outputs[i] = outputs;
            Reads[i] = reads;
            Reported[i] = reported;
            Single[i] = outputs.Length == 1 ? outputs[0] : null;
        }

        /// <summary>The outputs as one list when every position made exactly one; null otherwise.</summary>
        // Never written again once the run is over, so the list can be handed on as it is.
        public ImmutableArray<Document>? Flat() => Array.IndexOf(Single, null) < 0 ? ImmutableCollectionsMarshal.AsImmutableArray<Document>(Single!) : null;
    }

    /// <summary>The step's last run, and where each of its inputs was, for documents that moved (an article added before them).</summary>
    private sealed class Memory : IRemembers
    {
        private Run _last = Run.Empty;
        private Run? _spare;
        private Lazy<Dictionary<Document, int>> _byReference = new(() => []);
        private Lazy<Dictionary<Document, int>> _byValue = new(() => []);
        private int _lengthNow;

        public IEnumerable<Document> Documents => _last.Inputs.Concat(Made);

        public IEnumerable<Document> Made => _last.Outputs.SelectMany(o => o);

        public IEnumerable<ReadSet> ReadSets => _last.Reads;

        /// <summary>The last run's reads by what they read; null until a build needs it.</summary>
        public ReadIndex? Index { get; set; }

        /// <summary>The build the last run was made in (0: none yet).</summary>
        public int ValidatedIn { get; set; }

        /// <summary>
        /// The positions of <paramref name="docs"/> that are not the last run's very input or whose reads changed; null when
        /// every position must be looked at (the list's length changed, too much changed, or the change log cannot tell).
        /// </summary>
        public HashSet<int>? Touched(Document[] docs, BuildState state)
        {
            var inputs = _last.Inputs;
            if (ValidatedIn == 0 || inputs.Length != docs.Length || inputs.Length == 0)
            {
                return null;
            }
            Index ??= ReadIndex.Of(_last.Reads, state);
            var touched = Index.Touched(state, ValidatedIn);
            for (var i = 0; touched is not null && i < docs.Length; i++)
            {
                if (!ReferenceEquals(inputs[i], docs[i]))
                {
                    touched.Add(i);
                }
            }
            return touched is not null && touched.Count <= Math.Max(16, docs.Length / 8) ? touched : null;
        }

        /// <summary>A run to fill, on the arrays of the run before the last one when it had as many positions.</summary>
        public Run NewRun(int length)
        {
            var run = new Run(length, _spare);
            _spare = null;
            _lengthNow = length;
            return run;
        }

        public Run Last
        {
            get => _last;
            set
            {
                _spare = _last == Run.Empty ? null : _last;
                _last = value;
                _byReference = new(() => Table(value.Inputs, ReferenceEqualityComparer.Instance));
                _byValue = new(() => Table(value.Inputs, EqualityComparer<Document>.Default));
            }
        }

        /// <summary>
        /// Where the last run had <paramref name="doc"/>, now at <paramref name="position"/>, or -1. A document in the place
        /// of one from the same file in a list as long as the last is an edit of it: no table is made (a table of 10,000
        /// documents costs more than the whole step that finds nothing else to do).
        /// </summary>
        public int Find(Document doc, int position)
        {
            var inputs = _last.Inputs;
            if (position < inputs.Length && inputs.Length == _lengthNow && inputs[position].SameAddress(doc))
            {
                return -1;
            }
            if (_byReference.Value.TryGetValue(doc, out var at))
            {
                return at;
            }
            return _byValue.Value.TryGetValue(doc, out at) ? at : -1;
        }

        private static Dictionary<Document, int> Table(Document[] inputs, IEqualityComparer<Document> comparer)
        {
            var table = new Dictionary<Document, int>(inputs.Length, comparer);
            for (var i = 0; i < inputs.Length; i++)
            {
                table.TryAdd(inputs[i], i);
            }
            return table;
        }
    }
}
