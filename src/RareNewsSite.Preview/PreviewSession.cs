using RareNewsSite.Building;
using RareNewsSite.Diagnostics;
using RareNewsSite.IO;

namespace RareNewsSite.Preview;

/// <summary>
/// The preview's build loop: one build at a time over a cached view of the site root; after each build the
/// served state is swapped (the last good files stay when it failed) and only then are open pages told to reload.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    private readonly CachingFileSystem _files;
    private readonly SiteSession _site;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile PreviewState _state = PreviewState.Empty;
    // Requests that came before the first build go on, on the thread that published it, rather than being queued
    // behind the build that starts next.
    private readonly TaskCompletionSource _published = new();
    private bool _served;
    private volatile PagesSoFar? _soFar;
    private readonly SavedPages? _saved;
    private SavedPagesServed? _savedServed;

    /// <summary>
    /// A session over <paramref name="files"/>, with drafts and future posts unless the request says otherwise. With
    /// <paramref name="saved"/>, the pages of the last preview are served while the first build runs, and each good build
    /// is saved there for the next one.
    /// </summary>
    public PreviewSession(ISiteFileSystem files, BuildRequest request, SavedPages? saved = null)
    {
        _files = new CachingFileSystem(files);
        _site = new SiteSession(_files, request);
        _saved = saved;
        _savedServed = saved is null ? null : new SavedPagesServed(saved);
    }

    /// <summary>Finishes when every good build so far is saved for the next preview (at once without saved pages).</summary>
    public Task Saved => _saved?.Saved ?? Task.CompletedTask;

    /// <summary>What is served now.</summary>
    public PreviewState State => _state;

    /// <summary>
    /// What open pages are told when the build after the first one is done and nothing changed: only pages served before
    /// their editor panel could be measured listen for it, and reload.
    /// </summary>
    public const string PanelMessage = "panel";

    /// <summary>Finishes when the first build has been published, good or not: a server started before it waits for it.</summary>
    public Task Published => _published.Task;

    /// <summary>
    /// Until the first build is published: the files it has made so far, each as that build will publish it, so a page is
    /// served as soon as it is made rather than once the whole site is (at 10,000 articles the home page is ready seconds
    /// before the last article page). Null once a build has been published.
    /// </summary>
    public PagesSoFar? PagesSoFar => _soFar;

    /// <summary>
    /// Until a build has succeeded: the file the last preview served at <paramref name="path"/> (an output path), noted as
    /// served, so that open pages reload if that build makes it otherwise. Null when there is none that can be trusted,
    /// when the first build's <c>LinkRoot</c> is known to be another, and once a build has succeeded.
    /// </summary>
    internal byte[]? SavedPage(string path)
    {
        var linkRoot = _soFar?.LinkRoot;
        return _savedServed is { } served && (linkRoot is null || linkRoot == served.LinkRoot) ? served.Serve(path) : null;
    }

    /// <summary>The pages of the last preview, served until a build has succeeded; null without, or after.</summary>
    internal SavedPages? SavedPages => _savedServed is null ? null : _saved;

    /// <summary>
    /// Finishes when the build the session remembers is done: at once, except until the first build is published and
    /// then until the one behind it ends.
    /// </summary>
    public Task Remembered => _state.Version == 0 ? RememberedAfterPublished() : _state.Remembering ?? Task.CompletedTask;

    /// <summary>
    /// The version of what is served now: until the first build is published, the version it is published as when it
    /// succeeds, as the files it has made so far (<see cref="PagesSoFar"/>) are already served under that version.
    /// </summary>
    public int ServedVersion => _state.Version == 0 ? FirstVersion : _state.Version;

    /// <summary>The version of the first build when it succeeds; a failed first build whose files were served early skips it.</summary>
    public const int FirstVersion = 1;

    /// <summary>Open pages waiting for a reload.</summary>
    public ReloadHub Reloads { get; } = new();

    /// <summary>
    /// Rebuilds after <paramref name="changes"/> (null: everything), swaps the served state, then tells pages to reload.
    /// Until a build has succeeded, a build runs as <c>build</c> does, remembering nothing, so the first page is served
    /// sooner; the session then builds once more in the background, remembering what each step made, and later builds
    /// wait for that one and redo only what their changes touch (<see cref="PreviewState.Remembering"/>). When it is done,
    /// open pages are told <see cref="PanelMessage"/> (or to reload, if a file changed in between).
    /// </summary>
    public async Task<SessionBuildResult> RebuildAsync(ChangeSet? changes, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _files.Invalidate(changes ?? ChangeSet.Everything);
            var first = !_served;
            var soFar = _state.Version == 0 ? _soFar = new PagesSoFar() : null;
            var result = first ? await _site.BuildUnrememberedAsync(soFar, cancellationToken) : await _site.BuildAsync(cancellationToken);
            // From a good build on no saved page is served: each file is that build's, or waits for it to be published. Until
            // then (a first build that failed) the saved pages stand in for the last good site, under the error overlay.
            var savedDiffer = result.Result.Succeeded
                && Interlocked.Exchange(ref _savedServed, null)?.Close().Any(p => !_site.Outputs.TryGetValue(p.Key, out var now) || !now.AsSpan().SequenceEqual(p.Value)) == true;
            _served |= result.Result.Succeeded;
            var remembering = first && result.Result.Succeeded ? RememberAsync(cancellationToken) : null;
            if (soFar is not null && BeforeFirstPublished is { } before)
            {
                await before();
            }
            // The files the first build made were served as they are published, under FirstVersion: pages open on them
            // need no reload, unless one was replaced later (two pages at one address) or the build failed, whose pages
            // must reload to show the overlay and whose version then differs from theirs. So must pages served from the last
            // preview's saved pages when one of those is not what this build made (an edit made while no preview ran).
            var servedAlready = soFar is not null && result.Result.Succeeded && !soFar.Rewritten && !savedDiffer;
            Publish(result, soFar is not null && (!result.Result.Succeeded || savedDiffer) ? FirstVersion + 1 : _state.Version + 1, remembering);
            _soFar = null;
            _published.TrySetResult();
            if (!servedAlready)
            {
                Reloads.Broadcast("reload");
            }
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RememberedAfterPublished()
    {
        await _published.Task;
        await Remembered;
    }

    /// <summary>
    /// For tests: awaited once the first build is done and before it is published, so that what is served from
    /// <see cref="PagesSoFar"/> can be seen whatever the machine's speed.
    /// </summary>
    internal Func<Task>? BeforeFirstPublished { get; set; }

    /// <summary>
    /// For tests: awaited before the build behind the first one starts, so that what is served while it runs can be seen
    /// whatever the machine's speed.
    /// </summary>
    internal Func<Task>? BeforeRemembering { get; set; }

    // Builds again with the engine's cache after a first build that remembered nothing. Its pages are the same bytes, so
    // nothing is reloaded, unless a file changed in between (that change's own rebuild comes after this one).
    private async Task RememberAsync(CancellationToken cancellationToken)
    {
        await Task.Yield(); // the caller holds the gate: go on once it has published the first build
        try
        {
            if (BeforeRemembering is { } before)
            {
                await before();
            }
            await _gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return; // stopping
        }
        try
        {
            var result = await _site.BuildAsync(cancellationToken);
            var changed = result.Written.Count + result.Deleted.Count > 0 || !result.Result.Diagnostics.SequenceEqual(_state.Diagnostics);
            Publish(result, changed ? _state.Version + 1 : _state.Version, null);
            Reloads.Broadcast(changed ? "reload" : PanelMessage);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Publish(SessionBuildResult result, int version, Task? remembering)
    {
        if (result.Result.Succeeded && _saved is not null)
        {
            var pages = _site.Pages;
            _saved.Save(_site.Outputs, _site.LinkRoot, path => pages.TryGetValue(path, out var page) && SiteSession.IsArticlePage(page), _site.IsApplication);
        }
        var (facts, later, applications) = result.Result.Succeeded
            ? (_site.Facts, _site.FactsLater, _site.IsApplication)
            : (_state.Facts, _state.FactsLater, _state.IsApplication);
        _state = new PreviewState(_site.Outputs, result.Result.Diagnostics, facts, version, _site.LinkRoot, applications)
        {
            FactsLater = later,
            Remembering = remembering ?? (result.Result.Succeeded ? null : _state.Remembering),
        };
    }

    /// <summary>
    /// Waits for a save of the saved pages under way (it runs in the background, and nothing may write into the site's
    /// folder once its session is gone: a test that deleted the folder then found files appearing in it), then lets go.
    /// A preview killed while saving is safe too: a file that does not match its listed hash is never served.
    /// </summary>
    public void Dispose()
    {
        try
        {
            Saved.Wait();
        }
        catch (AggregateException)
        {
            // A save that failed is only a slower start next time.
        }
        _gate.Dispose();
    }

    /// <summary>Times a build for the terminal.</summary>
    public static string Describe(SessionBuildResult result, TimeSpan elapsed) =>
        result.Result.Succeeded
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Rebuilt in {elapsed.TotalMilliseconds:0} ms: {Counts.Of(result.Made, "page")} made, {Counts.Of(result.Written.Count + result.Deleted.Count, "file")} changed; {Counts.Of(result.Result.Warnings, "warning")}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Build failed in {elapsed.TotalMilliseconds:0} ms: {Counts.Summary(result.Result.Errors, result.Result.Warnings)}; still serving the last good site");
}
