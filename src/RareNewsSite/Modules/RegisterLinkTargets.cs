using System.Collections.Immutable;
using System.Runtime.InteropServices;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Markdown.Links;

namespace RareNewsSite.Modules;

/// <summary>
/// Records every article and page (published or not) as a link target with its anchors, so links between
/// Markdown files resolve, and a link to a draft gets a precise message.
/// </summary>
public sealed class RegisterLinkTargets : IModule
{
    /// <summary>Link targets by document, in preview.</summary>
    private sealed class Memo : IdentityMemo<Document, LinkTarget>;

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var now = context.Now;
        if (context.Memory is not { } memory)
        {
            Parallel.ForEach(inputs, doc => context.LinkTargets[doc.Source!] = Target(doc, context, now));
            return Task.FromResult(inputs);
        }
        // In preview the session's table is changed only where a document differs from this step's last run, while
        // the clock has not reached a scheduled date; an unchanged document gives the very same target.
        var schedule = memory.Get<ScheduleVersion>();
        memory.Get<LinkTargetTable>().Register(PipelineEngine.CurrentStep ?? nameof(RegisterLinkTargets), ImmutableCollectionsMarshal.AsArray(inputs)!,
            schedule.Token(now), doc =>
            {
                var target = Target(doc, context, now);
                if (doc.Get<object>(Keys.Record) is Article article)
                {
                    schedule.Watch(article.Date, now);
                }
                return Memoized.Get<Memo, Document, LinkTarget>(memory, doc, target.Published ? "published" : "", context.Diagnostics, _ => target)!;
            });
        return Task.FromResult(inputs);
    }

    private static LinkTarget Target(Document doc, BuildContext context, DateTimeOffset now)
    {
        var (url, published) = doc.Get<object>(Keys.Record) switch
        {
            Article a => (a.UrlPath, FilterPublished.IsPublished(a, context, now)),
            StaticPage p => (p.UrlPath, true),
            _ => throw new InvalidOperationException("Only articles and pages are link targets."),
        };
        return new LinkTarget(url, doc.Get<ImmutableHashSet<string>>(Keys.Anchors), published);
    }
}
