namespace RareNewsSite.Preview;

/// <summary>
/// The server could not listen because another program holds the port: a first-contact mistake (a preview
/// already running in another terminal), which the CLI reports in one line with a free port to try.
/// </summary>
public sealed class PortInUseException(int port, int? freePort, Exception? inner = null)
    : IOException($"port {port} is in use{(freePort is { } free ? $"; try --port {free}" : "")}", inner)
{
    /// <summary>The port that was asked for.</summary>
    public int Port { get; } = port;

    /// <summary>A port that was free a moment ago, if one was found.</summary>
    public int? FreePort { get; } = freePort;
}
