using System.Collections.Concurrent;
using RareNewsSite.Preview;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

public sealed class DebouncerTests
{
    [Fact]
    public async Task Should_Hand_Over_A_Burst_Of_Changes_Once()
    {
        // Given a debouncer with a short quiet period
        var flushes = new ConcurrentQueue<IReadOnlyCollection<string>>();
        using var debouncer = new Debouncer(TimeSpan.FromMilliseconds(150), flushes.Enqueue);

        // When an editor's save touches files several times, faster than the quiet period
        for (var i = 0; i < 10; i++)
        {
            debouncer.Add(i % 2 == 0 ? "input/articles/a.md" : "input/articles/b.md");
            await Task.Delay(10);
        }
        await Task.Delay(600);

        // Then one flush carries every path, once each
        flushes.Count.ShouldBe(1);
        flushes.Single().ShouldBe(["input/articles/a.md", "input/articles/b.md"]);
    }

    [Fact]
    public async Task Should_Flush_Again_For_A_Later_Burst()
    {
        var flushes = new ConcurrentQueue<IReadOnlyCollection<string>>();
        using var debouncer = new Debouncer(TimeSpan.FromMilliseconds(50), flushes.Enqueue);

        debouncer.Add("theme/layouts/article.sbn-html");
        await Task.Delay(400);
        debouncer.Add("statiq.json");
        await Task.Delay(400);

        flushes.Select(f => string.Join(",", f)).ShouldBe(["theme/layouts/article.sbn-html", "statiq.json"]);
    }
}
