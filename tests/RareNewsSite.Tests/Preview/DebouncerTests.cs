using System.Collections.Concurrent;
using RareNewsSite.Preview;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

// The machine running these is shared and may be slow: wait for flushes rather than sleeping a fixed time, and
// keep each burst far inside its quiet period.
public sealed class DebouncerTests
{
    [Fact]
    public async Task Should_Hand_Over_A_Burst_Of_Changes_Once()
    {
        // Given a debouncer
        var flushes = new ConcurrentQueue<IReadOnlyCollection<string>>();
        using var debouncer = new Debouncer(TimeSpan.FromMilliseconds(300), flushes.Enqueue);

        // When an editor's save touches files several times within the quiet period
        for (var i = 0; i < 10; i++)
        {
            debouncer.Add(i % 2 == 0 ? "input/articles/a.md" : "input/articles/b.md");
        }
        await WaitForAsync(() => !flushes.IsEmpty);
        await Task.Delay(900); // three quiet periods: a second flush would have come by now

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
        await WaitForAsync(() => !flushes.IsEmpty);
        debouncer.Add("statiq.json");
        await WaitForAsync(() => flushes.Count >= 2);

        flushes.Select(f => string.Join(",", f)).ShouldBe(["theme/layouts/article.sbn-html", "statiq.json"]);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        condition().ShouldBeTrue("the debouncer did not flush in time");
    }
}
