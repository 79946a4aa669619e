using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace RareNewsSite.Benchmarks.Search;

/// <summary>
/// Drives Chromium over our search page and a Pagefind page on the same site: bytes on the wire and decoded
/// (from the browser's network events), the top ten results against the known relevant pages, and the time
/// from the input event to rendered results once the files are cached.
/// </summary>
internal static class BrowserProbe
{
    public sealed record Query(string Text, HashSet<string> Relevant);

    private const string Timed = """
        async (q) => {
          const input = document.getElementById('search-q');
          const box = document.querySelector('.search-results');
          const done = new Promise((resolve) => new MutationObserver((_, o) => { o.disconnect(); resolve(); }).observe(box, { attributeFilter: ['data-ms'] }));
          const started = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await done;
          await new Promise((resolve) => requestAnimationFrame(() => resolve()));
          return performance.now() - started;
        }
        """;

    public static async Task RunAsync(string baseUrl, IReadOnlyList<Query> queries, bool pagefind)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        Console.WriteLine("\n| engine | query | bytes on the wire (decoded) | files | results | relevant in top 10 |\n|---|---|---:|---:|---:|---:|");
        await OursAsync(browser, baseUrl, queries);
        if (pagefind)
        {
            await PagefindAsync(browser, baseUrl, queries);
        }
    }

    private static async Task OursAsync(IBrowser browser, string baseUrl, IReadOnlyList<Query> queries)
    {
        var page = await browser.NewPageAsync();
        var network = new NetworkTally(page, url => url.Contains("/search/", StringComparison.Ordinal) && url.Contains(".json", StringComparison.Ordinal) || url.Contains("/assets/search", StringComparison.Ordinal)); // search.js and search-words.js
        await page.GotoAsync(baseUrl + "/search/");
        await page.WaitForSelectorAsync(".search-results:not([hidden])");
        foreach (var (query, i) in queries.Select((q, i) => (q, i)))
        {
            await page.Locator("#search-q").FillAsync(query.Text);
            await page.WaitForFunctionAsync($"document.getElementById('search-status').textContent.includes({JsonSerializer.Serialize("“" + query.Text + "”")})");
            var urls = await page.Locator("#search-list .search-hit").EvaluateAllAsync<string[]>("els => els.map(e => new URL(e.href).pathname)");
            var status = await page.Locator("#search-status").InnerTextAsync();
            var total = int.TryParse(status.Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) ? t : 0;
            await network.ReportAsync("ours", query, i == 0 ? "first (with page-load files)" : "second", total, urls);
        }
        var texts = queries.Select(q => q.Text).Concat(queries.Select(q => q.Text[..^2])).Concat(queries.Select(q => q.Text[..^3] + q.Text[^2] + q.Text[^3] + q.Text[^1])).ToList();
        await LatencyAsync("ours: input event to rendered results (cached files)", texts, q => page.EvaluateAsync<double>(Timed, q));
    }

    private static async Task PagefindAsync(IBrowser browser, string baseUrl, IReadOnlyList<Query> queries)
    {
        var page = await browser.NewPageAsync();
        var network = new NetworkTally(page, url => url.Contains("/pagefind/", StringComparison.Ordinal));
        await page.GotoAsync(baseUrl + "/pagefind-bench.html");
        await page.WaitForFunctionAsync("window.ready === true");
        foreach (var (query, i) in queries.Select((q, i) => (q, i)))
        {
            var result = await page.EvaluateAsync<JsonElement>("q => runQuery(q)", query.Text);
            var urls = result.GetProperty("urls").EnumerateArray().Select(u => u.GetString()!).ToArray();
            await network.ReportAsync("Pagefind 1.6.0", query, i == 0 ? "first (with page-load files)" : "second", result.GetProperty("total").GetInt32(), urls);
        }
        var texts = queries.Select(q => q.Text).Concat(queries.Select(q => q.Text[..^2])).ToList();
        await LatencyAsync("Pagefind: search() and data() of the top 10, no rendering (cached files)", texts,
            q => page.EvaluateAsync<double>("async q => { const t = performance.now(); await runQuery(q); return performance.now() - t; }", q));
    }

    private static async Task LatencyAsync(string label, IReadOnlyList<string> texts, Func<string, Task<double>> run)
    {
        foreach (var text in texts)
        {
            await run(text); // load whatever this query needs
        }
        var times = new List<double>();
        for (var round = 0; round < 10; round++)
        {
            foreach (var text in texts)
            {
                times.Add(await run(text));
            }
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\n{label}: median {times[times.Count / 2]:0.0} ms, 95th percentile {times[(int)(times.Count * 0.95)]:0.0} ms, max {times[^1]:0.0} ms over {times.Count} runs of: {string.Join(", ", texts)}"));
    }

    /// <summary>Counts the bytes of matching responses since the last report.</summary>
    private sealed class NetworkTally
    {
        private readonly List<Task<(long Wire, long Decoded)>> _pending = [];

        public NetworkTally(IPage page, Func<string, bool> counts) =>
            page.RequestFinished += (_, request) =>
            {
                if (counts(request.Url))
                {
                    lock (_pending)
                    {
                        _pending.Add(SizeAsync(request));
                    }
                }
            };

        private static async Task<(long, long)> SizeAsync(IRequest request)
        {
            var sizes = await request.SizesAsync();
            var response = await request.ResponseAsync();
            return (sizes.ResponseBodySize, response is null ? 0 : (await response.BodyAsync()).Length);
        }

        public async Task ReportAsync(string engine, Query query, string which, int total, string[] urls)
        {
            await Task.Delay(300); // let late requestfinished events arrive
            List<Task<(long Wire, long Decoded)>> done;
            lock (_pending)
            {
                done = [.. _pending];
                _pending.Clear();
            }
            var sizes = await Task.WhenAll(done);
            var relevant = urls.Take(10).Count(u => query.Relevant.Contains(u));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {engine} | {which}: \"{query.Text}\" | {sizes.Sum(s => s.Wire):N0} ({sizes.Sum(s => s.Decoded):N0}) | {sizes.Length} | {total} ({query.Relevant.Count} relevant) | {relevant} of {Math.Min(10, urls.Length)} |"));
        }
    }
}
