using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;

namespace RareNewsSite.Preview;

/// <summary>Runs a web application until Ctrl+C (our token) or SIGTERM (the host's), then stops it cleanly.</summary>
internal static class WebAppRunner
{
    public static async Task RunUntilStoppedAsync(WebApplication app, Uri address, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            // Kestrel says "Failed to bind to address …" with the reason inside: say it plainly, with a port to try.
            await app.DisposeAsync();
            throw Ports.InUse(address.Host, address.Port, e);
        }
        // SIGTERM stops the host (ApplicationStopping) without touching our token: wait for either.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: a clean stop, not an error.
        }
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
