using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace RareNewsSite.Cli.ExternalLinks;

/// <summary>
/// Asks each address once: HEAD first, then GET when HEAD gets an error status (many servers answer HEAD badly), without
/// following redirects, so a permanent one is seen. Addresses are asked in parallel, at most
/// <see cref="PerHost"/> at a time per host so that no site is hammered, each with a time limit; a timeout or an
/// unreachable host is a result, never an exception.
/// </summary>
public sealed class LinkChecker(TimeSpan timeout, TimeProvider clock) : IDisposable
{
    /// <summary>Requests to one host at a time.</summary>
    public const int PerHost = 2;

    /// <summary>Requests in flight in all.</summary>
    public const int InAll = 16;

    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = timeout })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        DefaultRequestHeaders = { { "User-Agent", $"rarenews/{ToolVersion.Current} (link check)" } },
    };

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _all = new(InAll);

    /// <summary>The answer of every address, by address.</summary>
    public async Task<IReadOnlyDictionary<string, LinkResult>> CheckAsync(IEnumerable<string> urls, CancellationToken cancellationToken)
    {
        var distinct = urls.Distinct(StringComparer.Ordinal).ToList();
        var results = await Task.WhenAll(distinct.Select(async url => (url, await CheckOneAsync(url, cancellationToken))));
        return results.ToDictionary(r => r.url, r => r.Item2, StringComparer.Ordinal);
    }

    private async Task<LinkResult> CheckOneAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new LinkResult(null, null, "is not a valid address", clock.GetUtcNow());
        }
        var host = _hosts.GetOrAdd(uri.Authority, _ => new SemaphoreSlim(PerHost));
        await host.WaitAsync(cancellationToken);
        await _all.WaitAsync(cancellationToken);
        try
        {
            var head = await AskAsync(HttpMethod.Head, uri, cancellationToken);
            // A server that answered HEAD with an error may still serve GET; one that did not answer will not.
            return head.Status is >= 200 and < 400 || !head.Answered ? head : await AskAsync(HttpMethod.Get, uri, cancellationToken);
        }
        finally
        {
            _all.Release();
            host.Release();
        }
    }

    private async Task<LinkResult> AskAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            using var request = new HttpRequestMessage(method, uri);
            // Headers only: a GET's body is not needed to know the status.
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            var location = response.Headers.Location is { } to ? new Uri(uri, to).AbsoluteUri : null;
            return new LinkResult((int)response.StatusCode, location, null, clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new LinkResult(null, null, $"did not answer within {timeout.TotalSeconds:0.#} s", clock.GetUtcNow());
        }
        catch (HttpRequestException e)
        {
            var reason = e.InnerException is SocketException socket ? Reason(socket.SocketErrorCode) : e.HttpRequestError.ToString();
            return new LinkResult(null, null, $"could not be reached ({reason})", clock.GetUtcNow());
        }
    }

    private static string Reason(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
        SocketError.TimedOut => "connection timed out",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable => "network unreachable",
        _ => error.ToString(),
    };

    /// <inheritdoc />
    public void Dispose()
    {
        _client.Dispose();
        _all.Dispose();
        foreach (var host in _hosts.Values)
        {
            host.Dispose();
        }
    }
}
