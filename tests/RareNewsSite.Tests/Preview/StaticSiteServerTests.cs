using System.Net;
using System.Net.Sockets;
using RareNewsSite.Preview;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

public sealed class StaticSiteServerTests : IAsyncLifetime, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rns-serve-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false });
    private Microsoft.AspNetCore.Builder.WebApplication? _app;

    public async Task InitializeAsync()
    {
        // A site folder with a secret next to it, which no request may read.
        Directory.CreateDirectory(Path.Combine(_root, "output", "articles", "a"));
        await File.WriteAllTextAsync(Path.Combine(_root, "statiq.json"), "secret");
        await File.WriteAllTextAsync(Path.Combine(_root, "output", "index.html"), "<h1>home</h1>");
        await File.WriteAllTextAsync(Path.Combine(_root, "output", "404.html"), "<h1>not found</h1>");
        await File.WriteAllTextAsync(Path.Combine(_root, "output", "articles", "a", "index.html"), "<h1>a</h1>");
        await File.WriteAllTextAsync(Path.Combine(_root, "output", "site.css"), "body{}");
        File.CreateSymbolicLink(Path.Combine(_root, "output", "leak.html"), Path.Combine(_root, "statiq.json"));
        var port = FreePort.Next();
        var server = new StaticSiteServer(Path.Combine(_root, "output"), "127.0.0.1", port);
        _app = server.Build();
        await _app.StartAsync();
        _client.BaseAddress = server.Address;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("/../statiq.json")]
    [InlineData("/%2e%2e/statiq.json")]
    [InlineData("/%252e%252e/statiq.json")]
    [InlineData("/articles/..%2f..%2fstatiq.json")]
    [InlineData("/articles/%2e%2e/%2e%2e/statiq.json")]
    [InlineData("/..%5cstatiq.json")]
    [InlineData("/leak.html")]
    public async Task Should_Never_Serve_Files_Outside_The_Output(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await _client.SendAsync(request);

        ((int)response.StatusCode).ShouldBeOneOf(400, 404);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("secret");
    }

    [Fact]
    public async Task Should_Serve_Index_Files_With_Content_Types_And_No_Caching()
    {
        using var response = await _client.GetAsync(new Uri("/articles/a/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await response.Content.ReadAsStringAsync()).ShouldBe("<h1>a</h1>");
    }

    [Fact]
    public async Task Should_Redirect_Extensionless_Paths_To_The_Folder()
    {
        using var response = await _client.GetAsync(new Uri("/articles/a", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/articles/a/");
    }

    [Fact]
    public async Task Should_Answer_404_With_The_Sites_Page()
    {
        using var response = await _client.GetAsync(new Uri("/nope/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldBe("<h1>not found</h1>");
    }

    [Fact]
    public async Task Should_Refuse_Methods_Other_Than_Get_And_Head()
    {
        using var content = new StringContent("x");
        using var response = await _client.PostAsync(new Uri("/", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }
}
