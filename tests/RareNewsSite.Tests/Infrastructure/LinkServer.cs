using System.Collections.Concurrent;
using System.Net;

namespace RareNewsSite.Tests.Infrastructure;

/// <summary>
/// A web server on 127.0.0.1 with fixed answers by the path's last segment, for checking external links without the
/// internet: <c>/ok</c> 200, <c>/gone</c> 404, <c>/removed</c> 410, <c>/moved</c> 301 and <c>/for-now</c> 302 to
/// <c>ok</c>, <c>/no-head</c> 405 to HEAD and 200 to GET, <c>/silent</c> never answers. It counts the requests for each path.
/// </summary>
public sealed class LinkServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);

    public LinkServer()
    {
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>How many requests (HEAD and GET) a path has had.</summary>
    public int Requests(string path) => _requests.TryGetValue(path, out var count) ? count : 0;

    private async Task ServeAsync()
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
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        switch (path[path.LastIndexOf('/')..])
        {
            case "/silent":
                await _stopped.Task;
                return;
            case "/gone":
                response.StatusCode = 404;
                break;
            case "/removed":
                response.StatusCode = 410;
                break;
            case "/moved":
                response.StatusCode = 301;
                response.RedirectLocation = "ok";
                break;
            case "/for-now":
                response.StatusCode = 302;
                response.RedirectLocation = "ok";
                break;
            case "/no-head" when context.Request.HttpMethod == "HEAD":
                response.StatusCode = 405;
                break;
            default:
                response.StatusCode = 200;
                break;
        }
        response.Close();
    }

    public void Dispose()
    {
        _stopped.TrySetResult();
        _listener.Close();
    }
}
