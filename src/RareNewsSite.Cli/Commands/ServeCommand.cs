using System.ComponentModel;
using RareNewsSite.Preview;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>serve</c>.</summary>
public sealed class ServeSettings : SiteCommandSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("The built site to serve, relative to the root. Default: output")]
    public string Output { get; init; } = "output";

    [CommandOption("--port <PORT>")]
    [Description("The port on 127.0.0.1. Default: 5080")]
    public int Port { get; init; } = 5080;

    [CommandOption("--host <ADDRESS>")]
    [Description("Listen on another address; only when you really mean to share the site. Default: 127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    // A built folder can be served from anywhere: it needs no sources.
    protected override bool NeedsSiteFolder => false;
}

/// <summary><c>serve</c>: serves an already built output folder as it is, until Ctrl+C.</summary>
public sealed class ServeCommand(Output output) : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Path.Combine(settings.Root, settings.Output));
        if (!Directory.Exists(folder))
        {
            output.Error.WriteLine($"error: '{settings.Output}/' does not exist; run 'build' first");
            return CliApp.ContentErrors;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var server = new StaticSiteServer(folder, settings.Host, settings.Port);
        try
        {
            Ports.EnsureFree(settings.Host, settings.Port);
            output.Out.WriteLine($"Serving {settings.Output}/ at {server.Address} (Ctrl+C to stop)");
            await server.RunAsync(stop.Token);
        }
        catch (PortInUseException e)
        {
            output.Error.WriteLine($"error: {e.Message}");
            return CliApp.BadUsage;
        }
        return CliApp.Success;
    }
}
