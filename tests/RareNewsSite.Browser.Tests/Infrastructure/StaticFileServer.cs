using System.Net;
using System.Net.Sockets;

namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>
/// A tiny GET-only server for the built site, on 127.0.0.1 and a free port. It behaves like a static host:
/// <c>/x/</c> serves <c>x/index.html</c>, and an unknown path gets <c>404.html</c> with status 404.
/// </summary>
internal sealed class StaticFileServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".yml"] = "text/yaml; charset=utf-8",
        [".wasm"] = "application/wasm",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
    };

    private readonly string _root;
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    private StaticFileServer(string root, int port)
    {
        _root = Path.GetFullPath(root);
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The server's origin, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Serves <paramref name="root"/> until disposed.</summary>
    public static StaticFileServer Start(string root) => new(root, FreePort());

    /// <inheritdoc />
    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        // The accept loop ends with the listener; waiting keeps a late request from touching a deleted folder.
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    // HttpListener cannot bind port 0, so ask the OS for a free port first; the race is harmless in tests.
    internal static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptLoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                return;
            }
            var file = Resolve(context.Request.Url?.AbsolutePath ?? "/");
            var status = 200;
            if (file is null)
            {
                status = 404;
                file = Path.Combine(_root, "404.html");
            }
            var bytes = File.Exists(file) ? File.ReadAllBytes(file) : [];
            response.StatusCode = status;
            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod == "GET")
            {
                response.OutputStream.Write(bytes);
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException)
        {
            // The browser went away mid-response (navigation, closed page); nothing to do.
        }
    }

    private string? Resolve(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        // Never serve anything outside the output folder ("/../" in a request).
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }
        return File.Exists(full) ? full : null;
    }
}
