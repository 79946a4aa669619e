using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Channels;

namespace RareNewsSite.Benchmarks.Preview;

/// <summary>One Server-Sent Event: its name (<c>message</c> when the server gave none), its data, and when it arrived (<see cref="Stopwatch.GetTimestamp"/>).</summary>
internal sealed record ServerSentEvent(string Name, string Data, long ArrivedAt);

/// <summary>
/// Listens to a Server-Sent Events stream, as an open preview page does, and stamps each event the moment its
/// closing blank line has been read. Reads the wire format only (<c>event:</c>, <c>data:</c>, comments, blank
/// lines), so it knows nothing of the server behind it.
/// </summary>
internal sealed class EventStreamClient : IAsyncDisposable
{
    private readonly Channel<ServerSentEvent> _events = Channel.CreateUnbounded<ServerSentEvent>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpResponseMessage _response;
    private readonly Task _reader;

    private EventStreamClient(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = Task.Run(() => ReadAsync(body, _stop.Token));
    }

    /// <summary>Opens <paramref name="uri"/> and waits for its first event, so that no later event can be missed.</summary>
    public static async Task<(EventStreamClient Client, ServerSentEvent First)> ConnectAsync(HttpClient http, Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connecting.CancelAfter(timeout);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, connecting.Token);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/event-stream")
        {
            var status = $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType ?? "no content type"}";
            response.Dispose();
            throw new InvalidOperationException($"GET {uri} answered {status}, not an event stream");
        }
        var client = new EventStreamClient(response, await response.Content.ReadAsStreamAsync(connecting.Token));
        try
        {
            var first = await client.NextAsync(after: 0, timeout, cancellationToken)
                ?? throw new TimeoutException($"no event from {uri} within {timeout.TotalSeconds:0} s of connecting");
            return (client, first);
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>Drops the events received so far; returns how many there were.</summary>
    public int DiscardPending()
    {
        var count = 0;
        while (_events.Reader.TryRead(out _))
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// The next event that arrived at or after <paramref name="after"/> (a <see cref="Stopwatch"/> timestamp),
    /// skipping earlier ones; null when none came within <paramref name="timeout"/>. Throws when the stream ended.
    /// </summary>
    public async Task<ServerSentEvent?> NextAsync(long after, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var next = await _events.Reader.ReadAsync(waiting.Token);
                if (next.ArrivedAt >= after)
                {
                    return next;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (ChannelClosedException e)
        {
            throw new InvalidOperationException("the event stream closed: " + (e.InnerException?.Message ?? "the server ended it"), e.InnerException);
        }
    }

    private async Task ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        Exception? error = null;
        try
        {
            using var reader = new StreamReader(body, Encoding.UTF8);
            string name = "", data = "";
            var hasData = false;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length == 0)
                {
                    // A blank line ends an event; one without data is not dispatched (the SSE rules).
                    if (hasData)
                    {
                        _events.Writer.TryWrite(new ServerSentEvent(name.Length == 0 ? "message" : name, data, Stopwatch.GetTimestamp()));
                    }
                    (name, data, hasData) = ("", "", false);
                    continue;
                }
                if (line[0] == ':')
                {
                    continue; // a comment, e.g. a keep-alive
                }
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var field = colon < 0 ? line : line[..colon];
                var value = colon < 0 ? "" : line[(colon + 1)..];
                if (value.StartsWith(' '))
                {
                    value = value[1..];
                }
                switch (field)
                {
                    case "event":
                        name = value;
                        break;
                    case "data":
                        data = hasData ? data + "\n" + value : value;
                        hasData = true;
                        break;
                    default:
                        break; // retry, id: nothing to do for a listener that never reconnects
                }
            }
        }
        catch (Exception e)
        {
            // Disposed (cancelled, or the response closed under the reader), or the connection dropped.
            error = cancellationToken.IsCancellationRequested ? null : e;
        }
        _events.Writer.TryComplete(error);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _reader; // it never throws: whatever stopped it completes the channel
        _stop.Dispose();
    }
}
