using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>
/// The seed article's lead photo keeps its place before it arrives (issue 18: width and height on the image). On a
/// phone the photo lies below the first screen, so Lighthouse's CLS of a page load cannot see the jump; a reader who
/// scrolls while the photo is still on its way does, which is what this test does.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class LeadImageLayoutShiftTests(SiteFixture site)
{
    private const string Path = "/articles/blinatumomab-infant-all/";

    [BrowserFact]
    public async Task Should_Not_Move_The_Text_Under_The_Lead_Photo_When_The_Photo_Arrives()
    {
        // Given: a phone's screen (Lighthouse's mobile size), the photo's files held back until the reader has scrolled
        // to where the photo will be and that screen has been painted, as on a slow network, whatever the machine's speed.
        await using var session = await site.OpenAsync("/", new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 412, Height = 823 },
        });
        var page = session.Page;
        await page.AddInitScriptAsync(CountLayoutShifts);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(new Regex(@"/img/photos/blood-smear\.jpg/"), async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        try
        {
            // The held photo keeps the load event from firing, so the page is taken as soon as it is parsed.
            await page.GotoAsync(site.BaseUrl + Path, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            // The photo's place 200 pixels down the screen: the browser's scroll anchoring holds the text above it still,
            // so what the photo pushes down moves on the screen (anchored on the caption, the jump would be hidden).
            await page.EvaluateAsync("() => window.scrollTo(0, document.querySelector('.lead-image').getBoundingClientRect().top + window.scrollY - 200)");
            await page.EvaluateAsync(PaintedTwice);
            var captionBefore = await page.EvaluateAsync<double>(CaptionTop);

            // When
            release.TrySetResult();
            await page.WaitForFunctionAsync("() => { const img = document.querySelector('.lead-image img'); return img.complete && img.naturalWidth > 0; }");
            await page.EvaluateAsync(PaintedTwice);

            // Then: the caption under the photo is where it was, and the browser recorded no layout shift worth the name
            (await page.EvaluateAsync<string>("() => document.querySelector('.lead-image img').currentSrc")).ShouldContain("/img/photos/blood-smear.jpg/");
            (await page.EvaluateAsync<double>(CaptionTop)).ShouldBe(captionBefore);
            (await page.EvaluateAsync<double>("() => window.layoutShift")).ShouldBeLessThan(0.05);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    private const string CaptionTop = "() => document.querySelector('.lead-image figcaption').getBoundingClientRect().top";

    // Sums the layout shifts as Lighthouse does, from before the page's first paint; a scroll by the page's own script
    // is not input, so shifts after it count.
    private const string CountLayoutShifts = """
        window.layoutShift = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) window.layoutShift += e.value; }))
          .observe({ type: 'layout-shift', buffered: true });
        """;

    private const string PaintedTwice = "() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))";
}
