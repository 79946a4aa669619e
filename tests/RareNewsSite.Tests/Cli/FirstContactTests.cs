using System.Net;
using System.Net.Sockets;
using RareNewsSite.Preview;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

/// <summary>
/// What a newcomer meets first: a preview already running on the port, a command run outside the site's folder.
/// Each is one plain line and exit 2 (bad usage), never "internal error" or a list of template errors.
/// </summary>
public sealed class FirstContactTests
{
    // Regression: issue #14.
    [Theory]
    [InlineData("preview", "--no-watch")]
    [InlineData("serve")]
    public async Task Should_Say_The_Port_Is_In_Use_And_Offer_Another(string command, params string[] more)
    {
        // Given: a port another program listens on
        using var site = new TempSite("basic");
        Directory.CreateDirectory(site.PathOf("output"));
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        // When
        var run = await CliRun.RunAsync([command, "-r", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. more]);

        // Then
        run.ExitCode.ShouldBe(2, run.Out + run.Error);
        run.Error.Trim().ShouldMatch($@"^error: port {port} is in use; try --port \d+$");
        var offered = int.Parse(run.Error.Trim().Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);
        (offered - port).ShouldBeInRange(10, 100);
        (offered % 10).ShouldBe(port % 10);
        run.Out.ShouldNotContain("Previewing");
    }

    [Fact]
    public async Task Should_Turn_A_Port_Taken_Between_The_Check_And_The_Bind_Into_The_Same_Message()
    {
        using var folder = new TempSite("basic");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var error = await Should.ThrowAsync<PortInUseException>(() => new StaticSiteServer(folder.Root, "127.0.0.1", port).RunAsync(CancellationToken.None));

        error.Port.ShouldBe(port);
        error.Message.ShouldStartWith($"port {port} is in use; try --port ");
    }

    [Fact]
    public async Task Should_Say_There_Is_No_Site_Here_Outside_A_Site_Folder()
    {
        // Given: an empty folder as the current directory, as when an editor opens a terminal in the wrong place
        var empty = Directory.CreateTempSubdirectory("rns-empty-");
        try
        {
            foreach (var args in new[] { new[] { "build" }, ["check"], ["preview", "--no-watch"], ["clean"], ["new", "author", "Ann"] })
            {
                // When
                var run = await CliProcess.FinishAsync(CliProcess.StartIn(empty.FullName, CliProcess.Dotnet, [CliProcess.Dll, .. args]));

                // Then
                run.ExitCode.ShouldBe(2, string.Join(' ', args));
                run.Error.Trim().ShouldBe("error: no statiq.json here: run in the site's folder or pass --root", string.Join(' ', args));
            }
            Directory.EnumerateFileSystemEntries(empty.FullName).ShouldBeEmpty();
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Should_Name_The_Root_When_It_Holds_No_Site()
    {
        var empty = Directory.CreateTempSubdirectory("rns-empty-");
        try
        {
            var run = await CliRun.RunAsync("build", "-r", empty.FullName);

            run.ExitCode.ShouldBe(2);
            run.Error.Trim().ShouldBe($"error: no statiq.json in '{empty.FullName}': pass the site's folder to --root");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(0, 0, "0 errors, 0 warnings")]
    [InlineData(1, 1, "1 error, 1 warning")]
    [InlineData(2, 3, "2 errors, 3 warnings")]
    public void Should_Count_In_The_Singular_And_Plural(int errors, int warnings, string expected) =>
        RareNewsSite.Diagnostics.Counts.Summary(errors, warnings).ShouldBe(expected);
}
