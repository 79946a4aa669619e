using System.Text.Json.Nodes;
using RareNewsSite.Cli.ExternalLinks;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

/// <summary>Issue #15: <c>check --external</c>, against a server on 127.0.0.1 (never the internet).</summary>
public sealed class ExternalLinkCheckTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rns-links-" + Guid.NewGuid().ToString("N"));
    private readonly LinkServer _server = new();

    private string WriteSite()
    {
        var closedPort = FreePort.Next();
        Write("statiq.json", """{ "SiteTitle": "T", "Host": "news.example.org" }""");
        Write("input/authors/ann.md", $"---\nname: Ann\nlinks:\n  - {{title: Profile, url: \"{_server.Url("/x/ok")}\"}}\n---\nAnn writes about rare diseases.\n");
        Write("input/articles/a.md", $"""
            ---
            title: A study
            date: 2026-01-02
            author: ann
            summary: What the study found.
            sources:
              - title: The study
                url: {_server.Url("/x/gone")}
            ---
            The [report]({_server.Url("/x/removed")}) and the [registry]({_server.Url("/x/moved")}) say so.
            See <{_server.Url("/x/for-now")}>, {_server.Url("/x/no-head")}, and [the archive]({_server.Url("/x/silent")}).
            The old [mirror](http://127.0.0.1:{closedPort}/x/page) is down.
            Write `{_server.Url("/x/example")}` in code to show an address.

            ```
            {_server.Url("/x/in-a-block")}
            ```
            """);
        return $"http://127.0.0.1:{closedPort}/x/page";
    }

    // The time limit is far above what a server on this machine needs to answer, so only /x/silent reaches it.
    [Fact]
    public async Task Should_Warn_About_Gone_Moved_And_Unreachable_Links_At_Their_Positions()
    {
        // Given
        var closed = WriteSite();

        // When
        var run = await CliRun.RunAsync("check", "-r", _root, "--external", "--timeout", "5");

        // Then: warnings, so the check still passes
        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        var warnings = run.Out.Split('\n').Where(l => l.Contains(": warning RN021", StringComparison.Ordinal)).ToList();
        var text = File.ReadAllText(Path.Combine(_root, "input/articles/a.md")).Split('\n');
        string At(string url) => $"input/articles/a.md:{Array.FindIndex(text, l => l.Contains(url, StringComparison.Ordinal)) + 1}:{text.First(l => l.Contains(url, StringComparison.Ordinal)).IndexOf(url, StringComparison.Ordinal) + 1}";
        warnings.ShouldBe([
            $"{At(_server.Url("/x/gone"))}: warning RN0212: link \"{_server.Url("/x/gone")}\" is broken: the server answers 404 Not Found; find where the page went, or link to an archived copy",
            $"{At(_server.Url("/x/removed"))}: warning RN0212: link \"{_server.Url("/x/removed")}\" is broken: the server answers 410 Gone; find where the page went, or link to an archived copy",
            $"{At(_server.Url("/x/moved"))}: warning RN0213: link \"{_server.Url("/x/moved")}\" has moved for good (301) to \"{_server.Url("/x/ok")}\"; link to the new address",
            $"{At(_server.Url("/x/silent"))}: warning RN0214: link \"{_server.Url("/x/silent")}\" did not answer within 5 s; check the address, or try again later",
            $"{At(closed)}: warning RN0214: link \"{closed}\" could not be reached (connection refused); check the address, or try again later",
        ]);
        At(_server.Url("/x/gone")).ShouldBe("input/articles/a.md:8:10");
        run.Out.ShouldContain("External links: 8 addresses in 8 links, 8 asked, 0 from the last day's answers (.rarenews/cache/links.json)");
        // HEAD was refused, so GET was asked; code is not a link
        _server.Requests("/x/no-head").ShouldBe(2);
        _server.Requests("/x/example").ShouldBe(0);
        _server.Requests("/x/in-a-block").ShouldBe(0);
    }

    [Fact]
    public async Task Should_Keep_Answers_For_A_Day_And_Ask_Again_After_It()
    {
        // Given: one check done
        WriteSite();
        (await CliRun.RunAsync("check", "-r", _root, "--external", "--timeout", "5")).ExitCode.ShouldBe(0);
        _server.Requests("/x/gone").ShouldBe(2); // HEAD, then GET

        // When: checked again at once
        var again = await CliRun.RunAsync("check", "-r", _root, "--external", "--timeout", "5");

        // Then: answered addresses come from the cache, the unanswered ones are asked again, and the warnings stay
        _server.Requests("/x/gone").ShouldBe(2);
        _server.Requests("/x/silent").ShouldBe(2);
        again.Out.ShouldContain("8 addresses in 8 links, 2 asked, 6 from the last day's answers");
        again.Out.ShouldContain("warning RN0212: link \"" + _server.Url("/x/gone") + "\" is broken");

        // When: the answer for /gone is two days old
        var file = Path.Combine(_root, LinkCache.RelativePath);
        var cache = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        cache[_server.Url("/x/gone")]!["checked"] = DateTimeOffset.UtcNow.AddDays(-2).ToString("O");
        File.WriteAllText(file, cache.ToJsonString());
        await CliRun.RunAsync("check", "-r", _root, "--external", "--timeout", "5");

        // Then
        _server.Requests("/x/gone").ShouldBe(4);
    }

    [Fact]
    public async Task Should_Not_Ask_Anything_Without_External()
    {
        WriteSite();

        var run = await CliRun.RunAsync("check", "-r", _root);

        run.ExitCode.ShouldBe(0, run.Out);
        run.Out.ShouldNotContain("External links");
        _server.Requests("/x/gone").ShouldBe(0);
        File.Exists(Path.Combine(_root, LinkCache.RelativePath)).ShouldBeFalse();
    }

    [Fact]
    public void Should_Find_Addresses_In_Front_Matter_And_Body_But_Not_In_Code()
    {
        var links = ExternalLinkFinder.InText("input/articles/a.md", "---\nsources:\n  - {title: T, url: \"https://example.org/a\"}\n---\nSee https://example.org/b. And `https://example.org/c` and (https://example.org/d).\n```\nhttps://example.org/e\n```\n").ToList();

        links.Select(l => $"{l.Span.Line}:{l.Span.Column} {l.Url}").ShouldBe([
            "3:22 https://example.org/a",
            "5:5 https://example.org/b",
            "5:61 https://example.org/d",
        ]);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        _server.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
