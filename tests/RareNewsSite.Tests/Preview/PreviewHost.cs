using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Preview;
using RareNewsSite.Site;
using RareNewsSite.Tests.Infrastructure;

namespace RareNewsSite.Tests.Preview;

/// <summary>A preview server on a free 127.0.0.1 port over a temp copy of a fixture site, watching it as the CLI does.</summary>
internal sealed class PreviewHost : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private PreviewSession? _session;
    private PreviewLoop? _loop;
    private WebApplication? _app;

    private PreviewHost(string root) => Root = root;

    public string Root { get; }

    public HttpClient Client { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public Uri Address => Client.BaseAddress!;

    public int Port => Address.Port;

    public static async Task<PreviewHost> StartAsync(Action<string>? prepare = null, string fixture = "basic", int debounceMs = 100, string linkRoot = "/")
    {
        var root = Path.Combine(Path.GetTempPath(), "rns-preview-" + Guid.NewGuid().ToString("N"));
        Cli.TempSite.CopyFolder(Path.Combine(RepoPaths.TestProject, "Fixtures", fixture), root);
        // Changes made before watching starts must not turn into a late reload in the middle of a test.
        prepare?.Invoke(root);
        var host = new PreviewHost(root);
        // The fixture publishes under /news/; most tests preview it from the root.
        var request = new BuildRequest
        {
            Options = new BuildOptions { IncludeDrafts = true, IncludeFuture = true },
            SettingOverrides = new Dictionary<string, string> { ["LinkRoot"] = linkRoot },
        };
        host._session = new PreviewSession(new PhysicalFileSystem(root), request);
        await host._session.RebuildAsync(null);
        await host._session.Remembered; // so that no build of the start-up runs into a test's edits
        var server = new PreviewServer(host._session, "127.0.0.1", FreePort.Next());
        host._app = server.Build();
        await host._app.StartAsync();
        host.Client.BaseAddress = server.Address;
        host._loop = new PreviewLoop(root, TimeSpan.FromMilliseconds(debounceMs), (changes, token) => host._session.RebuildAsync(changes, token), host._stop.Token);
        return host;
    }

    public PreviewSession Session => _session!;

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public Task<string> GetStringAsync(string path) => Client.GetStringAsync(new Uri(path, UriKind.Relative));

    /// <summary>Sends <paramref name="path"/> byte for byte (HttpClient would clean up dot segments), returns the status and body.</summary>
    public async Task<(int Status, string Text)> RawGetAsync(string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _loop?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _session?.Dispose();
        Client.Dispose();
        _stop.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}
