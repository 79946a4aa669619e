using System.Collections.Concurrent;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Links;

namespace RareNewsSite.Incremental;

/// <summary>
/// The link targets of a preview session (each article's and page's address, headings and published state), kept
/// from build to build and changed only where a registering step got a different document at a position than in
/// its last run. <see cref="Version"/> stays the same object while every target is equal to what it was: resolving
/// a document's links is reused while it is the same; a body edit that keeps its headings leaves it alone, a new
/// heading or a renamed slug makes every document resolve again.
/// </summary>
/// <remarks>The table always holds what the last runs registered, whether their builds succeeded or not.</remarks>
public sealed class LinkTargetTable
{
    private readonly ConcurrentDictionary<string, Run> _runs = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Every target, by source path; a preview build resolves links against it.</summary>
    public ConcurrentDictionary<string, LinkTarget> Targets { get; } = new(StringComparer.Ordinal);

    /// <summary>A token renewed whenever a target came, went or changed.</summary>
    public object Version { get; private set; } = new();

    /// <summary>
    /// Registers the targets of <paramref name="documents"/> for <paramref name="step"/>: a document at the same
    /// position as in the step's last run, with the same <paramref name="key"/> (what else a target depends on: the
    /// clock), keeps its target; the others are made by <paramref name="target"/>, and targets of documents gone go.
    /// </summary>
    public void Register(string step, Document[] documents, object? key, Func<Document, LinkTarget> target)
    {
        lock (_lock)
        {
            var previous = _runs.GetValueOrDefault(step);
            var last = previous is not null && ReferenceEquals(previous.Key, key) ? previous : null;
            var before = previous?.Documents ?? [];
            var targets = new LinkTarget[documents.Length];
            var changed = new List<int>();
            for (var i = 0; i < documents.Length; i++)
            {
                if (StepRuns.SameAt(last?.Documents, documents, i))
                {
                    targets[i] = last!.Targets[i];
                }
                else
                {
                    changed.Add(i);
                }
            }
            Parallel.For(0, changed.Count, i => targets[changed[i]] = target(documents[changed[i]]));
            var registered = changed.ToDictionary(i => documents[i].Source!, i => targets[i], StringComparer.Ordinal);
            var renewed = false;
            for (var i = 0; i < before.Length; i++)
            {
                // A source whose document left its position goes, unless a document registers it again below.
                if ((i >= documents.Length || !ReferenceEquals(before[i], documents[i]) || last is null) && !registered.ContainsKey(before[i].Source!))
                {
                    renewed |= Targets.TryRemove(before[i].Source!, out _);
                }
            }
            foreach (var (source, made) in registered)
            {
                renewed |= !Targets.TryGetValue(source, out var old) || !Same(old, made);
                Targets[source] = made;
            }
            if (renewed)
            {
                Version = new object();
            }
            _runs[step] = new Run(documents, targets, key);
        }
    }

    // Anchor sets are the parse's own objects, so an unchanged file gives the same set; an edited one is compared.
    private static bool Same(LinkTarget a, LinkTarget b) =>
        ReferenceEquals(a, b) || a.Published == b.Published && string.Equals(a.UrlPath, b.UrlPath, StringComparison.Ordinal)
            && (ReferenceEquals(a.Anchors, b.Anchors) || a.Anchors.SetEquals(b.Anchors));

    private sealed record Run(Document[] Documents, LinkTarget[] Targets, object? Key);
}
