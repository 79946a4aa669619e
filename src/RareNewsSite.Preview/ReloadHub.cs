using System.Threading.Channels;

namespace RareNewsSite.Preview;

/// <summary>The open pages listening for Server-Sent Events; a rebuild that finished tells each to reload.</summary>
public sealed class ReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];

    /// <summary>Pages listening now.</summary>
    public int Clients
    {
        get
        {
            lock (_lock)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>Called when a message has been handed to every listener (the benchmark's stopwatch stops here).</summary>
    public event Action<string>? Sent;

    /// <summary>Registers a listener; dispose the subscription when its connection closes.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            _clients.Add(channel);
        }
        return new Subscription(this, channel);
    }

    /// <summary>Sends <paramref name="message"/> to every open page.</summary>
    public void Broadcast(string message)
    {
        lock (_lock)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
        Sent?.Invoke(message);
    }

    private void Remove(Channel<string> channel)
    {
        lock (_lock)
        {
            _clients.Remove(channel);
        }
    }

    /// <summary>One listening page.</summary>
    public sealed class Subscription(ReloadHub hub, Channel<string> channel) : IDisposable
    {
        /// <summary>The messages for this page.</summary>
        public ChannelReader<string> Messages => channel.Reader;

        /// <inheritdoc />
        public void Dispose() => hub.Remove(channel);
    }
}
