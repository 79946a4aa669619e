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

    /// <summary>A session over <paramref name="files"/>, with drafts and future posts unless the request says otherwise.</summary>
    public PreviewSession(ISiteFileSystem files, BuildRequest request)
    {
        _files = new CachingFileSystem(files);
        _site = new SiteSession(_files, request);
    }

    /// <summary>What is served now.</summary>
    public PreviewState State => _state;

    /// <summary>Open pages waiting for a reload.</summary>
    public ReloadHub Reloads { get; } = new();

    /// <summary>Rebuilds after <paramref name="changes"/> (null: everything), swaps the served state, then tells pages to reload.</summary>
    public async Task<SessionBuildResult> RebuildAsync(ChangeSet? changes, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _files.Invalidate(changes ?? ChangeSet.Everything);
            var result = await _site.BuildAsync(cancellationToken);
            var (facts, applications) = result.Result.Succeeded ? (_site.Facts, _site.IsApplication) : (_state.Facts, _state.IsApplication);
            _state = new PreviewState(_site.Outputs, result.Result.Diagnostics, facts, _state.Version + 1, _site.LinkRoot, applications);
            Reloads.Broadcast("reload");
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>Times a build for the terminal.</summary>
    public static string Describe(SessionBuildResult result, TimeSpan elapsed) =>
        result.Result.Succeeded
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Rebuilt in {elapsed.TotalMilliseconds:0} ms: {Counts.Of(result.Made, "page")} made, {Counts.Of(result.Written.Count + result.Deleted.Count, "file")} changed; {Counts.Of(result.Result.Warnings, "warning")}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Build failed in {elapsed.TotalMilliseconds:0} ms: {Counts.Summary(result.Result.Errors, result.Result.Warnings)}; still serving the last good site");
}
