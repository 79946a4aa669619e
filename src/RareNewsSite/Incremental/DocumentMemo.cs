using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;

namespace RareNewsSite.Incremental;

/// <summary>
/// Per-document steps in preview: a module handed the same input document object as in an earlier build, with
/// an equal <c>extra</c> key (what else the step reads, such as the link targets' version), hands back the very
/// same output document and reports its warnings again, without doing the work or allocating.
/// Because each step's output is the next step's input, an unchanged file flows through a whole pipeline as
/// pointer lookups, so a rebuild's cost follows what changed rather than the size of the site.
/// Each module type has its own table; a plain build has no memory and just runs the step.
/// </summary>
public static class DocumentMemo
{
    /// <summary>
    /// The output <typeparamref name="TModule"/> made from <paramref name="input"/> with an equal <paramref name="extra"/>,
    /// or the one <paramref name="step"/> makes now (null drops the document). The step reports to the bag it is given.
    /// </summary>
    public static Document? Map<TModule>(BuildContext context, Document input, object? extra, Func<DiagnosticBag, Document?> step) =>
        Memoized.Get<Table<TModule>, Document, Document>(context.Memory, input, extra, context.Diagnostics, step);

    /// <summary>One module type's outputs by input document.</summary>
    private sealed class Table<TModule> : IdentityMemo<Document, Document>;
}
