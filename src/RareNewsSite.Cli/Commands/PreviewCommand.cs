using System.ComponentModel;
using System.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Preview;
using RareNewsSite.Themes;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>preview</c>.</summary>
public sealed class PreviewSettings : SiteRequestSettings
{
    [CommandOption("--port <PORT>")]
    [Description("The port on 127.0.0.1. Default: 5080")]
    public int Port { get; init; } = 5080;

    [CommandOption("--host <ADDRESS>")]
    [Description("Listen on another address; only when you really mean to share the preview. Default: 127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    [CommandOption("--no-watch")]
    [Description("Build once and serve; do not watch for changes.")]
    public bool NoWatch { get; init; }

    [CommandOption("--no-reload")]
    [Description("Do not add the live reload script to served pages.")]
    public bool NoReload { get; init; }

    [CommandOption("--no-cache")]
    [Description("Do not serve the last preview's pages while the first build runs, nor save this one's in .rarenews/cache/preview/.")]
    public bool NoCache { get; init; }

    [CommandOption("--debounce <MS>")]
    [Description("Quiet time after the last change before rebuilding. Default: 100")]
    public int Debounce { get; init; } = 100;
}

/// <summary>
/// <c>preview</c>: builds the site with drafts and future posts into memory, serves it on 127.0.0.1:5080, watches
/// <c>input/</c>, <c>theme/</c> and <c>statiq.json</c>, rebuilds what changed, and then reloads open pages.
/// </summary>
public sealed class PreviewCommand(Output output) : AsyncCommand<PreviewSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PreviewSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            // Before the first build, which can take a while on a large site.
            Ports.EnsureFree(settings.Host, settings.Port);
            return await PreviewAsync(settings, cancellationToken);
        }
        catch (PortInUseException e)
        {
            output.Error.WriteLine($"error: {e.Message}");
            return CliApp.BadUsage;
        }
    }

    private async Task<int> PreviewAsync(PreviewSettings settings, CancellationToken cancellationToken)
    {
        // Drafts and future posts are shown (with a banner); everything else as `build` would do it.
        var request = settings.ToRequest(drafts: true, future: true);
        // The last preview's pages are served while the first build runs; pages open on one that build makes otherwise reload.
        var saved = settings.NoCache ? null : SavedPages.InFolder(SavedPages.FolderOf(settings.Root));
        using var session = new PreviewSession(ThemeOverlay.OverBuiltIn(settings.Root), request, saved);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        // The server is set up and started alongside the first build (the web host's own start-up is then not on top of
        // the build's) and serves each page as soon as that build has made it. The site is watched from before the first
        // build, so a save made while it runs (an editor may already be reading its first pages) is built right after it.
        var server = new PreviewServer(session, settings.Host, settings.Port, reload: !settings.NoReload);
        var serving = Task.Run(() => server.RunAsync(stop.Token), CancellationToken.None);
        using var loop = settings.NoWatch ? null : new PreviewLoop(settings.Root, TimeSpan.FromMilliseconds(settings.Debounce),
            (changes, token) => RebuildAsync(session, changes, token), stop.Token);
        await RebuildAsync(session, null, stop.Token);
        output.Out.WriteLine($"Previewing at {server.Address} with drafts and future posts (Ctrl+C to stop)");
        await serving;
        output.Out.WriteLine("Preview stopped");
        return CliApp.Success;
    }

    private async Task RebuildAsync(PreviewSession session, ChangeSet? changes, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var result = await session.RebuildAsync(changes, cancellationToken);
            output.Report(result.Result.Diagnostics);
            var what = changes is null ? "" : $" ({string.Join(", ", changes.Paths.Take(3))}{(changes.Paths.Count > 3 ? ", …" : "")})";
            output.Out.WriteLine(PreviewSession.Describe(result, stopwatch.Elapsed) + what);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
