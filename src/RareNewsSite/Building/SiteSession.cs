using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;

namespace RareNewsSite.Building;

/// <summary>
/// Builds one site again and again, as the preview does, keeping the engine's cache from build to build so each
/// build redoes only what its changes touch. The output is held in memory and replaced only by a build without
/// errors, so the last good site stays available while an error is being fixed. Every build's output is
/// byte-identical to a full build of the same input.
/// </summary>
public sealed class SiteSession(ISiteFileSystem files, BuildRequest request)
{
    private BuildCache _cache = new();

    /// <summary>What the session's builds remembered.</summary>
    internal BuildCache Cache => _cache;
    private bool _remembered = true;
    private SiteSettings? _settings;
    // Immutable, so a build changes only the pages it touched and a served page's facts keep reading the build they came from.
    private ImmutableDictionary<string, Document> _pages = ImmutableDictionary.Create<string, Document>(StringComparer.Ordinal);
    private Dictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private Dictionary<string, Document[]> _documents = new(StringComparer.Ordinal);

    /// <summary>True for an article's page: the pages with editor facts.</summary>
    internal static bool IsArticlePage(Document page) => page.GetOrDefault<string>(Keys.PageKind) == "article";

    /// <summary>True for a page that is an application of its own, served exactly as built (the CMS editor).</summary>
    internal static bool IsApplicationPage(Document page) => page.GetOrDefault<string>(Keys.PageKind) == Modules.BuildCmsFiles.PageKind;

    /// <summary>Where the site's links start (<c>LinkRoot</c>) as of the last build that could read the settings.</summary>
    public string LinkRoot { get; private set; } = "/";

    /// <summary>The last good build's files by output path (empty before the first good build).</summary>
    public ImmutableDictionary<string, byte[]> Outputs { get; private set; } = ImmutableDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The last good build's pages by output path.</summary>
    internal IReadOnlyDictionary<string, Document> Pages => _pages;

    /// <summary>
    /// The editor facts of the last good build's article pages, by output path, measured when asked (one page when it is
    /// served, rather than every article on every save). The function keeps answering for that build.
    /// </summary>
    public Func<string, ArticleFacts?> Facts
    {
        get
        {
            if (!_remembered)
            {
                return static _ => null;
            }
            var pages = _pages;
            var interval = _settings?.ReviewIntervalSpan() ?? Content.Trust.ReviewInterval.None;
            return path => pages.TryGetValue(path, out var page) ? ArticleFacts.Of(page, request.Options.Clock.GetUtcNow(), interval) : null;
        }
    }

    /// <summary>
    /// Whether the editor facts of a page of the last good build come only with the next <see cref="BuildAsync"/>: true for
    /// the article pages of a build made by <see cref="BuildUnrememberedAsync"/>, whose syntax trees were let go.
    /// </summary>
    public Func<string, bool> FactsLater
    {
        get
        {
            if (_remembered)
            {
                return static _ => false;
            }
            var pages = _pages;
            return path => pages.TryGetValue(path, out var page) && IsArticlePage(page);
        }
    }

    /// <summary>
    /// Whether a page of the last good build is an application of its own, served exactly as built: the Decap CMS editor
    /// at <c>/admin/</c>, which the preview's reload script, overlay and panel would disturb.
    /// </summary>
    public Func<string, bool> IsApplication
    {
        get
        {
            var pages = _pages;
            return path => pages.TryGetValue(path, out var page) && IsApplicationPage(page);
        }
    }

    /// <summary>
    /// Builds the site as <c>build</c> does, without the engine's cache: each page is kept as bytes as soon as it is made
    /// and what only the Process phase needs is let go, so a first build is served sooner (the remembered build of 10,000
    /// articles takes a third longer). Nothing is remembered: the next <see cref="BuildAsync"/> makes every page again,
    /// replaces only the files whose bytes differ, and from then on redoes only what changes touch. Until then article
    /// pages have no editor facts (<see cref="FactsLater"/>). The files are written into <paramref name="soFar"/>, when
    /// given, as they are made, so a caller can serve them before the build ends.
    /// </summary>
    public async Task<SessionBuildResult> BuildUnrememberedAsync(PagesSoFar? soFar = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var folder = soFar?.Folder ?? new InMemoryOutputFolder();
        var sink = new PageSink(folder, "");
        Func<string, Document, long, Document> write = soFar is null ? sink.Write : (pipeline, doc, order) =>
        {
            soFar.Note(doc);
            return sink.Write(pipeline, doc, order);
        };
        var (documents, diagnostics, setup) = await SiteBuilder.RunAsync(files, request, null, cancellationToken, write,
            loaded => soFar?.LinkRoot = loaded.SettingsLoaded ? loaded.Settings.LinkRoot : null);
        if (Failed(diagnostics, setup, stopwatch) is { } failed)
        {
            return failed;
        }
        SiteBuilder.WriteRest(sink, documents);
        var pages = SiteBuilder.Pages(documents);
        var kinds = SiteBuilder.CountKinds(pages.Values);
        Outputs = folder.Files.ToImmutableDictionary(StringComparer.Ordinal);
        _pages = pages.ToImmutableDictionary(StringComparer.Ordinal);
        _kinds = kinds;
        _documents = new(StringComparer.Ordinal); // so the next build compares every page's bytes with these
        _remembered = false;
        var written = Outputs.Keys.Order(StringComparer.Ordinal).ToList();
        var result = new BuildResult(diagnostics.ToSortedList(), SiteBuilder.KindsOf(kinds), written.Count, stopwatch.Elapsed);
        return new SessionBuildResult(result, written, [], pages.Count);
    }

    /// <summary>Builds the site as its files are now, remembering what each step made so the next build redoes only what changes touch.</summary>
    public async Task<SessionBuildResult> BuildAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var (documents, diagnostics, setup) = await SiteBuilder.RunAsync(files, request, _cache, cancellationToken);
        var ran = stopwatch.Elapsed;
        if (Failed(diagnostics, setup, stopwatch) is { } failed)
        {
            return failed;
        }
        // Each pipeline's documents are compared with the last good build's by position: only a different document at a
        // position changes what is published, so an edit costs its own pages, not a pass over every page of the site.
        // After a build that remembered nothing there are no documents to compare with: every page is made anew, and
        // every path that build published is looked at again, so one that is no longer made is deleted.
        var afterUnremembered = !_remembered;
        _remembered = true;
        var pages = afterUnremembered ? ImmutableDictionary.CreateBuilder<string, Document>(StringComparer.Ordinal) : _pages.ToBuilder();
        var kinds = afterUnremembered ? new Dictionary<string, int>(StringComparer.Ordinal) : new Dictionary<string, int>(_kinds, StringComparer.Ordinal);
        var touched = new SortedSet<string>(afterUnremembered ? Outputs.Keys : [], StringComparer.Ordinal);
        var added = new List<Document>();
        foreach (var (pipeline, docs) in documents.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var before = _documents.GetValueOrDefault(pipeline) ?? [];
            var now = ImmutableCollectionsMarshal.AsArray(docs)!;
            for (var i = 0; i < Math.Max(before.Length, now.Length); i++)
            {
                var (was, doc) = (i < before.Length ? before[i] : null, i < now.Length ? now[i] : null);
                if (ReferenceEquals(was, doc))
                {
                    continue;
                }
                // Everything that left its position goes first; what came in is added after (a document may just have moved).
                if (was?.Destination is { } gone && pages.TryGetValue(gone, out var published) && ReferenceEquals(published, was))
                {
                    pages.Remove(gone);
                    SiteBuilder.CountKind(kinds, published, -1);
                    touched.Add(gone);
                }
                if (doc?.Destination is not null)
                {
                    added.Add(doc);
                }
            }
        }
        foreach (var doc in added)
        {
            if (pages.TryGetValue(doc.Destination!, out var replaced))
            {
                SiteBuilder.CountKind(kinds, replaced, -1);
            }
            SiteBuilder.CountKind(kinds, doc, 1);
            pages[doc.Destination!] = doc;
            touched.Add(doc.Destination!);
        }
        var outputs = Outputs.ToBuilder();
        var written = new List<string>();
        var deleted = new List<string>();
        foreach (var path in touched)
        {
            if (!pages.TryGetValue(path, out var doc))
            {
                outputs.Remove(path);
                deleted.Add(path);
                continue;
            }
            var bytes = SiteBuilder.Bytes(doc);
            if (!outputs.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytes))
            {
                outputs[path] = bytes;
                written.Add(path);
            }
        }
        Outputs = outputs.ToImmutable();
        _pages = pages.ToImmutable();
        _kinds = kinds;
        _documents = documents.ToDictionary(p => p.Key, p => ImmutableCollectionsMarshal.AsArray(p.Value)!, StringComparer.Ordinal);
        var made = touched.Count;
        if (StepTrace.On)
        {
            StepTrace.Built(ran, stopwatch.Elapsed - ran);
        }
        var result = new BuildResult(diagnostics.ToSortedList(), SiteBuilder.KindsOf(kinds), written.Count, stopwatch.Elapsed);
        return new SessionBuildResult(result, written, deleted, made);
    }

    // Takes the settings a build could read; a build with errors changes nothing that is served.
    private SessionBuildResult? Failed(DiagnosticBag diagnostics, BuildSetup setup, Stopwatch stopwatch)
    {
        if (setup.SettingsLoaded)
        {
            LinkRoot = setup.Settings.LinkRoot;
            if (_settings is not null && _settings != setup.Settings)
            {
                _cache = new BuildCache(); // not needed for correctness: a new cache lets what the old settings made go
            }
            _settings = setup.Settings;
        }
        return diagnostics.HasErrors
            ? new SessionBuildResult(new BuildResult(diagnostics.ToSortedList(), new Dictionary<string, int>(), 0, stopwatch.Elapsed), [], [], 0)
            : null;
    }
}

/// <summary>What one build of a session did: its result, the files it changed or deleted, and how many pages it made anew.</summary>
public sealed record SessionBuildResult(BuildResult Result, IReadOnlyList<string> Written, IReadOnlyList<string> Deleted, int Made);
