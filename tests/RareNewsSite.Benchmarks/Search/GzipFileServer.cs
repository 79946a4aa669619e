using System.IO.Compression;
using System.Net;
using System.Net.Sockets;

namespace RareNewsSite.Benchmarks.Search;

/// <summary>
/// Serves a built site as a typical static host does: text (HTML, CSS, JS, JSON) gzip-compressed when the
/// browser accepts it, everything else (Pagefind's already-compressed files) as it is.
/// </summary>
internal sealed class GzipFileServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css",
        [".js"] = "text/javascript",
        [".json"] = "application/json",
    };

    private readonly string _root;
    private readonly HttpListener _listener = new();

    public GzipFileServer(string root)
    {
        _root = Path.GetFullPath(root);
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
        probe.Stop();
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    public void Dispose() => _listener.Close();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            try
            {
                var context = await _listener.GetContextAsync();
                _ = Task.Run(() => Respond(context));
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        var file = Path.GetFullPath(Path.Combine(_root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
        if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            return;
        }
        var bytes = File.ReadAllBytes(file);
        var type = Types.GetValueOrDefault(Path.GetExtension(file));
        response.ContentType = type ?? "application/octet-stream";
        if (type is not null && (context.Request.Headers["Accept-Encoding"] ?? "").Contains("gzip", StringComparison.Ordinal))
        {
            bytes = Gzip(bytes);
            response.AddHeader("Content-Encoding", "gzip");
        }
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(bytes);
        }
        return output.ToArray();
    }
}
