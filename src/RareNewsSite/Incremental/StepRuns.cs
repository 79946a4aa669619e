using System.Collections.Concurrent;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;

namespace RareNewsSite.Incremental;

/// <summary>
/// What each per-document step of the last good preview build was given and made, position by position. A step
/// given the very same document at the same position, with an equal list key (what else it read, for every
/// document at once), makes the same output: one pass of pointer comparisons over two arrays finds that, without
/// touching the documents themselves. Looking each one up by identity (<see cref="IdentityMemo{TKey, TValue}"/>)
/// costs a few cache misses per document, which at 10,000 articles and a dozen steps was most of a rebuild.
/// </summary>
/// <remarks>
/// A build's runs become the ones compared with only when the build succeeds (<see cref="Commit"/>), so a step's
/// side effects that the last good build committed (pages kept in <see cref="RenderCache"/>, files in
/// <see cref="OutputLedger"/>) hold for every position handed on.
/// </remarks>
public sealed class StepRuns
{
    private readonly ConcurrentDictionary<string, Run> _committed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Run> _staged = new(StringComparer.Ordinal);

    /// <summary>The run of <paramref name="step"/> in the last good build, if it had one.</summary>
    public Run? Last(string step) => _committed.GetValueOrDefault(step);

    /// <summary>Records this build's run of <paramref name="step"/>; it counts once the build succeeds.</summary>
    public void Stage(string step, Run run) => _staged[step] = run;

    /// <summary>Starts a build: forgets what a failed build staged.</summary>
    public void Begin() => _staged.Clear();

    /// <summary>The build succeeded: its runs are the ones the next build compares with.</summary>
    public void Commit()
    {
        foreach (var (step, run) in _staged)
        {
            _committed[step] = run;
        }
        _staged.Clear();
    }

    /// <summary>True when <paramref name="before"/> (a list from an earlier build) has the very document <paramref name="now"/> has at <paramref name="index"/>.</summary>
    public static bool SameAt(Document[]? before, Document[] now, int index) =>
        before is not null && index < before.Length && ReferenceEquals(before[index], now[index]);

    /// <summary>Every document some committed run was given (memos keep what these need alive).</summary>
    public IEnumerable<Document> Inputs() => _committed.Values.SelectMany(run => run.Inputs);

    /// <summary>
    /// One run of a step: its list key, its inputs, the output made from each (null: dropped) and the diagnostics
    /// reported for each (null: none).
    /// </summary>
    public sealed record Run(object? ListKey, Document[] Inputs, Document?[] Outputs, IReadOnlyList<Diagnostic>?[] Reported)
    {
        /// <summary>True when position <paramref name="index"/> of <paramref name="inputs"/> holds the very document this run had there.</summary>
        public bool Holds(Document[] inputs, int index) => SameAt(Inputs, inputs, index);

        /// <summary>True when this run was made with a list key equal to <paramref name="listKey"/>.</summary>
        public bool SameKey(object? listKey) => ReferenceEquals(ListKey, listKey) || Equals(ListKey, listKey);
    }
}
