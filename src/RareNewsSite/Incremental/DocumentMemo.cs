using System.Collections.Immutable;
using System.Runtime.InteropServices;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;

namespace RareNewsSite.Incremental;

/// <summary>
/// Per-document steps in preview: a module handed the same input document object as in an earlier build, with
/// an equal <c>extra</c> key (what else the step reads, such as the link targets' version), hands back the very
/// same output document and reports its warnings again, without doing the work or allocating. Documents at the
/// same position as in the last good build are found by comparing two arrays of pointers (<see cref="StepRuns"/>),
/// the others in a table by identity. Because each step's output is the next step's input, an unchanged file flows
/// through a whole pipeline untouched, so a rebuild's cost follows what changed rather than the size of the site.
/// Each module type has its own table; a plain build has no memory and just runs the step.
/// </summary>
public static class DocumentMemo
{
    /// <summary>
    /// Maps every document with <paramref name="key"/> as every document's extra key
    /// (what the step reads besides the document is the same for all of them), by position first (see the other overload).
    /// </summary>
    public static ImmutableArray<Document> MapAll<TModule>(BuildContext context, ImmutableArray<Document> inputs, object? key,
        Func<Document, DiagnosticBag, Document?> step, CancellationToken cancellationToken) =>
        MapAll<TModule>(context, inputs, key, _ => key, step, cancellationToken);

    /// <summary>
    /// Maps every document, in parallel and in order: first by position, then by identity, then by running the step. A
    /// document that is the very one the last good build's run of this step had at the same position, with an
    /// equal <paramref name="listKey"/>, gets that run's output without being looked at (see <see cref="StepRuns"/>).
    /// Any other document that is the very input of an earlier run, with an equal extra key (what else the step read
    /// for it), gets that run's output too. The list key must stand for everything <paramref name="extraOf"/> reads
    /// besides the document itself: while it is equal, an unchanged document's extra key is equal too.
    /// </summary>
    /// <param name="context">The build.</param>
    /// <param name="inputs">The step's documents.</param>
    /// <param name="listKey">What the step reads for every document besides the document itself.</param>
    /// <param name="extraOf">A document's own extra key, asked only for documents not handed on by position.</param>
    /// <param name="step">Makes a document's output (null drops it), reporting to the bag it is given.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <param name="kept">Told of each output found by identity rather than made (it may come from a build that failed).</param>
    /// <param name="handedOn">Told how many outputs were handed on by position.</param>
    public static ImmutableArray<Document> MapAll<TModule>(BuildContext context, ImmutableArray<Document> inputs, object? listKey,
        Func<Document, object?> extraOf, Func<Document, DiagnosticBag, Document?> step, CancellationToken cancellationToken,
        Action<Document, Document?>? kept = null, Action<int>? handedOn = null)
    {
        if (context.Memory is null)
        {
            return ParallelDocuments.Select(inputs, doc => step(doc, context.Diagnostics), cancellationToken);
        }
        var table = context.Memory.Get<Table<TModule>>();
        var documents = ImmutableCollectionsMarshal.AsArray(inputs)!;
        var outputs = new Document?[documents.Length];
        var reported = new IReadOnlyList<Diagnostic>?[documents.Length];
        var changed = Handed<TModule>(context, documents, listKey, outputs, reported);
        handedOn?.Invoke(documents.Length - changed.Count);
        Parallel.For(0, changed.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var doc = documents[changed[i]];
            var made = false;
            var output = table.GetOrCompute(doc, extraOf(doc), out var own, bag =>
            {
                made = true;
                return step(doc, bag);
            });
            if (!made)
            {
                kept?.Invoke(doc, output);
            }
            outputs[changed[i]] = output;
            reported[changed[i]] = own.Count > 0 ? own : null;
        });
        foreach (var diagnostics in reported)
        {
            if (diagnostics is not null)
            {
                context.Diagnostics.AddRange(diagnostics);
            }
        }
        context.Memory.Steps.Stage(StepName<TModule>(), new StepRuns.Run(listKey, documents, outputs, reported));
        return ParallelDocuments.WithoutNulls(outputs);
    }

    /// <summary>
    /// For a step that hands on its inputs as they are and acts on each (writing files): the positions whose document is
    /// not the very one the last good build's run of this step had there, so acted on then. Every position without a memory.
    /// </summary>
    public static IReadOnlyList<int> Unhanded<TModule>(BuildContext context, ImmutableArray<Document> inputs)
    {
        if (context.Memory is null)
        {
            return Enumerable.Range(0, inputs.Length).ToArray();
        }
        var documents = ImmutableCollectionsMarshal.AsArray(inputs)!;
        var unhanded = Handed<TModule>(context, documents, null, new Document?[documents.Length], new IReadOnlyList<Diagnostic>?[documents.Length]);
        context.Memory.Steps.Stage(StepName<TModule>(), new StepRuns.Run(null, documents, documents, new IReadOnlyList<Diagnostic>?[documents.Length]));
        return unhanded;
    }

    /// <summary>
    /// The last good build's run of <paramref name="part"/> of the running step (a whole-list check it makes besides
    /// its per-document work), and stages <paramref name="run"/> in its place; null without a memory or such a run.
    /// </summary>
    public static StepRuns.Run? Exchange<TModule>(BuildContext context, string part, StepRuns.Run run)
    {
        if (context.Memory is null)
        {
            return null;
        }
        var name = StepName<TModule>() + "/" + part;
        var last = context.Memory.Steps.Last(name);
        context.Memory.Steps.Stage(name, run);
        return last;
    }

    /// <summary>
    /// Fills <paramref name="outputs"/> and <paramref name="reported"/> from the last good run of this step wherever
    /// it had the very same document, and gives the other positions.
    /// </summary>
    private static List<int> Handed<TModule>(BuildContext context, Document[] documents, object? listKey, Document?[] outputs,
        IReadOnlyList<Diagnostic>?[] reported)
    {
        var changed = new List<int>();
        var last = context.Memory!.Steps.Last(StepName<TModule>());
        var same = last is not null && last.SameKey(listKey);
        for (var i = 0; i < documents.Length; i++)
        {
            if (same && last!.Holds(documents, i))
            {
                outputs[i] = last.Outputs[i];
                reported[i] = last.Reported[i];
            }
            else
            {
                changed.Add(i);
            }
        }
        return changed;
    }

    // The running step's name, or the module's when it runs outside a pipeline (a test calling it directly).
    private static string StepName<TModule>() => PipelineEngine.CurrentStep ?? typeof(TModule).Name;

    /// <summary>One module type's outputs by input document.</summary>
    private sealed class Table<TModule> : IdentityMemo<Document, Document>;
}
