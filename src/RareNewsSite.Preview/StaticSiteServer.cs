using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace RareNewsSite.Preview;

/// <summary>
/// Serves a built site read-only on 127.0.0.1 with Kestrel: GET and HEAD only, files from the output folder
/// only, correct content types, and the site's 404 page for unknown paths.
/// </summary>
public sealed class StaticSiteServer(string outputFolder, string host, int port, string pathBase = "/")
{
    // A site built with LinkRoot "/news/" is served only under /news/ (see SubfolderPaths).
    private readonly string _pathBase = SubfolderPaths.Normalize(pathBase);

    // YAML as YAML: Decap CMS reads /admin/config.yml and says so when the type is not YAML.
    private static readonly FileExtensionContentTypeProvider ContentTypes = new() { Mappings = { [".yml"] = "text/yaml", [".yaml"] = "text/yaml" } };

    /// <summary>The address the server listens on.</summary>
    public Uri Address => new($"http://{host}:{port}/");

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled (Ctrl+C).</summary>
    public Task RunAsync(CancellationToken cancellationToken) => WebAppRunner.RunUntilStoppedAsync(Build(), Address, cancellationToken);

    /// <summary>Builds the web application without starting it (tests start it themselves).</summary>
    public WebApplication Build()
    {
        var builder = LocalWebApp.CreateBuilder(Address);
        var app = builder.Build();
        var resolver = new OutputFileResolver(outputFolder);
        app.Run(context => ServeAsync(context, resolver, _pathBase));
        return app;
    }

    private static async Task ServeAsync(HttpContext context, OutputFileResolver resolver, string pathBase)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        var file = SubfolderPaths.SitePath(path, pathBase) is { } sitePath ? resolver.Resolve(sitePath) : null;
        if (file is not null && !path.EndsWith('/') && Path.GetFileName(file) == "index.html" && !path.EndsWith("index.html", StringComparison.Ordinal))
        {
            // /articles/a → /articles/a/ so relative links in the page resolve as on a static host.
            context.Response.Redirect(request.PathBase + request.Path + "/" + request.QueryString);
            return;
        }
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = resolver.NotFoundPage;
            if (file is null)
            {
                return;
            }
        }
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type)
            ? type + (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) ? "; charset=utf-8" : "")
            : "application/octet-stream";
        context.Response.ContentLength = new FileInfo(file).Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await context.Response.SendFileAsync(file);
        }
    }
}
