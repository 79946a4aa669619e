using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RareNewsSite.Building;

namespace RareNewsSite.Preview;

/// <summary>
/// Serves a <see cref="PreviewSession"/>'s last good site from memory with Kestrel on 127.0.0.1: GET and HEAD
/// only, nothing but the built files, no caching. HTML responses (only they, and only here) get the preview's
/// additions: the reload script, the error overlay and the editor panel. Build output never contains them.
/// </summary>
public sealed class PreviewServer(PreviewSession session, string host, int port, bool reload = true)
{
    /// <summary>The path prefix of the preview's own endpoints.</summary>
    public const string Prefix = "/_rarenews/";

    // YAML as YAML: Decap CMS reads /admin/config.yml and says so when the type is not YAML.
    private static readonly FileExtensionContentTypeProvider ContentTypes = new() { Mappings = { [".yml"] = "text/yaml", [".yaml"] = "text/yaml" } };

    private static readonly TimeSpan MadeSoFarPoll = TimeSpan.FromMilliseconds(100);

    // What a file made while the first build runs is served as: that build, published, when it succeeds.
    private static readonly PreviewState MadeSoFarState = PreviewState.Empty with { Version = PreviewSession.FirstVersion };

    /// <summary>The address the server listens on.</summary>
    public Uri Address => new($"http://{host}:{port}/");

    /// <summary>Builds the web application without starting it.</summary>
    public WebApplication Build()
    {
        var builder = LocalWebApp.CreateBuilder(Address);
        // Requests are answered on the sockets' own threads rather than queued to the thread pool, which a build keeps
        // busy with its parallel loops: a page asked for while the preview builds in the background (as it does right
        // after starting) would otherwise wait for the build to finish. Answering is a lookup in memory.
        builder.WebHost.UseSockets(o => o.UnsafePreferInlineScheduling = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        app.Run(context => ServeAsync(context, stopping));
        return app;
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled (Ctrl+C), then stops cleanly.</summary>
    public Task RunAsync(CancellationToken cancellationToken) => WebAppRunner.RunUntilStoppedAsync(Build(), Address, cancellationToken);

    private async Task ServeAsync(HttpContext context, CancellationToken stopping)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        var path = request.Path.Value ?? "/";
        switch (path)
        {
            case Prefix + "events" when reload:
                await StreamReloadsAsync(context, stopping);
                return;
            case Prefix + "preview.js" when reload:
                await WriteAsync(context, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Script));
                return;
            case Prefix + "preview.css":
                await WriteAsync(context, 200, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Style));
                return;
        }
        // Started before the first build: a file is served as soon as that build has made it, or as the last preview saved
        // it until then, anything else once it is published. Looked for again every tenth of a second (a page asked for at
        // start-up is not made yet).
        while (session.State.Version == 0)
        {
            if (session.PagesSoFar is { } soFar && MadeSoFar(path, soFar) is { } made)
            {
                await WriteMadeSoFarAsync(context, made.File, made.Bytes, soFar.IsArticle(made.File), soFar.IsApplication(made.File));
                return;
            }
            if (Saved(path) is { } saved)
            {
                await WriteMadeSoFarAsync(context, saved.File, saved.Bytes, saved.Pages.IsArticle(saved.File), saved.Pages.IsApplication(saved.File));
                return;
            }
            await Task.WhenAny(session.Published, Task.Delay(MadeSoFarPoll, stopping));
            stopping.ThrowIfCancellationRequested();
        }
        var state = session.State;
        // No good build yet (the first one failed): the last preview's pages stand in for the last good site, under the
        // error overlay, as a good site does.
        if (state.Files.IsEmpty && Saved(path) is { } kept)
        {
            var html = IsHtml(kept.File) && !kept.Pages.IsApplication(kept.File);
            await WriteAsync(context, 200, TypeOf(kept.File), html ? PreviewPage.Decorate(kept.Bytes, null, state, reload) : kept.Bytes);
            return;
        }
        // A site built for a subfolder (LinkRoot "/news/") links to /news/…: serve it there, as its host will.
        var sitePath = state.SitePath(path);
        if (sitePath is null && path == "/")
        {
            context.Response.Redirect(request.PathBase + state.RequestPath("/") + request.QueryString);
            return;
        }
        var resolved = sitePath is null ? default : SnapshotPaths.Resolve(sitePath, state.Files); // outside the site: 404
        if (resolved.RedirectTo is { } redirect)
        {
            context.Response.Redirect(request.PathBase + state.RequestPath(redirect) + request.QueryString);
            return;
        }
        var file = resolved.File;
        var status = 200;
        if (file is null)
        {
            status = 404;
            file = state.Files.ContainsKey("404.html") ? "404.html" : null;
        }
        if (file is null)
        {
            await WriteAsync(context, 404, "text/html; charset=utf-8", PreviewPage.Decorate(Encoding.UTF8.GetBytes("<!doctype html><title>Not found</title><body><h1>Not found</h1></body>"), null, state, reload));
            return;
        }
        var bytes = state.Files[file];
        // The CMS editor is an application of its own: a reload on every save would interrupt the editor using it.
        if (IsHtml(file) && !state.ServedAsBuilt(file))
        {
            // An article page asked for while the build after the first one runs is served at once, without its panel,
            // and reloads by itself once the panel can be measured.
            var factsLater = state.FactsLater(file);
            var later = factsLater && state.Remembering is { IsCompleted: false };
            if (factsLater && !later)
            {
                state = session.State; // that build has just finished: the page's panel is measured from it
            }
            bytes = PreviewPage.Decorate(bytes, later ? null : state.EditorFor(file), state, reload, later && reload);
        }
        await WriteAsync(context, status, TypeOf(file), bytes);
    }

    // The file the first build has made for a request, while that build runs; null when it has not made it yet (or the
    // request is for a redirect or a page it may never make: those wait for the whole site).
    private static (string File, byte[] Bytes)? MadeSoFar(string path, PagesSoFar soFar)
    {
        if (soFar is not { LinkRoot: { } linkRoot } || SubfolderPaths.SitePath(path, linkRoot) is not { } sitePath
            || SnapshotPaths.Resolve(sitePath, soFar.Files).File is not { } file || !soFar.Files.TryGetValue(file, out var bytes))
        {
            return null;
        }
        return (file, bytes);
    }

    // The file the last preview saved for a request, while the first build has not made it; the session notes it as served.
    private (string File, byte[] Bytes, SavedPages Pages)? Saved(string path)
    {
        if (session.SavedPages is not { LinkRoot: { } linkRoot } pages || SubfolderPaths.SitePath(path, linkRoot) is not { } sitePath
            || SnapshotPaths.Resolve(sitePath, pages.Has).File is not { } file || session.SavedPage(file) is not { } bytes)
        {
            return null;
        }
        return (file, bytes, pages);
    }

    // A file served while the first build runs, as that build will publish it (under FirstVersion): an article page without
    // its editor panel, which comes with the build behind the first, and marked to reload for it. A saved file is served
    // the same way: if it is not what the first build makes, that build is published under another version.
    private Task WriteMadeSoFarAsync(HttpContext context, string file, byte[] bytes, bool article, bool application)
    {
        if (IsHtml(file) && !application)
        {
            bytes = PreviewPage.Decorate(bytes, null, MadeSoFarState, reload, panelLater: reload && article);
        }
        return WriteAsync(context, 200, TypeOf(file), bytes);
    }

    private static bool IsHtml(string file) => TypeOf(file).StartsWith("text/html", StringComparison.Ordinal);

    private static string TypeOf(string file) =>
        ContentTypes.TryGetContentType(file, out var t)
            ? t + (t.StartsWith("text/", StringComparison.Ordinal) || t.EndsWith("javascript", StringComparison.Ordinal) ? "; charset=utf-8" : "")
            : "application/octet-stream";

    private static async Task WriteAsync(HttpContext context, int status, string type, byte[] bytes)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes);
        }
    }

    private async Task StreamReloadsAsync(HttpContext context, CancellationToken stopping)
    {
        using var subscription = session.Reloads.Subscribe();
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.Connection = "keep-alive";
        // The version lets a page that loaded just before a rebuild finished notice it missed the reload.
        await context.Response.WriteAsync($"retry: 500\nevent: hello\ndata: {session.ServedVersion}\n\n", both.Token);
        // A page waiting for its editor panel (?panel=later) hears when the panel can be measured, also if that was
        // before it connected; other listeners never hear of it.
        var panelLater = context.Request.Query.ContainsKey("panel");
        if (panelLater && session.Remembered.IsCompleted)
        {
            await context.Response.WriteAsync($"event: {PreviewSession.PanelMessage}\ndata: {session.State.Version}\n\n", both.Token);
        }
        await context.Response.Body.FlushAsync(both.Token);
        try
        {
            await foreach (var message in subscription.Messages.ReadAllAsync(both.Token))
            {
                if (message == PreviewSession.PanelMessage && !panelLater)
                {
                    continue;
                }
                await context.Response.WriteAsync($"event: {message}\ndata: {session.State.Version}\n\n", both.Token);
                await context.Response.Body.FlushAsync(both.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
    }
}
