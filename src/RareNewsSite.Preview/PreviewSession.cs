using System.Collections.Immutable;
using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.IO;
using RareNewsSite.Markdown;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Preview;

/// <summary>
/// The preview's build loop: one build at a time over a cached view of the site root; after each build the
/// served state is swapped (the last good files stay when it failed) and only then are open pages told to reload.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    private readonly CachingFileSystem _files;
    private readonly IncrementalBuilder _builder;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile PreviewState _state = PreviewState.Empty;
    // Editor panels by article view, as of the last good build: a view is the same object while its article is unchanged.
    private Dictionary<ArticleView, Measured> _editorInfo = new(ReferenceEqualityComparer.Instance);
    // The last good build's documents (its panels are the served state's), each article's page by source, and the
    // files that had warnings.
    private IReadOnlyList<Document>? _editorDocuments;
    private Dictionary<string, (string Destination, Document Document)> _articleBySource = new(StringComparer.Ordinal);
    private HashSet<string> _warned = new(StringComparer.Ordinal);

    /// <summary>A session over <paramref name="files"/>, with drafts and future posts unless the request says otherwise.</summary>
    public PreviewSession(ISiteFileSystem files, BuildRequest request)
    {
        _files = new CachingFileSystem(files);
        _builder = new IncrementalBuilder(_files, request);
    }

    /// <summary>What is served now.</summary>
    public PreviewState State => _state;

    /// <summary>Open pages waiting for a reload.</summary>
    public ReloadHub Reloads { get; } = new();

    /// <summary>Rebuilds after <paramref name="changes"/> (null: everything), swaps the served state, then tells pages to reload.</summary>
    public async Task<IncrementalBuildResult> RebuildAsync(ChangeSet? changes, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _files.Invalidate(changes ?? ChangeSet.Everything);
            var result = await _builder.BuildAsync(changes, cancellationToken);
            var articles = result.Result.Succeeded ? EditorData(result) : _state.Articles;
            _state = new PreviewState(_builder.Outputs, result.Result.Diagnostics, articles, _state.Version + 1, _builder.LinkRoot);
            Reloads.Broadcast("reload");
            _builder.Sweep(); // after the reload message: the pages are on their way while the caches are tidied
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    // A new dictionary per build, never changed once made (the server reads it while the next build runs). Every
    // one of 10,000 articles would pass through here on every save, so a document at the same position as in the
    // last good build is not even looked at: the same page document has the same view, and so the same panel.
    // Warnings belong to their own file, so only articles with warnings now or before are looked at again.
    private Dictionary<string, EditorInfo> EditorData(IncrementalBuildResult result)
    {
        var documents = result.Documents;
        var diagnosticsByPath = result.Result.Diagnostics.ToLookup(d => d.Span.Path, StringComparer.Ordinal);
        var last = _editorDocuments;
        var incremental = last is not null && last.Count == documents.Count;
        var articles = incremental ? new Dictionary<string, EditorInfo>(_state.Articles, StringComparer.Ordinal) : new Dictionary<string, EditorInfo>(StringComparer.Ordinal);
        // Without the last build's positions (documents came or went) every page is looked at, and the panels
        // of views seen before are still reused; what this pass does not see is forgotten.
        var measured = incremental ? _editorInfo : new Dictionary<ArticleView, Measured>(_editorInfo.Count, ReferenceEqualityComparer.Instance);
        if (!incremental)
        {
            _articleBySource = new(StringComparer.Ordinal);
        }
        void Show(Document doc, string destination)
        {
            var view = doc.Get<ArticleView>(Keys.View);
            IReadOnlyList<Diagnostic> warnings = diagnosticsByPath.Contains(view.Source) ? [.. diagnosticsByPath[view.Source]] : [];
            // An unchanged article keeps its numbers: measuring 10,000 articles on every save would cost more than the build.
            if (!_editorInfo.TryGetValue(view, out var known) || !known.Warnings.SequenceEqual(warnings))
            {
                known = new Measured(Measure(doc, view, warnings), warnings);
            }
            measured[view] = known;
            articles[destination] = known.Info;
            _articleBySource[view.Source] = (destination, doc);
        }
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            if (incremental && ReferenceEquals(doc, last![i]))
            {
                continue;
            }
            if (doc.Destination is { } destination && doc.GetOrDefault<string>(Keys.PageKind) == "article")
            {
                Show(doc, destination);
            }
        }
        foreach (var destination in result.Deleted)
        {
            articles.Remove(destination);
        }
        var warned = diagnosticsByPath.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var source in warned.Concat(_warned))
        {
            if (_articleBySource.TryGetValue(source, out var page) && articles.ContainsKey(page.Destination))
            {
                Show(page.Document, page.Destination);
            }
        }
        (_editorDocuments, _warned, _editorInfo) = (documents, warned, measured);
        return articles;
    }

    private sealed record Measured(EditorInfo Info, IReadOnlyList<Diagnostic> Warnings);

    private static EditorInfo Measure(Document doc, ArticleView view, IReadOnlyList<Diagnostic> warnings)
    {
        var prose = ProseText.Paragraphs(doc.Get<MarkdownDocument>(Keys.MarkdownAst)).ToList();
        var readability = Readability.Of(prose);
        var longSentences = Readability.LongSentences(prose);
        return new EditorInfo(view.Source, readability, view.Words, view.ReadingMinutes, longSentences,
            EditorInfo.WarningsFor(view.Source, readability, longSentences, warnings));
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>Times a build for the terminal.</summary>
    public static string Describe(IncrementalBuildResult result, TimeSpan elapsed) =>
        result.Result.Succeeded
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Rebuilt in {elapsed.TotalMilliseconds:0} ms: {result.Rendered} pages rendered, {result.Reused} reused, {result.Written.Count + result.Deleted.Count} files changed; {result.Result.Warnings} warnings")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Build failed in {elapsed.TotalMilliseconds:0} ms: {result.Result.Errors} errors, {result.Result.Warnings} warnings; still serving the last good site");
}
