namespace RareNewsSite.Tests.Preview;

/// <summary>Listens to the preview's Server-Sent Events as a page's EventSource would.</summary>
internal sealed class ReloadEvents : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private Task<string?>? _pending;

    private ReloadEvents(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    /// <summary>Connects and waits for the server's first <c>hello</c>, so no later event is missed.</summary>
    public static async Task<ReloadEvents> OpenAsync(PreviewHost host)
    {
        var response = await host.Client.GetAsync(new Uri("/_rarenews/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var events = new ReloadEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        var first = await events.NextAsync(TimeSpan.FromSeconds(10));
        if (first != "hello")
        {
            throw new InvalidOperationException($"expected 'hello', got '{first}'");
        }
        return events;
    }

    /// <summary>The next event's name, or null if none came within <paramref name="timeout"/>.</summary>
    public async Task<string?> NextAsync(TimeSpan timeout)
    {
        _pending ??= ReadEventAsync();
        var done = await Task.WhenAny(_pending, Task.Delay(timeout));
        if (done != _pending)
        {
            return null;
        }
        var name = await _pending;
        _pending = null;
        return name;
    }

    private async Task<string?> ReadEventAsync()
    {
        while (await _reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                return line["event: ".Length..];
            }
        }
        return null;
    }

    public ValueTask DisposeAsync()
    {
        _response.Dispose();
        _reader.Dispose();
        return ValueTask.CompletedTask;
    }
}
