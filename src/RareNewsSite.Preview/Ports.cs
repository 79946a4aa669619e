using System.Net;
using System.Net.Sockets;

namespace RareNewsSite.Preview;

/// <summary>Whether a port can be listened on, and which nearby one could, for the "port in use" message.</summary>
public static class Ports
{
    /// <summary>Throws <see cref="PortInUseException"/> when <paramref name="port"/> is taken on <paramref name="host"/>.</summary>
    /// <remarks>
    /// The preview calls this before its first build, so an editor with a preview already running learns it at once
    /// instead of after a long build; the server's own bind still reports a port taken in between.
    /// </remarks>
    public static void EnsureFree(string host, int port)
    {
        if (!IsFree(host, port))
        {
            throw InUse(host, port);
        }
    }

    /// <summary>The exception for a taken port, with the first free port of port+10, port+20, … (5080 → 5090).</summary>
    public static PortInUseException InUse(string host, int port, Exception? inner = null)
    {
        int? free = null;
        for (var candidate = port + 10; candidate <= Math.Min(port + 100, IPEndPoint.MaxPort); candidate += 10)
        {
            if (IsFree(host, candidate))
            {
                free = candidate;
                break;
            }
        }
        return new PortInUseException(port, free, inner);
    }

    /// <summary>True when a listener could bind the port now (port 0, "any free port", always can).</summary>
    public static bool IsFree(string host, int port)
    {
        if (port == 0)
        {
            return true;
        }
        var address = host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var parsed) ? parsed : null;
        if (address is null)
        {
            return true; // a host name Kestrel resolves itself: let its bind decide
        }
        using var listener = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(new IPEndPoint(address, port));
            listener.Listen();
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            return false;
        }
    }
}
