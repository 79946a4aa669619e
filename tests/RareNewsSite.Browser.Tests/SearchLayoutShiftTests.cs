using System.Text.RegularExpressions;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>The search page keeps still while its results render (issue 16: Lighthouse measured a layout shift of 0.21).</summary>
[Collection(BrowserSite.Name)]
public sealed class SearchLayoutShiftTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Should_Not_Shift_The_Page_When_The_Results_Of_A_Query_In_The_Url_Arrive()
    {
        // Given: the index held back until the page without results has been painted, so the results always
        // arrive into a page a reader already sees (as on a slow network), whatever the machine's speed.
        await using var session = await site.OpenAsync("/");
        var page = session.Page;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(new Regex(@"/meta\.json(\?|$)"), async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        try
        {
            await page.GotoAsync(site.BaseUrl + "/search/?q=leukemia");
            await page.EvaluateAsync(PaintedTwice);

            // When
            release.TrySetResult();
            await page.WaitForFunctionAsync("document.querySelectorAll('#search-list [role=option]').length > 0");
            await page.EvaluateAsync(PaintedTwice);

            // Then: the sum of the layout shifts the browser recorded, as Lighthouse's CLS sums them
            var shift = await page.EvaluateAsync<double>(SumOfLayoutShifts);
            shift.ShouldBeLessThan(0.05);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    // The buffered entries come to the observer's callback in a later task, or, if it has not run yet, from takeRecords.
    private const string SumOfLayoutShifts = """
        () => new Promise((resolve) => {
          let sum = 0;
          const add = (entries) => entries.forEach((e) => { if (!e.hadRecentInput) sum += e.value; });
          const observer = new PerformanceObserver((list) => add(list.getEntries()));
          observer.observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => { add(observer.takeRecords()); observer.disconnect(); resolve(sum); }));
        })
        """;

    private const string PaintedTwice = "() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))";
}
