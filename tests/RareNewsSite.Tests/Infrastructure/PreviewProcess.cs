using System.Diagnostics;
using System.Globalization;

namespace RareNewsSite.Tests.Infrastructure;

/// <summary>
/// <c>rarenews preview</c> as a process of its own on a free port of 127.0.0.1, asked for pages over HTTP while it runs:
/// the CLI on the runtime (<see cref="CliProcess.StartCli"/>) or an installed tool.
/// </summary>
public static class PreviewProcess
{
    /// <summary>
    /// Starts the preview with <paramref name="start"/> (given the port, as text for its <c>--port</c>), runs
    /// <paramref name="whileRunning"/> with a client of that port, then kills it; what it printed is read all along so
    /// that it never waits on a full pipe.
    /// </summary>
    public static async Task RunAsync(Func<string, Process> start, Func<HttpClient, Task> whileRunning)
    {
        var port = FreePort.Next();
        using var preview = start(port.ToString(CultureInfo.InvariantCulture));
        var output = preview.StandardOutput.ReadToEndAsync();
        var errors = preview.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
            await whileRunning(client);
        }
        finally
        {
            preview.Kill(entireProcessTree: true);
            await preview.WaitForExitAsync();
            _ = await output;
            _ = await errors;
        }
    }

    /// <summary>The page at <paramref name="path"/>, or null while the preview does not listen yet or has no such page.</summary>
    public static async Task<string?> TryGetAsync(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
        }
        catch (HttpRequestException)
        {
            return null; // not listening yet
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing after 90 s with what was awaited.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException($"waited 90 s for {what}");
            }
            await Task.Delay(50);
        }
    }
}
