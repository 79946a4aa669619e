using System.Diagnostics;
using System.Text;

namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>
/// decap-server from node_modules, serving one site folder's files to the CMS on 127.0.0.1 and a free port, in its
/// default "fs" mode (it writes the files the CMS saves, without git). Ready once it says it is listening.
/// </summary>
internal sealed class DecapServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private DecapServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>The API address the CMS configuration names (<c>local_backend.url</c>).</summary>
    public string ApiUrl => $"http://127.0.0.1:{Port}/api/v1";

    /// <summary>What the server printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the server for <paramref name="siteRoot"/> and waits until it listens (or fails with its output).</summary>
    public static async Task<DecapServer> StartAsync(string siteRoot, int port)
    {
        var start = new ProcessStartInfo("node")
        {
            // decap-server reads a .env file from its working folder; the site has none.
            WorkingDirectory = siteRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(DecapPackages.ServerScript);
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["GIT_REPO_DIRECTORY"] = siteRoot;
        start.Environment["MODE"] = "fs";
        start.Environment["LOG_LEVEL"] = "info";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var server = new DecapServer(process, port);
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (server._output)
            {
                server._output.AppendLine(line);
            }
            if (line.Contains("listening on", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(listening.Task, exited) == exited)
        {
            throw new InvalidOperationException($"decap-server stopped before listening (exit {process.ExitCode}):\n{server.Output}");
        }
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
