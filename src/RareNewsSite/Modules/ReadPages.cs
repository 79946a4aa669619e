using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;

namespace RareNewsSite.Modules;

/// <summary>Turns parsed front matter into <see cref="StaticPage"/> records, at <c>/&lt;file name&gt;/</c>.</summary>
public sealed class ReadPages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(DocumentMemo.MapAll<ReadPages>(context, inputs, null, (doc, bag) =>
        {
            var parsed = doc.Get<FrontMatter>(ParseMarkdown.FrontMatterKey);
            var page = Memoized.Get<Memo, FrontMatter, StaticPage>(context.Memory, parsed, null, bag, diagnostics => Read(parsed.ReportingTo(diagnostics), diagnostics));
            return page is null ? null : doc.With(Keys.Record, page);
        }, cancellationToken));

    private static StaticPage? Read(FrontMatter fm, DiagnosticBag diagnostics)
    {
        fm.WarnAboutUnknownKeys(FrontMatterSchema.Page);
        var title = fm.Text("title", required: true);
        var name = Path.GetFileNameWithoutExtension(fm.Path);
        if (!Slugs.IsValid(name))
        {
            diagnostics.Error(SourceSpan.File(fm.Path), DiagnosticIds.InvalidSlug,
                $"page file name \"{name}\" must use lower-case letters, digits and single hyphens");
            return null;
        }
        return title is { Length: > 0 } ? new StaticPage(name, fm.Path, title, fm.Text("description")) : null;
    }

    /// <summary>Pages by parsed front matter, in preview.</summary>
    private sealed class Memo : IdentityMemo<FrontMatter, StaticPage>;
}
